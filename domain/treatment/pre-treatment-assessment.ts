import { itemIds, type ItemId } from '../alsfrs/items.ts'
import { scoreAlsfrs, type AlsfrsScore, type Answers } from '../alsfrs/score.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { pastDateOf, problem, type RawFields, type TreatmentProblem } from './treatment-problem.ts'

// The clinic's assessment on arrival, before any treatment: a full ALSFRS-R,
// FVC % predicted and weight, held against the person's own baseline from
// home. A large change pauses the plan until the coordinator and the family
// have seen it (ADR 0062), because the plan was accepted for the person as
// they were at home.
export type PreTreatmentAssessment = {
  date: CalendarDate
  answers: Answers
  alsfrs: AlsfrsScore
  /** % predicted, one decimal at most. */
  fvcPercent: number
  weightKg: number
}

/** What the person was like at home: the intake's ALSFRS-R and, when known, FVC and weight. */
export type HomeBaseline = {
  date: string
  alsfrsTotal: number
  fvcPercent: number | null
  weightKg: number | null
}

export type LargeChange =
  | { measure: 'alsfrs'; from: number; to: number; change: number }
  | { measure: 'fvc'; from: number; to: number; change: number }
  | { measure: 'weight'; from: number; to: number; changePercent: number }

/**
 * Thresholds (sourced in ADR 0062). ALSFRS-R: 4 points is about four months
 * of average decline (PRO-ACT, 1.02 points/month), far more than the weeks
 * between intake and arrival should bring. FVC: 10 points is about four
 * months of average decline (2.24 %/month) and the step clinicians treat as
 * meaningful. Weight: a loss of 5% or more is the malnutrition signal ALS
 * guidelines act on.
 */
export const largeChangeThresholds = { alsfrsPoints: 4, fvcPoints: 10, weightLossPercent: 5 } as const

export const FVC_RANGE = { min: 0, max: 150 } as const
export const WEIGHT_RANGE = { min: 20, max: 300 } as const

const decimal = /^\d{1,3}(\.\d)?$/

function numberIn(
  raw: RawFields,
  field: string,
  range: { min: number; max: number },
  code: 'treatment.fvc-invalid' | 'treatment.weight-invalid',
  problems: TreatmentProblem[],
): number | null {
  const text = (raw[field] ?? '').trim().replace(',', '.')
  const value = Number(text)
  if (!decimal.test(text) || value < range.min || value > range.max) {
    problems.push(problem(code, field))
    return null
  }
  return value
}

/**
 * The form's fields: `date`, `alsfrs-<item>` (0–4, one form of item 5), `fvc`,
 * `weight`. The date is on or before today and not before `acceptedOn`, the
 * day the family accepted the plan: the person cannot have arrived for it earlier.
 */
export function parseAssessment(
  raw: RawFields,
  today: CalendarDate,
  acceptedOn: CalendarDate | null = null,
): Result<PreTreatmentAssessment, TreatmentProblem[]> {
  const problems: TreatmentProblem[] = []
  let date = pastDateOf(raw, 'date', today, problems)
  if (date !== null && acceptedOn !== null && date < acceptedOn) {
    problems.push(problem('treatment.assessment-before-acceptance', 'date'))
    date = null
  }
  const answers: Answers = {}
  for (const id of itemIds) {
    const text = (raw[`alsfrs-${id}`] ?? '').trim()
    if (text === '') continue
    if (!/^[0-4]$/.test(text)) problems.push(problem('treatment.alsfrs-item-invalid', `alsfrs-${id}`))
    else answers[id] = Number(text)
  }
  const scored = scoreAlsfrs(answers)
  if (!scored.ok && scored.error.code === 'alsfrs.incomplete') {
    // An item already refused for its value is not reported again as missing.
    const flagged = new Set(problems.map((p) => p.field))
    for (const id of scored.error.missing)
      if (!flagged.has(`alsfrs-${id}`))
        problems.push(problem('treatment.alsfrs-item-invalid', `alsfrs-${id}`))
  } else if (!scored.ok && scored.error.code === 'alsfrs.both-5a-and-5b') {
    problems.push(problem('treatment.alsfrs-item-5-form', 'alsfrs-5a'))
  }
  const fvcPercent = numberIn(raw, 'fvc', FVC_RANGE, 'treatment.fvc-invalid', problems)
  const weightKg = numberIn(raw, 'weight', WEIGHT_RANGE, 'treatment.weight-invalid', problems)
  if (problems.length > 0 || !scored.ok || date === null || fvcPercent === null || weightKg === null)
    return err(problems)
  return ok({ date, answers, alsfrs: scored.value, fvcPercent, weightKg })
}

/** Each measure that moved past its threshold since home; empty means the plan goes on. */
export function largeChanges(now: PreTreatmentAssessment, home: HomeBaseline): LargeChange[] {
  const t = largeChangeThresholds
  const changes: LargeChange[] = []
  const alsfrs = now.alsfrs.total - home.alsfrsTotal
  // Either way: a big rise is as much a reason to look again as a big fall.
  if (Math.abs(alsfrs) >= t.alsfrsPoints)
    changes.push({ measure: 'alsfrs', from: home.alsfrsTotal, to: now.alsfrs.total, change: alsfrs })
  if (home.fvcPercent !== null) {
    const fvc = Math.round((now.fvcPercent - home.fvcPercent) * 10) / 10
    if (fvc <= -t.fvcPoints)
      changes.push({ measure: 'fvc', from: home.fvcPercent, to: now.fvcPercent, change: fvc })
  }
  if (home.weightKg !== null && home.weightKg > 0) {
    const percent = Math.round(((now.weightKg - home.weightKg) / home.weightKg) * 1000) / 10
    if (percent <= -t.weightLossPercent)
      changes.push({ measure: 'weight', from: home.weightKg, to: now.weightKg, changePercent: percent })
  }
  return changes
}

/** Item ids the assessment form asks, in order. */
export const assessmentItems: readonly ItemId[] = itemIds
