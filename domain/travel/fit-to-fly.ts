import { daysBetween, parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'

// Fit to fly for a person with ALS (issue 17, ADR 0064). A pressurised cabin
// is like breathing about 15% oxygen at sea level; weak breathing muscles may
// not make up for it, and the risk is not visible at rest. Our rule, from
// the reviewed data in content/reference/air-travel.json (BTS clinical
// statement on air travel, 2022; NIV triggers in ALS): home ventilation,
// breathlessness lying flat, a recent FVC below the threshold (or none
// recent enough), or severe bulbar weakness each need the home team's
// sign-off or a hypoxic-challenge result before any flight is booked. A
// hypoxic-challenge result that calls for oxygen makes "plan in-flight
// oxygen" part of the outcome, and booking waits until it is planned.

export type AirTravelRules = {
  /** FVC % predicted below which a person is not cleared without a sign-off or a test. */
  fvcBelowPercent: number
  /** An FVC older than this many days (at the check) is not "recent". */
  fvcRecentDays: number
  /** An ALSFRS-R bulbar item (1–3) at or below this score counts as severe bulbar weakness. */
  bulbarItemAtOrBelow: number
  sourceIds: string[]
  reviewDate: CalendarDate
}

export type BulbarWeakness = 'severe' | 'not-severe' | 'unknown'

export type FitToFlyInputs = {
  homeVentilation: boolean
  orthopnoea: boolean
  fvc: { percent: number; date: CalendarDate } | null
  bulbar: BulbarWeakness
}

export const riskReasons = [
  'home-ventilation',
  'orthopnoea',
  'fvc-low',
  'fvc-not-recent',
  'bulbar-severe',
  'bulbar-unknown',
] as const
export type RiskReason = (typeof riskReasons)[number]

export const hypoxicChallengeResults = ['not-done', 'no-oxygen-needed', 'oxygen-needed', 'not-fit'] as const
export type HypoxicChallengeResult = (typeof hypoxicChallengeResults)[number]

/** What the coordinator recorded beyond the inputs. */
export type FitToFlyClearance = {
  signOff: { by: string; date: CalendarDate } | null
  hypoxicChallenge: HypoxicChallengeResult
  oxygenPlanned: boolean
}

/**
 * Where the check stands:
 * - `clear`: nothing in the inputs calls for more; booking may go ahead.
 * - `cleared`: the home team signed off or the test needed no oxygen.
 * - `cleared-with-oxygen`: the test called for oxygen and it is planned.
 * - `plan-oxygen`: the test called for oxygen, not yet planned; booking waits.
 * - `needs-clearance`: a sign-off or a test result first; booking waits.
 * - `not-fit`: the test says the person should not fly; booking waits.
 */
export const fitToFlyOutcomes = [
  'clear',
  'cleared',
  'cleared-with-oxygen',
  'plan-oxygen',
  'needs-clearance',
  'not-fit',
] as const
export type FitToFlyOutcome = (typeof fitToFlyOutcomes)[number]

export type FitToFlyDecision = {
  outcome: FitToFlyOutcome
  reasons: RiskReason[]
  /** Plan in-flight oxygen (the test called for it). */
  oxygen: boolean
  /** Whether a flight may be added now. */
  mayBook: boolean
}

/** The reasons the inputs call for a sign-off or a test; none means clear. */
export function riskReasonsOf(
  inputs: FitToFlyInputs,
  rules: AirTravelRules,
  today: CalendarDate,
): RiskReason[] {
  const reasons: RiskReason[] = []
  if (inputs.homeVentilation) reasons.push('home-ventilation')
  if (inputs.orthopnoea) reasons.push('orthopnoea')
  if (inputs.fvc === null || daysBetween(inputs.fvc.date, today) > rules.fvcRecentDays)
    reasons.push('fvc-not-recent')
  else if (inputs.fvc.percent < rules.fvcBelowPercent) reasons.push('fvc-low')
  if (inputs.bulbar === 'severe') reasons.push('bulbar-severe')
  if (inputs.bulbar === 'unknown') reasons.push('bulbar-unknown')
  return reasons
}

export function decideFitToFly(
  inputs: FitToFlyInputs,
  clearance: FitToFlyClearance,
  rules: AirTravelRules,
  today: CalendarDate,
): FitToFlyDecision {
  const reasons = riskReasonsOf(inputs, rules, today)
  const test = clearance.hypoxicChallenge
  // A test that says "not fit" outweighs a sign-off; one that calls for oxygen needs it planned.
  if (test === 'not-fit') return { outcome: 'not-fit', reasons, oxygen: false, mayBook: false }
  if (test === 'oxygen-needed')
    return clearance.oxygenPlanned
      ? { outcome: 'cleared-with-oxygen', reasons, oxygen: true, mayBook: true }
      : { outcome: 'plan-oxygen', reasons, oxygen: true, mayBook: false }
  if (reasons.length === 0) return { outcome: 'clear', reasons, oxygen: false, mayBook: true }
  if (clearance.signOff !== null || test === 'no-oxygen-needed')
    return { outcome: 'cleared', reasons, oxygen: false, mayBook: true }
  return { outcome: 'needs-clearance', reasons, oxygen: false, mayBook: false }
}

/** Severe bulbar weakness from the ALSFRS-R bulbar items (1 speech, 2 salivation, 3 swallowing), where known. */
export function bulbarFromAlsfrs(
  items: Partial<Record<string, number>>,
  rules: Pick<AirTravelRules, 'bulbarItemAtOrBelow'>,
): BulbarWeakness {
  const scores = ['1', '2', '3'].map((id) => items[id])
  if (scores.some((s) => s !== undefined && s <= rules.bulbarItemAtOrBelow)) return 'severe'
  return scores.every((s) => s !== undefined) ? 'not-severe' : 'unknown'
}

// --- The coordinator's form, checked whole -------------------------------------------------------

export type FitToFlyProblemCode =
  | 'fit-to-fly.choice-missing'
  | 'fit-to-fly.fvc-invalid'
  | 'fit-to-fly.date-invalid'
  | 'fit-to-fly.date-future'
  | 'fit-to-fly.date-missing'
  | 'fit-to-fly.sign-off-incomplete'
  | 'fit-to-fly.text-too-long'

export type FitToFlyProblem = { code: FitToFlyProblemCode; field: string; max?: number }

export type FitToFlyRecord = FitToFlyInputs & FitToFlyClearance

const SIGN_OFF_MAX = 200
const yesNo = ['yes', 'no'] as const

/** The form's fields as the coordinator typed them; every problem at once, on its field. */
export function parseFitToFly(
  raw: Readonly<Record<string, string | undefined>>,
  today: CalendarDate,
): Result<FitToFlyRecord, FitToFlyProblem[]> {
  const problems: FitToFlyProblem[] = []
  const v = (f: string) => (raw[f] ?? '').trim()
  const choice = <T extends string>(field: string, choices: readonly T[]): T | null => {
    const value = v(field)
    if ((choices as readonly string[]).includes(value)) return value as T
    problems.push({ code: 'fit-to-fly.choice-missing', field })
    return null
  }
  const pastDate = (field: string): CalendarDate | null => {
    const d = parseCalendarDate(v(field))
    if (!d) problems.push({ code: 'fit-to-fly.date-invalid', field })
    else if (d > today) problems.push({ code: 'fit-to-fly.date-future', field })
    else return d
    return null
  }
  const niv = choice('homeVentilation', yesNo)
  const orthopnoea = choice('orthopnoea', yesNo)
  const bulbar = choice('bulbar', ['severe', 'not-severe', 'unknown'] as const)
  let fvc: FitToFlyInputs['fvc'] = null
  if (v('fvcPercent') || v('fvcDate')) {
    const text = v('fvcPercent')
    const percent = Number(text)
    if (!/^\d{1,3}(\.\d)?$/.test(text) || percent < 5 || percent > 160)
      problems.push({ code: 'fit-to-fly.fvc-invalid', field: 'fvcPercent' })
    if (!v('fvcDate')) problems.push({ code: 'fit-to-fly.date-missing', field: 'fvcDate' })
    const date = v('fvcDate') ? pastDate('fvcDate') : null
    if (date && /^\d{1,3}(\.\d)?$/.test(text) && percent >= 5 && percent <= 160) fvc = { percent, date }
  }
  let signOff: FitToFlyClearance['signOff'] = null
  const by = v('signOffBy')
  if (by || v('signOffDate')) {
    if (!by) problems.push({ code: 'fit-to-fly.sign-off-incomplete', field: 'signOffBy' })
    else if (by.length > SIGN_OFF_MAX)
      problems.push({ code: 'fit-to-fly.text-too-long', field: 'signOffBy', max: SIGN_OFF_MAX })
    if (!v('signOffDate')) problems.push({ code: 'fit-to-fly.sign-off-incomplete', field: 'signOffDate' })
    const date = v('signOffDate') ? pastDate('signOffDate') : null
    if (date && by && by.length <= SIGN_OFF_MAX) signOff = { by, date }
  }
  const test = choice('hypoxicChallenge', hypoxicChallengeResults)
  const oxygen = choice('oxygenPlanned', yesNo)
  if (problems.length > 0 || niv === null || orthopnoea === null || bulbar === null || !test || !oxygen)
    return err(problems)
  return ok({
    homeVentilation: niv === 'yes',
    orthopnoea: orthopnoea === 'yes',
    fvc,
    bulbar,
    signOff,
    hypoxicChallenge: test,
    oxygenPlanned: oxygen === 'yes',
  })
}

// --- The reviewed data ---------------------------------------------------------------------------

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** The fit-to-fly part of content/reference/air-travel.json, or every problem in it. */
export function parseAirTravelRules(raw: unknown): Result<AirTravelRules, string[]> {
  if (!isRecord(raw) || !isRecord(raw.fitToFly)) return err(['fitToFly: an object'])
  const f = raw.fitToFly
  const problems: string[] = []
  const num = (k: string, min: number, max: number) =>
    typeof f[k] === 'number' && (f[k] as number) >= min && (f[k] as number) <= max
      ? undefined
      : problems.push(`fitToFly.${k}: a number from ${min} to ${max}`)
  num('fvcBelowPercent', 10, 100)
  num('fvcRecentDays', 1, 365)
  num('bulbarItemAtOrBelow', 0, 3)
  const sources = f.sourceIds
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every((s) => typeof s === 'string'))
    problems.push('fitToFly.sourceIds: at least one')
  const reviewDate = parseCalendarDate(f.reviewDate)
  if (!reviewDate) problems.push('fitToFly.reviewDate: a date')
  if (problems.length > 0) return err(problems)
  return ok({
    fvcBelowPercent: f.fvcBelowPercent as number,
    fvcRecentDays: f.fvcRecentDays as number,
    bulbarItemAtOrBelow: f.bulbarItemAtOrBelow as number,
    sourceIds: sources as string[],
    reviewDate: reviewDate!,
  })
}
