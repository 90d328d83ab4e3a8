import type { CaseActorKind, CaseCommand, CaseStage } from './case-stages.ts'

// After a plan is accepted, the case's stage follows what happens to the
// person (issue 17), as domain/referrals/case-stage-from-referrals.ts does
// before: the first flight on the trip plan books travel, the clinic's
// arrival assessment or first session starts treatment, the discharge ends
// it and the follow-up plan written with it starts follow-up. The shell runs
// the commands this returns through the case's own state machine, inside the
// transaction that records the event, so each move is checked and audited.
//
// It only moves forward: a flight removed or a later flight added leaves the
// case where it is. A family who travelled on their own never has a flight
// here, so travel is never claimed for them: their case goes from "plan
// accepted" straight to "in treatment" (the state machine allows it). A case
// that missed a step (it was already being treated when this began) is
// walked through each step it missed, each audited on its own.

/** What happened that the case's stage should follow. */
export type CareEvent =
  /** The coordinator saved a flight on the trip plan. */
  | 'flight-saved'
  /** The treating clinic recorded the arrival assessment or a session. */
  | 'treatment-recorded'
  /** The clinic discharged the person; the follow-up plan is written in the same transaction. */
  | 'discharged-with-follow-up-plan'

export type CareMove = { command: CaseCommand; by: CaseActorKind; to: CaseStage }

// The stages the care events move through, in order, each with the case
// command that enters it and who takes that step. The follow-up plan is
// written by the system with the discharge, not by a person.
const after: readonly CareMove[] = [
  { to: 'travel-booked', command: 'book-travel', by: 'coordinator' },
  { to: 'in-treatment', command: 'start-treatment', by: 'clinic-staff' },
  { to: 'discharged', command: 'discharge', by: 'clinic-staff' },
  { to: 'follow-up', command: 'start-follow-up', by: 'system' },
]
const band: readonly CaseStage[] = ['plan-accepted', ...after.map((m) => m.to)]

const stageEventCallsFor: Record<CareEvent, CaseStage> = {
  'flight-saved': 'travel-booked',
  'treatment-recorded': 'in-treatment',
  'discharged-with-follow-up-plan': 'follow-up',
}

/**
 * The case commands that take a case at `stage` to where `event` calls for,
 * in order, each with the actor kind that takes it: none when the case is
 * already there or further on, or outside the journey from "plan accepted"
 * to "follow-up" (not yet accepted, or ended).
 */
export function caseMovesFromCare(stage: CaseStage, event: CareEvent): CareMove[] {
  const from = band.indexOf(stage)
  const to = band.indexOf(stageEventCallsFor[event])
  if (from < 0 || to <= from) return []
  // Booking travel is only ever the flight's own step, never a step passed on the way.
  return after
    .slice(from, to)
    .filter((m) => m.command !== 'book-travel' || stageEventCallsFor[event] === 'travel-booked')
}

/** The stage the case is in after these moves. */
export function stageAfter(stage: CaseStage, moves: readonly CareMove[]): CaseStage {
  return moves.at(-1)?.to ?? stage
}
