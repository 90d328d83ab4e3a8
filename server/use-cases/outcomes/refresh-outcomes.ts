import { cohortFigures } from '#domain/outcomes/cohort-figures.ts'
import { storedOutcome } from '#domain/outcomes/registry-cohorts.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import { replaceOutcomeFigures } from '../../stores/outcome-store.ts'
import { registryCohorts } from './registry-cohorts.ts'
import type { ScoreReader } from './registry-scores.ts'

export type RefreshSummary = { cohorts: number; shown: number; read: number; skipped: number }

/**
 * The `outcomes.refresh` job (daily; ADR 0067): recompute every cohort's
 * figures for today (UTC) with the pure `cohortFigures`, replace the stored
 * rows, then purge every instance's cached public pages (ADR 0056) so the
 * registry page shows the new figures at once. `providerIds` limits the run
 * to those providers (tests, an operator re-running one clinic).
 */
export async function refreshOutcomeFigures(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'keys'>,
  options: { providerIds?: readonly string[]; scores?: ScoreReader } = {},
): Promise<RefreshSummary> {
  const now = deps.clock.now()
  const asOf = now.toISOString().slice(0, 10)
  const { cohorts, read, skipped } = await registryCohorts(deps, asOf, options)
  const figures = cohorts.map((c) => ({
    providerId: c.providerId,
    offerId: c.offerId,
    outcome: storedOutcome(cohortFigures(c.patients, asOf)),
  }))
  const touched = await replaceOutcomeFigures(deps.db, figures, { on: asOf, at: now }, options.providerIds)
  if (touched.length > 0) await publishListingChange(deps.db, touched)
  return { cohorts: figures.length, shown: figures.filter((f) => f.outcome.shown).length, read, skipped }
}
