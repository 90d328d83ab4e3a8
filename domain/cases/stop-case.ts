import { err, ok, type Result } from '../shared/result.ts'
import { confirmCommand, finalStages, type CaseStage, type UnconfirmedRefusal } from './case-stages.ts'
import { mayManageMembers, type MemberRole } from './case-members.ts'

// The family may stop their case at any point before it ends (the journey's
// `withdraw`). It is the patient's decision, or their representative's: a
// caregiver helps with the case but does not end it for them.

export type StopRefusal = { code: 'case.stop-not-yours' } | UnconfirmedRefusal

/** Whether this member may stop the case at all: whoever decides for the patient (the page offers the form only then). */
export function mayStopCase(role: MemberRole): boolean {
  return mayManageMembers(role)
}

/** Whether there is anything left to stop. */
export function isStoppable(stage: CaseStage): boolean {
  return !finalStages.includes(stage)
}

/**
 * Stops only when the member may and has ticked the box saying so; the stage
 * itself is then the journey's to decide (`transition`).
 */
export function decideStop(role: MemberRole, confirmed: boolean): Result<'withdraw', StopRefusal> {
  if (!mayStopCase(role)) return err({ code: 'case.stop-not-yours' })
  const checked = confirmCommand('withdraw', confirmed)
  return checked.ok ? ok('withdraw') : checked
}

/** Stopping once care has begun also ends its follow-up: the page says so. */
export function stopEndsFollowUp(stage: CaseStage): boolean {
  return ['in-treatment', 'discharged', 'follow-up'].includes(stage)
}

/**
 * Stopping after a plan was accepted does not undo what was paid or booked
 * outside Waypoint: the page says so before the family confirms.
 */
export function stopLeavesBookings(stage: CaseStage): boolean {
  return ['plan-accepted', 'travel-booked', 'in-treatment', 'discharged', 'follow-up'].includes(stage)
}
