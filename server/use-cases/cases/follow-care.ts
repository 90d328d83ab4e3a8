import { caseMovesFromCare, type CareEvent } from '#domain/cases/case-stage-from-care.ts'
import { transition, type CaseStage } from '#domain/cases/case-stages.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { AnyCaseContext } from '../../cases/case-context.ts'
import type { Db } from '../../db/client.ts'
import { lockStage, moveStage } from '../../stores/case-store.ts'
import { notifyPatientSide, type NotifyDeps } from './notify.ts'

// The case's stage follows the trip, the treatment and the follow-up (issue
// 17): called inside the transaction that records the event, under the
// case's lock, so the event and the stage move are saved together or not at
// all. Each move goes through the case's state machine and is written with
// the stage guard and audited like any other transition, naming its cause.

export type StageMoved = { from: CaseStage; to: CaseStage } | null

/** Runs the case commands `event` calls for; null when the stage stays. A refusal here is a bug. */
export async function followCare(
  tx: Db,
  ctx: AnyCaseContext,
  event: CareEvent,
  now: Date,
): Promise<StageMoved> {
  const caseId = ctx.row.id as CaseId
  const stage = await lockStage(tx, caseId)
  if (!stage) throw new Error(`case ${caseId}: gone while ${event} was recorded`)
  let current = stage
  for (const move of caseMovesFromCare(stage, event)) {
    const decided = transition(current, move.command, move.by, now)
    if (!decided.ok) throw new Error(`case ${caseId}: ${move.command} refused (${decided.error.code})`)
    // Under the lock the guard always holds; if it ever does not, the whole event is undone.
    if (!(await moveStage(tx, caseId, { from: current, to: move.to, submitted: false }, now)))
      throw new Error(`case ${caseId}: stage moved under the lock`)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case.transition',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { from: current, to: move.to, command: move.command, by: move.by, cause: event },
    })
    current = move.to
  }
  return current === stage ? null : { from: stage, to: current }
}

/**
 * One "case-stage-changed" email to the family for the stage the case ended
 * in, once committed: a discharge that also starts follow-up is one email,
 * not two.
 */
export async function tellFamilyOfStage(deps: NotifyDeps, ctx: AnyCaseContext, moved: StageMoved) {
  if (!moved) return
  await notifyPatientSide(deps, ctx, {
    template: 'case-stage-changed',
    path: `/patient/cases/${ctx.row.id}`,
    params: { reference: ctx.row.reference, stage: moved.to },
  })
}
