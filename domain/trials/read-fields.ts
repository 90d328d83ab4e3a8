import { parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import type { PartialDate, TrialFileError } from './trial-record.ts'

// Small readers shared by the two registry parsers. A parser walks a file
// with these and stops at the first problem: the refusal names the field and
// says what was wrong, so the person importing can fix or report the file.

/** Thrown inside a parser only, and turned into a `Result` at its edge. */
export class FileProblem extends Error {
  readonly problem: TrialFileError
  constructor(problem: TrialFileError) {
    super(problem.message)
    this.problem = problem
  }
}

export const missing = (field: string): never => {
  throw new FileProblem({ code: 'trial-file.missing-field', field, message: `${field} is missing` })
}

export const wrongType = (field: string, expected: string): never => {
  throw new FileProblem({
    code: 'trial-file.wrong-type',
    field,
    message: `${field} should be ${expected}`,
  })
}

export const badValue = (field: string, value: string, why: string): never => {
  throw new FileProblem({
    code: 'trial-file.bad-value',
    field,
    value,
    message: `${field} ${why}: “${value}”`,
  })
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** An object at `field`, or null when absent. */
export function optionalObject(v: unknown, field: string): Record<string, unknown> | null {
  if (v === undefined || v === null) return null
  return isObject(v) ? v : wrongType(field, 'an object')
}

/** A non-blank string at `field`, or null when absent or blank. */
export function optionalText(v: unknown, field: string): string | null {
  if (v === undefined || v === null) return null
  if (typeof v !== 'string') return wrongType(field, 'text')
  const t = v.trim()
  return t === '' ? null : t
}

export const requiredText = (v: unknown, field: string): string => optionalText(v, field) ?? missing(field)

export function textList(v: unknown, field: string): string[] {
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) return wrongType(field, 'a list')
  return v.map((x, i) => requiredText(x, `${field}[${i}]`))
}

/** ISO dates at the precision given: "2023", "2023-05" or "2023-05-14". */
export function isoPartialDate(v: unknown, field: string): PartialDate | null {
  const t = optionalText(v, field)
  if (t === null) return null
  if (/^\d{4}$/.test(t)) return { precision: 'year', date: t }
  const month = /^(\d{4})-(\d{2})$/.exec(t)
  if (month) {
    const m = Number(month[2])
    return m >= 1 && m <= 12 ? { precision: 'month', date: t } : badValue(field, t, 'is not a date')
  }
  const day = parseCalendarDate(t)
  return day ? { precision: 'day', date: day } : badValue(field, t, 'is not a date')
}

/** Indian registry dates are day first: "16/04/2025". */
export function dayFirstDate(v: unknown, field: string): PartialDate | null {
  const t = optionalText(v, field)
  if (t === null) return null
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t)
  const day: CalendarDate | null = m
    ? parseCalendarDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`)
    : null
  return day ? { precision: 'day', date: day } : badValue(field, t, 'is not a date (day/month/year)')
}
