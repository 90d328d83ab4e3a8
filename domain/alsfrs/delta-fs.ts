import { err, ok, type Result } from '../shared/result.ts'

// ΔFS (Kimura et al. 2006): ALSFRS-R points lost per month between symptom
// onset and an assessment, (48 − total) / months.
//
// Dates are calendar days as ISO strings, 'YYYY-MM-DD': onset is only known
// to the day (often only the month), and a day has no time zone to get wrong.
// A month is the average Gregorian month, 365.25 / 12 = 30.4375 days, the
// same as the common (days / 365 × 12) implementations up to the leap-day
// correction, and independent of which months the interval spans.
export const DAYS_PER_MONTH = 365.25 / 12

export type DeltaFsError =
  | { code: 'alsfrs.invalid-date'; field: 'symptomOnset' | 'assessedOn' }
  | { code: 'alsfrs.total-out-of-range' }
  | { code: 'alsfrs.assessment-not-after-onset' }

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 for a real calendar date 'YYYY-MM-DD', or null. */
function parseIsoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(year, month - 1, day)
  const d = new Date(ms)
  // Date.UTC rolls 2025-02-30 over into March; a round trip catches it.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return ms / MS_PER_DAY
}

/**
 * Points per month at full precision; round only for display, with
 * `roundRate`. Refuses an assessment on or before the onset day, as the rate
 * would be infinite or negative.
 */
export function deltaFs(input: {
  total: number
  symptomOnset: string
  assessedOn: string
}): Result<number, DeltaFsError> {
  const onset = parseIsoDay(input.symptomOnset)
  if (onset === null) return err({ code: 'alsfrs.invalid-date', field: 'symptomOnset' })
  const assessed = parseIsoDay(input.assessedOn)
  if (assessed === null) return err({ code: 'alsfrs.invalid-date', field: 'assessedOn' })
  if (!Number.isInteger(input.total) || input.total < 0 || input.total > 48) {
    return err({ code: 'alsfrs.total-out-of-range' })
  }
  const days = assessed - onset
  if (days <= 0) return err({ code: 'alsfrs.assessment-not-after-onset' })
  return ok((48 - input.total) / (days / DAYS_PER_MONTH))
}

/**
 * A rate rounded to 2 decimals, half away from zero on the decimal value that
 * is printed (so 1.005 gives 1.01, as Intl.NumberFormat does, not the 1.00
 * that `Math.round(x * 100) / 100` gives).
 */
export function roundRate(rate: number): number {
  if (!Number.isFinite(rate)) return rate
  const abs = Math.abs(rate)
  const digits = String(abs)
  // Exponent notation appears below 1e-6, which rounds to 0, and from 1e21, which is already whole.
  const rounded = digits.includes('e')
    ? abs < 1
      ? 0
      : abs
    : Number(`${Math.round(Number(`${digits}e2`))}e-2`)
  return rate < 0 && rounded !== 0 ? -rounded : rounded
}
