import { asc, eq, inArray } from 'drizzle-orm'
import { withheldVerdicts } from '#domain/listing/public-verdicts.ts'
import type { StoredReason } from '#domain/listing/types.ts'
import { provider } from '../../db/schema/app.ts'
import { condition, offer } from '../../db/schema/catalogue.ts'
import type { Runtime } from '../../runtime.ts'
import { trialsForOffers } from '../trials/offer-trials.ts'

/** For reviewers and admins only: offers the policy keeps off public pages, with every reason. */
export async function listWithheldOffers(rt: Runtime, now = new Date()) {
  const rows = await rt.database.db
    .select({
      id: offer.id,
      title: offer.title,
      verdict: offer.verdict,
      reasons: offer.verdictReasons,
      verdictAt: offer.verdictAt,
      providerName: provider.name,
      countryCode: provider.countryCode,
      isDemo: provider.isDemo,
      // For checking the offer's claimed trial against the registry.
      trial: offer.trial,
      conditionId: offer.conditionId,
      conditionName: condition.name,
      providerCity: provider.city,
    })
    .from(offer)
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .innerJoin(condition, eq(condition.id, offer.conditionId))
    .where(inArray(offer.verdict, [...withheldVerdicts]))
    .orderBy(asc(offer.verdict), asc(provider.name))
  const trials = await trialsForOffers(
    rt.database.db,
    rows.map((r) => ({ ...r, providerCountry: r.countryCode })),
    now,
  )
  return rows.map(({ trial: _, conditionId: _c, providerCity: _p, ...r }) => ({
    ...r,
    reasons: r.reasons as StoredReason[],
    registryTrial: trials.get(r.id) ?? null,
  }))
}
