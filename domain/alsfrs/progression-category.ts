import { roundRate } from './delta-fs.ts'

// Progression categories in use for ALSFRS-R points lost per month (domain
// reference §4.3): slower below 0.5, intermediate from 0.5 to 1.0 inclusive,
// faster above 1.0.
export type ProgressionCategory = 'slower' | 'intermediate' | 'faster'

/**
 * The cut-offs apply to the rate as shown, rounded to 2 decimals: a rate of
 * 1.0007 is shown as 1.00, and labelling it "faster" (above 1.0) beside that
 * number would read as a mistake. The onset date behind ΔFS is rarely known
 * to better than a month, so the third decimal carries no meaning anyway.
 */
export function progressionCategory(pointsPerMonth: number): ProgressionCategory {
  const shown = roundRate(pointsPerMonth)
  if (shown < 0.5) return 'slower'
  if (shown <= 1.0) return 'intermediate'
  return 'faster'
}
