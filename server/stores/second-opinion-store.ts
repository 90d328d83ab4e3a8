import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Role } from '#domain/accounts/roles.ts'
import { openStatuses, type SecondOpinionStatus } from '#domain/second-opinions/second-opinion.ts'
import type { CaseId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { providerStaff } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { caseShare, patientCase, referral } from '../db/schema/cases.ts'
import { secondOpinion } from '../db/schema/second-opinions.ts'
import type { Recipient } from './member-store.ts'

// The second_opinion table (ADR 0050): requests, the family's answer and the
// doctor's sealed comment, each change guarded by the version it was decided from.
export type SecondOpinionRow = typeof secondOpinion.$inferSelect

const notErased = sql`${patientCase.erasedAt} is null`
const doctorMayReadStatus = inArray(secondOpinion.status, ['agreed', 'answered'])

/**
 * Whether this user works for a clinic the case is referred to or shared
 * with: such a doctor is not independent of the plans they would judge.
 */
const worksForCaseClinic = (caseId: CaseId) => sql<boolean>`exists (
  select 1 from ${providerStaff}
  where ${providerStaff.userId} = ${user.id}
    and (${providerStaff.providerId} in (select ${referral.providerId} from ${referral} where ${referral.caseId} = ${caseId})
      or ${providerStaff.providerId} in (select ${caseShare.providerId} from ${caseShare} where ${caseShare.caseId} = ${caseId})))`

export type DoctorCandidate = { id: UserId; name: string; role: Role; worksForCaseClinic: boolean }

/** Every reviewing doctor, and whether each works for a clinic on this case. */
export async function doctorCandidates(db: Db, caseId: CaseId): Promise<DoctorCandidate[]> {
  const rows = await db
    .select({ id: user.id, name: user.name, role: user.role, worksForCaseClinic: worksForCaseClinic(caseId) })
    .from(user)
    .where(eq(user.role, 'second-opinion-doctor'))
    .orderBy(asc(user.name))
  return rows.map((r) => ({ ...r, id: r.id as UserId, role: r.role as Role }))
}

/** One account as a candidate for this case (any role, so the rules can say why not). */
export async function doctorCandidate(
  db: Db,
  caseId: CaseId,
  userId: string,
): Promise<DoctorCandidate | null> {
  const [row] = await db
    .select({ id: user.id, name: user.name, role: user.role, worksForCaseClinic: worksForCaseClinic(caseId) })
    .from(user)
    .where(eq(user.id, userId))
  return row ? { ...row, id: row.id as UserId, role: row.role as Role } : null
}

/** The case's requests, newest first, with the doctor's name. */
export async function secondOpinionsOfCase(db: Db, caseId: CaseId) {
  return db
    .select({ row: secondOpinion, doctorName: user.name })
    .from(secondOpinion)
    .innerJoin(user, eq(user.id, secondOpinion.doctorUserId))
    .where(eq(secondOpinion.caseId, caseId))
    .orderBy(desc(secondOpinion.requestedAt), desc(secondOpinion.id))
}

/** The case's open request, read under a row lock. */
export async function lockOpenSecondOpinion(tx: Db, caseId: CaseId): Promise<SecondOpinionRow | null> {
  const [row] = await tx
    .select()
    .from(secondOpinion)
    .where(and(eq(secondOpinion.caseId, caseId), inArray(secondOpinion.status, [...openStatuses])))
    .for('update')
  return row ?? null
}

/** One request of the case, read under a row lock. */
export async function lockSecondOpinion(
  tx: Db,
  caseId: CaseId,
  id: string,
): Promise<SecondOpinionRow | null> {
  const [row] = await tx
    .select()
    .from(secondOpinion)
    .where(and(eq(secondOpinion.caseId, caseId), eq(secondOpinion.id, id)))
    .for('update')
  return row ?? null
}

export async function insertSecondOpinion(tx: Db, values: typeof secondOpinion.$inferInsert): Promise<void> {
  await tx.insert(secondOpinion).values(values)
}

/** Saves a decided step if nobody changed the request since `fromVersion`. */
export async function saveSecondOpinion(
  tx: Db,
  id: string,
  fromVersion: number,
  set: {
    status: SecondOpinionStatus
    decidedByUserId?: string
    decidedAt?: Date
    answeredAt?: Date
    sealedComment?: string
  },
  now: Date,
): Promise<boolean> {
  const saved = await tx
    .update(secondOpinion)
    .set({ ...set, version: fromVersion + 1, updatedAt: now })
    .where(and(eq(secondOpinion.id, id), eq(secondOpinion.version, fromVersion)))
    .returning({ id: secondOpinion.id })
  return saved.length === 1
}

/** A case this doctor was asked about and the family agreed to show them: the case row and the request. */
export async function findSecondOpinionCase(db: Db, doctorId: UserId, caseId: CaseId) {
  const [found] = await db
    .select({ row: patientCase, opinion: secondOpinion })
    .from(secondOpinion)
    .innerJoin(patientCase, eq(patientCase.id, secondOpinion.caseId))
    .where(
      and(
        eq(secondOpinion.caseId, caseId),
        eq(secondOpinion.doctorUserId, doctorId),
        doctorMayReadStatus,
        notErased,
      ),
    )
    .orderBy(desc(secondOpinion.requestedAt))
    .limit(1)
  return found ?? null
}

/** The cases this doctor may read, newest request first: the doctor's area lists nothing else. */
export async function casesOfDoctor(db: Db, doctorId: UserId) {
  return db
    .select({
      caseId: patientCase.id,
      reference: patientCase.reference,
      status: secondOpinion.status,
      requestedAt: secondOpinion.requestedAt,
    })
    .from(secondOpinion)
    .innerJoin(patientCase, eq(patientCase.id, secondOpinion.caseId))
    .where(and(eq(secondOpinion.doctorUserId, doctorId), doctorMayReadStatus, notErased))
    .orderBy(desc(secondOpinion.requestedAt))
}

export async function doctorRecipient(db: Db, doctorId: string): Promise<Recipient[]> {
  return db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(user)
    .where(eq(user.id, doctorId))
}
