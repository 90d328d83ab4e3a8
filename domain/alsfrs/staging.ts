import type { Scored } from './score.ts'

// King's stage estimated from the ALSFRS-R (Balendra et al. 2014) and MiToS
// stage (Chiò et al. 2015), exactly as ../shared/domain-reference.md §4.5–4.6.
export type KingsStage = '1' | '2' | '3' | '4A' | '4B'

export function kingsStage(s: Scored): KingsStage {
  const v = s.scores
  // 4B (need for ventilation) is the later stage, so it wins when both apply.
  if (v['10'] === 0 || v['12'] < 4) return '4B'
  if (s.gastrostomy) return '4A'
  const regions = [v['1'] < 4 || v['2'] < 4 || v['3'] < 4, v['4'] < 4 || v['5'] < 4, v['8'] < 4].filter(
    Boolean,
  ).length
  // A pattern with no region involved (only items 6, 7 or 9 lower) counts as stage 1.
  return String(Math.max(1, regions)) as '1' | '2' | '3'
}

export type MitosDomain = 'walking-self-care' | 'swallowing' | 'communicating' | 'breathing'

export function mitosStage(s: Scored): { stage: 0 | 1 | 2 | 3 | 4; lost: MitosDomain[] } {
  const v = s.scores
  const lost: MitosDomain[] = []
  if (v['8'] <= 1 || v['6'] <= 1) lost.push('walking-self-care')
  if (v['3'] <= 1) lost.push('swallowing')
  // Communication is lost only when both speech AND handwriting are lost.
  if (v['1'] <= 1 && v['4'] <= 1) lost.push('communicating')
  if (v['10'] <= 1 || v['12'] <= 2) lost.push('breathing')
  return { stage: lost.length as 0 | 1 | 2 | 3 | 4, lost }
}
