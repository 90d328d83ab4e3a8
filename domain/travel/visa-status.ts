import type { CaseStage } from '../cases/case-stages.ts'
import { daysBetween, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { VisaRules } from './visa-rules.ts'

// Where the invitation letter and the visa stand (issue 17), one line per
// case and treating clinic:
//
//   requested (the coordinator asked the clinic) → checked (the clinic
//   uploaded its letter and Waypoint found every traveller and field in it;
//   uploading and checking happen in one step, so both dates are set) →
//   visa-applied → granted | refused
//
// A new letter may replace a checked one until the visa is applied for; a
// refused visa may be applied for again with the same letter. All of it
// happens between the accepted plan and the start of treatment: once the
// patient is being treated (or the case has ended) nothing about the visa
// can be asked for or recorded any more.
export const visaStatuses = ['requested', 'checked', 'visa-applied', 'granted', 'refused'] as const
export type VisaStatus = (typeof visaStatuses)[number]

export type VisaStep =
  | { type: 'request-letter'; offerListable: boolean }
  | { type: 'upload-letter' }
  | { type: 'visa-applied' }
  | { type: 'visa-granted' }
  | { type: 'visa-refused' }

export type VisaStepRefusal =
  | { code: 'visa.offer-not-listable' }
  | { code: 'visa.already-requested'; status: VisaStatus }
  | { code: 'visa.wrong-state'; status: VisaStatus | null; step: VisaStep['type'] }
  | { code: 'visa.closed'; stage: CaseStage }

const from: Record<Exclude<VisaStep['type'], 'request-letter'>, readonly VisaStatus[]> = {
  'upload-letter': ['requested', 'checked'],
  'visa-applied': ['checked', 'refused'],
  'visa-granted': ['visa-applied'],
  'visa-refused': ['visa-applied'],
}

const to: Record<VisaStep['type'], VisaStatus> = {
  'request-letter': 'requested',
  'upload-letter': 'checked',
  'visa-applied': 'visa-applied',
  'visa-granted': 'granted',
  'visa-refused': 'refused',
}

/** Whether the letter and visa can still move at this stage of the case. */
export function visaOpenAt(stage: CaseStage): boolean {
  return stage === 'plan-accepted' || stage === 'travel-booked'
}

export function decideVisaStep(
  current: VisaStatus | null,
  step: VisaStep,
  stage: CaseStage,
): Result<VisaStatus, VisaStepRefusal> {
  if (!visaOpenAt(stage)) return err({ code: 'visa.closed', stage })
  if (step.type === 'request-letter') {
    // A blocked or unreviewed offer gets no help to travel (ADR 0052).
    if (!step.offerListable) return err({ code: 'visa.offer-not-listable' })
    if (current !== null) return err({ code: 'visa.already-requested', status: current })
    return ok(to[step.type])
  }
  if (current === null || !from[step.type].includes(current))
    return err({ code: 'visa.wrong-state', status: current, step: step.type })
  return ok(to[step.type])
}

/** The steps open from a status at this stage, for the buttons a screen offers. */
export function nextVisaSteps(current: VisaStatus | null, stage: CaseStage): VisaStep['type'][] {
  if (!visaOpenAt(stage)) return []
  if (current === null) return ['request-letter']
  return (Object.keys(from) as (keyof typeof from)[]).filter((s) => from[s].includes(current))
}

/** Whether the planned stay (treatment and recovery) is longer than the visa allows. */
export function stayOutlastsVisa(stayDays: number, rules: VisaRules): boolean {
  return stayDays > rules.visa.validityDays
}

/**
 * The days the clinic's letter spans from arrival to departure, when that is
 * longer than the visa lasts: the family would apply for a visa that ends
 * before the stay the letter describes. A warning, not a refusal: the
 * letter is the clinic's own, and the fix may be the plan's, not its dates.
 */
export function letterOutlastsVisa(
  letter: { arrival: CalendarDate | null; departure: CalendarDate | null },
  rules: VisaRules,
): number | null {
  if (!letter.arrival || !letter.departure) return null
  const days = daysBetween(letter.arrival, letter.departure)
  return stayOutlastsVisa(days, rules) ? days : null
}

/**
 * The steps the family is emailed about: a letter to apply with (the first,
 * or one replacing it) and the visa's decision. A request (the coordinator
 * asking the clinic) and an application (which the family makes, or which is
 * made with them) leave them nothing to do or to learn, so their travel page
 * shows them and no email does. Before, each step of the letter exchange
 * emailed every member of the family (ADR 0061).
 */
const familyEmailedOf: ReadonlySet<VisaStep['type']> = new Set([
  'upload-letter',
  'visa-granted',
  'visa-refused',
])

export function familyIsEmailedOf(step: VisaStep['type']): boolean {
  return familyEmailedOf.has(step)
}
