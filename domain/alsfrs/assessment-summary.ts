import { deltaFs, roundRate } from './delta-fs.ts'
import { itemIds, type ItemId, type ItemScore } from './items.ts'
import { kingsStage, type KingsStage } from './kings-stage.ts'
import { mitosStage, type MitosDomain, type MitosStage } from './mitos-stage.ts'
import { progressionCategory, type ProgressionCategory } from './progression-category.ts'
import { scoreAlsfrs, type AlsfrsScore, type ScoreAlsfrsError } from './score.ts'

// One ALSFRS-R assessment summed up with the rules of this folder: score,
// King's and MiToS stages, ΔFS and its category. The result page, the staff
// views, the FHIR Bundle and the PDF all read it, so they show the same numbers.
export type AlsfrsSummary = {
  date: string
  /** Answers that are whole numbers 0–4, in questionnaire order; anything else is left out. */
  answered: { id: ItemId; value: ItemScore }[]
  /** Present only when the questionnaire scores (complete, one form of item 5). */
  score: AlsfrsScore | null
  scoreError: ScoreAlsfrsError | null
  kings: KingsStage | null
  mitos: { stage: MitosStage; lost: MitosDomain[] } | null
  /** ΔFS, points per month, rounded to 2 decimals as shown; needs a score and a first-symptoms date. */
  deltaFs: number | null
  progression: ProgressionCategory | null
}

const isItemScore = (n: unknown): n is ItemScore =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 4

export function summariseAssessment(
  alsfrs: { date: string; answers: Partial<Record<ItemId, number>> },
  symptomOnset: string | undefined,
): AlsfrsSummary | null {
  const answered = itemIds.flatMap((id) => {
    const value = alsfrs.answers[id]
    return isItemScore(value) ? [{ id, value }] : []
  })
  if (answered.length === 0) return null

  // The form of item 5 that was answered decides, not `feedingTube`: the
  // intake asks 5b exactly when there is a tube, and a disagreement between
  // the two should not hide a score that is otherwise complete.
  const scored = scoreAlsfrs(alsfrs.answers)
  const score = scored.ok ? scored.value : null
  let rate: number | null = null
  if (score && symptomOnset) {
    const computed = deltaFs({
      total: score.total,
      symptomOnset,
      assessedOn: alsfrs.date,
    })
    if (computed.ok) rate = computed.value
  }
  return {
    date: alsfrs.date,
    answered,
    score,
    scoreError: scored.ok ? null : scored.error,
    kings: score ? kingsStage(score) : null,
    mitos: score ? mitosStage(score) : null,
    deltaFs: rate === null ? null : roundRate(rate),
    progression: rate === null ? null : progressionCategory(rate),
  }
}
