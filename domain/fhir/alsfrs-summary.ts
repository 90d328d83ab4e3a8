import { deltaFs, roundRate } from '../alsfrs/delta-fs.ts'
import { itemIds, type ItemId, type ItemScore } from '../alsfrs/items.ts'
import { kingsStage, type KingsStage } from '../alsfrs/kings-stage.ts'
import { mitosStage, type MitosDomain, type MitosStage } from '../alsfrs/mitos-stage.ts'
import { progressionCategory, type ProgressionCategory } from '../alsfrs/progression-category.ts'
import { scoreAlsfrs, type AlsfrsScore, type ScoreAlsfrsError } from '../alsfrs/score.ts'
import type { CaseExport } from './case-export.ts'

// What the export says about an ALSFRS-R, derived once with the domain/alsfrs
// rules so the FHIR Bundle and the PDF summary show the same numbers.
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

export function summariseAlsfrs(x: CaseExport): AlsfrsSummary | null {
  const alsfrs = x.alsfrs
  if (!alsfrs) return null
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
  if (score && x.condition.firstSymptomsDate) {
    const computed = deltaFs({
      total: score.total,
      symptomOnset: x.condition.firstSymptomsDate,
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
