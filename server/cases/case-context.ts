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
  kind: Exclude<CaseActorKind, 'system'>
  name: string
  locale: string
  member?: { id: MemberId; role: MemberRole }
}

/** The scheduled jobs that act on cases on nobody's behalf. */
export type SystemJob =
  'quote-expiry' | 'follow-up-reminders' | 'outcome-registry' | 'adverse-event-escalation'

/**
 * Waypoint itself, when a rule acts with nobody at the keyboard (a quote's
 * validity ran out). It has no user id to fake: the audit log and the
 * referral timeline record no user, the role `system` and the job that ran
 * (ADR 0060). Only the commands a job runs accept it.
 */
export type SystemActor = { kind: 'system'; userId: null; job: SystemJob }

export type CaseContext<Actor extends CaseActor | SystemActor = CaseActor> = {
  row: CaseRow
  key: CaseKey
  actor: Actor
  requestId: string | null
  /** The answers, unsealed at most once per request. */
  answers(): IntakeAnswers
}

/** A case opened by a person or by a job: what the steps a job may run take. */
export type AnyCaseContext = CaseContext<CaseActor | SystemActor>

export function caseContext<Actor extends CaseActor | SystemActor>(
  row: CaseRow,
  key: CaseKey,
  actor: Actor,
  requestId: string | null,
): CaseContext<Actor> {
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
