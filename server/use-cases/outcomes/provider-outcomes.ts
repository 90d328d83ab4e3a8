import type { StoredOutcome } from '#domain/outcomes/registry-cohorts.ts'
import type { Runtime } from '../../runtime.ts'
import { publicOutcomesOf } from '../../stores/outcome-store.ts'

export type OfferOutcome = {
  offerId: string
  title: string
  /** Null when no one has been treated with this offer through Waypoint yet: the page says the same as below the threshold. */
  computedOn: string | null
  outcome: StoredOutcome | null
}

/**
 * The public registry page of one provider: each offer it lists now, with
 * the figures the job stored. A provider no reviewer approved, or with
 * nothing public to offer, has no page (as its profile has none).
 */
export async function providerOutcomes(rt: Pick<Runtime, 'database'>, slug: string) {
  const found = await publicOutcomesOf(rt.database.db, slug)
  if (!found || found.offers.length === 0) return null
  return {
    provider: found.provider,
    offers: found.offers.map((o): OfferOutcome => ({
      offerId: o.offerId,
      title: o.title,
      computedOn: o.computedOn,
      outcome:
        o.shown === null || o.threshold === null
          ? null
          : o.shown && o.figures
            ? { shown: true, threshold: o.threshold, figures: o.figures }
            : { shown: false, threshold: o.threshold, figures: null },
    })),
  }
}
