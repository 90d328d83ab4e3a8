import { calendarDateIn } from '#domain/shared/calendar-date.ts'
import type { TrialForOffer } from '#domain/trials/trial-for-offer.ts'
import { trialMismatches } from '#domain/trials/trial-mismatch.ts'
import type { Db } from '../../db/client.ts'
import { trialStore } from '../../stores/trial-store.ts'
import { lexiconFile } from '../catalogue/search-lexicon.ts'

// Each offer's claimed trial, read from the imported registry records and
// checked against the offer (ADR 0055).

export type OfferWithClaimedTrial = {
  id: string
  trial: Record<string, unknown> | null
  conditionId: string
  conditionName: string
  providerName: string
  providerCity: string
  providerCountry: string
}

/** Every name of a condition the site knows, in every language (content/search/lexicon.json). */
function conditionNames(conditionId: string, conditionName: string): string[] {
  const entry = lexiconFile.conditions[conditionId] ?? {}
  const names = Object.values(entry).flatMap((v) => (Array.isArray(v) ? v.map(String) : []))
  return [conditionName, conditionName.replace(/\s*\(.*\)\s*$/, ''), ...names]
}

export const claimedRegistryId = (trial: Record<string, unknown> | null): string | null =>
  trial && typeof trial.registryId === 'string' && trial.registryId.trim() !== ''
    ? trial.registryId.trim().toUpperCase()
    : null

/** The claimed trial of each offer that names one, by offer id. */
export async function trialsForOffers(
  db: Db,
  offers: readonly OfferWithClaimedTrial[],
  now: Date,
): Promise<Map<string, TrialForOffer>> {
  const claimed = offers.flatMap((o) => {
    const registryId = claimedRegistryId(o.trial)
    return registryId ? [{ offer: o, registryId }] : []
  })
  const stored = await trialStore(db).find([...new Set(claimed.map((c) => c.registryId))])
  const today = calendarDateIn(now, 'UTC')
  return new Map(
    claimed.map(({ offer, registryId }) => {
      const found = stored.get(registryId)
      const fetchedOn = found ? calendarDateIn(found.fetchedAt, 'UTC') : null
      const flags = trialMismatches(
        {
          registryId,
          providerName: offer.providerName,
          providerCity: offer.providerCity,
          providerCountry: offer.providerCountry,
          conditionNames: conditionNames(offer.conditionId, offer.conditionName),
        },
        found && fetchedOn ? { record: found.record, fetchedOn } : null,
        today,
      )
      const r = found?.record
      const view: TrialForOffer = {
        registryId,
        record:
          r && fetchedOn
            ? {
                registry: r.registry,
                title: r.title,
                status: r.status,
                lastKnownStatus: r.lastKnownStatus,
                phases: r.phases,
                conditions: r.conditions,
                sites: r.sites.map((s) => ({ facility: s.facility, city: s.city, country: s.country })),
                sponsor: r.sponsor,
                registered: r.dates.registered,
                registeredProspectively: r.india?.registeredProspectively ?? null,
                regulatoryClearance: r.india?.regulatoryClearance ?? null,
                fetchedOn,
              }
            : null,
        flags,
      }
      return [offer.id, view]
    }),
  )
}
