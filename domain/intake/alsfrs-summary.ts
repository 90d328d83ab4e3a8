import { itemIds } from '../alsfrs/items.ts'
import type { Answers } from '../alsfrs/score.ts'
import { summariseAssessment, type AlsfrsSummary as Summary } from '../alsfrs/assessment-summary.ts'
import type { IntakeAnswers } from './questions.ts'

// The intake's ALSFRS-R answers (stored as `alsfrs-<item>`), summed up by the
// same function the export uses; null until the questionnaire scores.
/** A questionnaire that scores: total, stages and (with both dates) ΔFS. */
export type AlsfrsSummary = Summary & {
  score: NonNullable<Summary['score']>
  kings: NonNullable<Summary['kings']>
  mitos: NonNullable<Summary['mitos']>
}

export function alsfrsAnswersOf(answers: IntakeAnswers): Answers {
  const out: Answers = {}
  for (const id of itemIds) {
    const v = answers[`alsfrs-${id}`]
    if (typeof v === 'string') out[id] = Number(v)
  }
  return out
}

export function alsfrsSummary(
  answers: IntakeAnswers,
): (AlsfrsSummary & { score: NonNullable<AlsfrsSummary['score']> }) | null {
  const date = answers['alsfrs-date']
  if (typeof date !== 'string') return null
  const onset = answers['first-symptoms']
  const summary = summariseAssessment(
    { date, answers: alsfrsAnswersOf(answers) },
    typeof onset === 'string' ? onset : undefined,
  )
  return summary?.score && summary.kings && summary.mitos
    ? { ...summary, score: summary.score, kings: summary.kings, mitos: summary.mitos }
    : null
}
