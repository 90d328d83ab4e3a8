import type { AlsfrsScore } from './score.ts'

// King's clinical stage (Roche et al. 2012) estimated from ALSFRS-R items as
// Balendra et al. 2014 propose (~92% agreement with clinical staging), per
// domain reference §4.5 and its reference implementation
// (yoonhohong/proact staging/estimate_king_mitos_alsfrs.R).
export type KingsStage = '1' | '2' | '3' | '4A' | '4B'
export type KingsRegion = 'bulbar' | 'upper-limb' | 'lower-limb'

type Scores = Pick<AlsfrsScore, 'scores' | 'gastrostomy'>

/** Regions with any loss of function, in the order bulbar, upper limb, lower limb. */
export function kingsRegions({ scores: v }: Scores): KingsRegion[] {
  const regions: KingsRegion[] = []
  if (v['1'] < 4 || v['2'] < 4 || v['3'] < 4) regions.push('bulbar')
  // Item 5 is whichever form was answered, 5a or 5b.
  if (v['4'] < 4 || v['5'] < 4) regions.push('upper-limb')
  // Only walking: stairs (9) and turning in bed (7) are not used by the estimate.
  if (v['8'] < 4) regions.push('lower-limb')
  return regions
}

/**
 * Need for ventilation: breathing so hard that support is being considered
 * (item 10 = 0), or any breathing support in use (item 12 below 4).
 */
export function needsVentilation({ scores: v }: Scores): boolean {
  return v['10'] === 0 || v['12'] < 4
}

/**
 * Stage 4B wins when both 4A (gastrostomy) and 4B (ventilation) criteria hold.
 * King's defines 4A and 4B as parallel sub-stages of 4, not a sequence (their
 * median times in the validation cohort are the same, 0.82 of disease
 * duration), and the reference implementation collapses both to "4". One
 * label is still needed: 4B is what common implementations report, and
 * ventilation changes more of what a journey must plan for (equipment, power,
 * fitness to fly). The gastrostomy stays visible in `AlsfrsScore.gastrostomy`.
 */
export function kingsStage(score: Scores): KingsStage {
  if (needsVentilation(score)) return '4B'
  if (score.gastrostomy) return '4A'
  // No region involved (only items 6, 7, 9, 10 or 11 lowered) gives "stage 0",
  // which the reference implementation counts as 1; so do we.
  const count = kingsRegions(score).length
  return count === 3 ? '3' : count === 2 ? '2' : '1'
}
