import { err, ok, type Result } from '../shared/result.ts'

// ΔFS (Kimura et al. 2006): points lost per month since symptom onset,
// (48 − total) / months. A month is 365.25 / 12 days. Dates are ISO days.
const DAY = 86_400_000
const MONTH_DAYS = 365.25 / 12

export function deltaFs(
  total: number,
  onset: string,
  assessed: string,
): Result<number, { code: 'alsfrs.assessment-before-onset' }> {
  const days = (Date.parse(assessed) - Date.parse(onset)) / DAY
  if (!(days > 0)) return err({ code: 'alsfrs.assessment-before-onset' })
  return ok((48 - total) / (days / MONTH_DAYS))
}

/** Progression category in use: slower < 0.5, intermediate 0.5–1.0 (inclusive), faster > 1.0 points a month. */
export function progressionCategory(rate: number): 'slower' | 'intermediate' | 'faster' {
  if (rate < 0.5) return 'slower'
  if (rate <= 1.0) return 'intermediate'
  return 'faster'
}
