import { deltaFs, roundRate } from '../alsfrs/delta-fs.ts'
import { itemIds } from '../alsfrs/items.ts'
import { kingsStage, type KingsStage } from '../alsfrs/kings-stage.ts'
import { mitosStage, type MitosDomain, type MitosStage } from '../alsfrs/mitos-stage.ts'
import { progressionCategory, type ProgressionCategory } from '../alsfrs/progression-category.ts'
import { scoreAlsfrs, type AlsfrsScore, type Answers } from '../alsfrs/score.ts'
import type { IntakeAnswers } from './questions.ts'

// The intake's ALSFRS-R answers, scored and staged with the domain's own
// functions (domain/alsfrs), for the result page, check answers, the
// coordinator and the export.
export type AlsfrsSummary = {
  date: string | null
  score: AlsfrsScore
  kings: KingsStage
  mitos: { stage: MitosStage; lost: MitosDomain[] }
  /** Points lost per month since symptoms began; null without both dates. */
  deltaFs: number | null
  progression: ProgressionCategory | null
}

export function alsfrsAnswersOf(answers: IntakeAnswers): Answers {
  const out: Answers = {}
  for (const id of itemIds) {
    const v = answers[`alsfrs-${id}`]
    if (typeof v === 'string') out[id] = Number(v)
  }
  return out
}

export function alsfrsSummary(answers: IntakeAnswers): AlsfrsSummary | null {
  const scored = scoreAlsfrs(alsfrsAnswersOf(answers), { gastrostomy: answers['feeding-tube'] === 'yes' })
  if (!scored.ok) return null
  const date = typeof answers['alsfrs-date'] === 'string' ? answers['alsfrs-date'] : null
  const onset = typeof answers['first-symptoms'] === 'string' ? answers['first-symptoms'] : null
  const rate =
    date && onset ? deltaFs({ total: scored.value.total, symptomOnset: onset, assessedOn: date }) : null
  const dfs = rate && rate.ok ? roundRate(rate.value) : null
  return {
    date,
    score: scored.value,
    kings: kingsStage(scored.value),
    mitos: mitosStage(scored.value),
    deltaFs: dfs,
    progression: dfs === null ? null : progressionCategory(dfs),
  }
}
