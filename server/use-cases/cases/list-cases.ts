import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { CaseStage } from '#domain/cases/case-stages.ts'
import { auditRead } from '../../audit/audit-log.ts'
import type { SessionUser } from '../../auth/session.ts'
import { providerStaff } from '../../db/schema/app.ts'
import { caseMember, caseShare, patientCase } from '../../db/schema/cases.ts'
import { openCaseKey, unseal, type CaseKey } from '../../cases/case-vault.ts'
import type { IntakeAnswers } from '#domain/intake/questions.ts'
import { answersForProvider } from '#domain/intake/answers-for-provider.ts'
import type { Runtime } from '../../runtime.ts'
import type { CaseRow } from './case-records.ts'

/** The cases a person is an active member of, newest first. */
export async function casesOfMember(rt: Runtime, userId: string) {
  const rows = await rt.database.db
    .select({ row: patientCase, role: caseMember.role })
    .from(patientCase)
    .innerJoin(caseMember, eq(caseMember.caseId, patientCase.id))
    .where(
      and(
        eq(caseMember.userId, userId),
        eq(caseMember.status, 'active'),
        sql`${patientCase.erasedAt} is null`,
      ),
    )
    .orderBy(desc(patientCase.createdAt))
  return rows.map(({ row, role }) => {
    const key = openCaseKey(row.wrappedKey, rt.masterKey)
    const answers = key && row.answers ? unseal<IntakeAnswers>(key, row.answers) : {}
    return {
      id: row.id,
      reference: row.reference,
      stage: row.stage,
      role,
      patientName: typeof answers['patient-name'] === 'string' ? answers['patient-name'] : null,
      createdAt: row.createdAt,
    }
  })
}

const queueStages: CaseStage[] = ['records-submitted', 'under-evaluation', 'plan-proposed', 'inquiry']

/**
 * The coordinator's queue: submitted cases first, oldest first, so the
 * longest-waiting family is answered first. Names are unsealed per row.
 */
export async function coordinatorQueue(rt: Runtime, stage: CaseStage | null) {
  const rows = await rt.database.db
    .select()
    .from(patientCase)
    .where(
      and(
        sql`${patientCase.erasedAt} is null`,
        inArray(patientCase.stage, stage ? [stage] : queueStages.slice(0, 3)),
      ),
    )
    .orderBy(asc(sql`coalesce(${patientCase.submittedAt}, ${patientCase.createdAt})`))
    .limit(200)
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    stage: row.stage,
    submittedAt: row.submittedAt,
    stageChangedAt: row.stageChangedAt,
    patientName: patientNameOf(rt, row),
  }))
}

function patientNameOf(rt: Runtime, row: CaseRow): string | null {
  const key = openCaseKey(row.wrappedKey, rt.masterKey)
  if (!key || !row.answers) return null
  const name = unseal<IntakeAnswers>(key, row.answers)['patient-name']
  return typeof name === 'string' ? name : null
}

/** A coordinator opens a case: every such read of health data is audited. */
export async function openCaseForCoordinator(
  rt: Runtime,
  viewer: SessionUser,
  caseId: string,
  requestId: string | null,
): Promise<{ row: CaseRow; key: CaseKey; answers: IntakeAnswers } | null> {
  const [row] = await rt.database.db
    .select()
    .from(patientCase)
    .where(and(eq(patientCase.id, caseId), sql`${patientCase.erasedAt} is null`))
  if (!row) return null
  const key = openCaseKey(row.wrappedKey, rt.masterKey)
  if (!key) return null
  await auditRead(rt.database.db, {
    viewer,
    as: 'coordinator',
    subject: { type: 'case', id: caseId },
    requestId,
  })
  return { row, key, answers: row.answers ? unseal<IntakeAnswers>(key, row.answers) : {} }
}

/** Cases shared with any provider the clinic user belongs to, with consent given now. */
export async function clinicReferrals(rt: Runtime, viewer: SessionUser) {
  const rows = await rt.database.db
    .select({ row: patientCase, share: caseShare })
    .from(caseShare)
    .innerJoin(providerStaff, eq(providerStaff.providerId, caseShare.providerId))
    .innerJoin(patientCase, eq(patientCase.id, caseShare.caseId))
    .where(
      and(
        eq(providerStaff.userId, viewer.id),
        eq(caseShare.status, 'given'),
        sql`${patientCase.erasedAt} is null`,
        sql`${patientCase.stage} <> 'inquiry'`,
      ),
    )
    .orderBy(desc(patientCase.submittedAt))
  return rows.map(({ row, share }) => ({
    id: row.id,
    reference: row.reference,
    stage: row.stage,
    submittedAt: row.submittedAt,
    providerId: share.providerId,
    sections: share.sections,
    documentCount: share.documentIds.length,
  }))
}

/**
 * One referral as a clinic sees it: only the sections and documents the
 * consent names, read in the same query that checks the consent. Audited.
 */
export async function openReferralForClinic(
  rt: Runtime,
  viewer: SessionUser,
  caseId: string,
  requestId: string | null,
) {
  const [found] = await rt.database.db
    .select({ row: patientCase, share: caseShare })
    .from(caseShare)
    .innerJoin(providerStaff, eq(providerStaff.providerId, caseShare.providerId))
    .innerJoin(patientCase, eq(patientCase.id, caseShare.caseId))
    .where(
      and(
        eq(caseShare.caseId, caseId),
        eq(providerStaff.userId, viewer.id),
        eq(caseShare.status, 'given'),
        sql`${patientCase.erasedAt} is null`,
        sql`${patientCase.stage} <> 'inquiry'`,
      ),
    )
    .limit(1)
  if (!found) return null
  const key = openCaseKey(found.row.wrappedKey, rt.masterKey)
  if (!key) return null
  await auditRead(rt.database.db, {
    viewer,
    as: 'clinic',
    subject: { type: 'case', id: caseId },
    requestId,
    details: { providerId: found.share.providerId },
  })
  const all = found.row.answers ? unseal<IntakeAnswers>(key, found.row.answers) : {}
  return { row: found.row, key, share: found.share, answers: answersForProvider(all, found.share.sections) }
}
