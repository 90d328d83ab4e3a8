import { parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'

// One refusal shape for every form of the treatment course: a code the
// refusal table knows, on the field it concerns. A form is checked whole, so
// the person sees every problem at once, and nothing is saved until none is left.
export type TreatmentProblemCode =
  | 'treatment.date-invalid'
  | 'treatment.date-future'
  | 'treatment.alsfrs-item-invalid'
  | 'treatment.alsfrs-item-5-form'
  | 'treatment.fvc-invalid'
  | 'treatment.weight-invalid'
  | 'treatment.text-missing'
  | 'treatment.text-too-long'
  | 'treatment.choice-missing'
  | 'treatment.grade-missing'
  | 'treatment.grade-invalid'
  | 'treatment.grade-5-not-fatal'
  | 'treatment.session-before-assessment'
  | 'treatment.assessment-before-acceptance'
  | 'treatment.discharge-before-care'
  | 'treatment.event-before-acceptance'
  | 'treatment.death-not-fatal'
  | 'treatment.event-already-reported'
  | 'treatment.breathing-contradicts-item-12'
  | 'treatment.item-12-contradicts-breathing'

export type TreatmentProblem = { code: TreatmentProblemCode; field: string; max?: number }

export const problem = (code: TreatmentProblemCode, field: string, max?: number): TreatmentProblem =>
  max === undefined ? { code, field } : { code, field, max }

/** Raw form values: what a browser sends, before any check. */
export type RawFields = Readonly<Record<string, string | undefined>>

export function textOf(
  raw: RawFields,
  field: string,
  max: number,
  problems: TreatmentProblem[],
  options: { optional?: boolean } = {},
): string {
  const value = (raw[field] ?? '').trim()
  if (!value && !options.optional) problems.push(problem('treatment.text-missing', field))
  else if (value.length > max) problems.push(problem('treatment.text-too-long', field, max))
  return value
}

/** A day no later than today (the clinic's and the family's dates are days, not instants). */
export function pastDateOf(
  raw: RawFields,
  field: string,
  today: CalendarDate,
  problems: TreatmentProblem[],
): CalendarDate | null {
  const date = parseCalendarDate((raw[field] ?? '').trim())
  if (!date) {
    problems.push(problem('treatment.date-invalid', field))
    return null
  }
  if (date > today) {
    problems.push(problem('treatment.date-future', field))
    return null
  }
  return date
}

export function choiceOf<T extends string>(
  raw: RawFields,
  field: string,
  choices: readonly T[],
  problems: TreatmentProblem[],
): T | null {
  const value = raw[field]
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T
  problems.push(problem('treatment.choice-missing', field))
  return null
}
