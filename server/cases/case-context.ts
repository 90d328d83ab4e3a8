import type { CaseActorKind, CaseStage } from '#domain/cases/case-stages.ts'
import type { MemberRole } from '#domain/cases/case-members.ts'
import type { IntakeAnswers } from '#domain/intake/questions.ts'
import type { CaseId, MemberId, UserId } from '#domain/shared/ids.ts'
import type { CaseRow } from '../stores/case-store.ts'
import { unseal, type CaseKey } from './case-vault.ts'

// A case as opened for one request: its row and key (which never leave
// server/), who is acting and in what capacity. Commands and reads take it;
// routes only ever see the handle built on it (open-case.ts).
export type CaseActor = {
  userId: UserId
  kind: CaseActorKind
  name: string
  locale: string
  member?: { id: MemberId; role: MemberRole }
}

export type CaseContext = {
  row: CaseRow
  key: CaseKey
  actor: CaseActor
  requestId: string | null
  /** The answers, unsealed at most once per request. */
  answers(): IntakeAnswers
}

export function caseContext(
  row: CaseRow,
  key: CaseKey,
  actor: CaseActor,
  requestId: string | null,
): CaseContext {
  let answers: IntakeAnswers | undefined
  return {
    row,
    key,
    actor,
    requestId,
    answers: () => (answers ??= unsealAnswers(key, row.answers)),
  }
}

export function unsealAnswers(key: CaseKey, sealed: string | null): IntakeAnswers {
  return sealed ? unseal<IntakeAnswers>(key, sealed) : {}
}

/** What every audience may know about the case itself. */
export type CaseSummary = {
  id: CaseId
  reference: string
  stage: CaseStage
  submittedAt: Date | null
  createdAt: Date
}

export function summaryOf(row: CaseRow): CaseSummary {
  return {
    id: row.id as CaseId,
    reference: row.reference,
    stage: row.stage,
    submittedAt: row.submittedAt,
    createdAt: row.createdAt,
  }
}
