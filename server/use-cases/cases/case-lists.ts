import type { CaseStage } from '#domain/cases/case-stages.ts'
import type { ShareableSection } from '#domain/cases/case-consent.ts'
import type { CaseId, UserId } from '#domain/shared/ids.ts'
import { casesOfMember, queuedCases, referredCases, type CaseRow } from '../../stores/case-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { unsealAnswers } from '../../cases/case-context.ts'
import { openCaseKey } from '../../cases/case-vault.ts'

// Lists of cases, each shaped for the person looking: names are unsealed per
// row with that case's own key and nothing else of the answers leaves here.
function patientNameOf(deps: CaseDeps, row: CaseRow): string | null {
  const key = openCaseKey(row.wrappedKey, deps.keys.master)
  if (!key) return null
  const name = unsealAnswers(key, row.answers)['patient-name']
  return typeof name === 'string' ? name : null
}

/** The cases a person is an active member of, newest first. */
export async function casesOfPerson(deps: CaseDeps, userId: UserId) {
  const rows = await casesOfMember(deps.db, userId)
  return rows.map(({ row, role }) => ({
    id: row.id as CaseId,
    reference: row.reference,
    stage: row.stage,
    role,
    patientName: patientNameOf(deps, row),
    createdAt: row.createdAt,
  }))
}

const queueStages: CaseStage[] = ['records-submitted', 'under-evaluation', 'plan-proposed']

/** The coordinator's queue: sent cases, oldest first, so the longest-waiting family is answered first. */
export async function coordinatorQueue(deps: CaseDeps, stage: CaseStage | null) {
  const rows = await queuedCases(deps.db, stage ? [stage] : queueStages)
  return rows.map((row) => ({
    id: row.id as CaseId,
    reference: row.reference,
    stage: row.stage,
    submittedAt: row.submittedAt,
    stageChangedAt: row.stageChangedAt,
    patientName: patientNameOf(deps, row),
  }))
}

/** Cases referred to a provider the clinic user works for, while its consent is given. */
export async function clinicReferrals(deps: CaseDeps, userId: UserId) {
  const rows = await referredCases(deps.db, userId)
  return rows.map(({ row, share, referral }) => ({
    id: row.id as CaseId,
    reference: row.reference,
    stage: row.stage,
    submittedAt: row.submittedAt,
    providerId: share.providerId,
    sections: share.sections as ShareableSection[],
    documentCount: share.documentIds.length,
    referralStatus: referral.status,
    answerDueAt: referral.answerDueAt,
  }))
}
