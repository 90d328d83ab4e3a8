import type { AlsfrsScore } from './score.ts'

// MiToS (Milano-Torino) functional stage (Chiò et al. 2015, JNNP Table 1),
// per domain reference §4.6: one point per domain of independence lost.
// Stage 5 (death) is never derived from a questionnaire.
export type MitosDomain = 'walking-self-care' | 'swallowing' | 'communicating' | 'breathing'
export type MitosStage = 0 | 1 | 2 | 3 | 4

/**
 * Stage 0 means no domain is lost; it does not mean no symptoms. `lost` is in
 * the order of the paper's table.
 */
export function mitosStage({ scores: v }: Pick<AlsfrsScore, 'scores'>): {
  stage: MitosStage
  lost: MitosDomain[]
} {
  const lost: MitosDomain[] = []
  if (v['8'] <= 1 || v['6'] <= 1) lost.push('walking-self-care')
  if (v['3'] <= 1) lost.push('swallowing')
  // AND, not OR: someone who cannot speak but can still write (or the reverse)
  // can still communicate. At least one public implementation gets this wrong.
  if (v['1'] <= 1 && v['4'] <= 1) lost.push('communicating')
  if (v['10'] <= 1 || v['12'] <= 2) lost.push('breathing')
  return { stage: lost.length as MitosStage, lost }
}
