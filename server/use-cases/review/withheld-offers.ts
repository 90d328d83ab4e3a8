import { asc, eq, inArray } from 'drizzle-orm'
import { withheldVerdicts } from '#domain/listing/public-verdicts.ts'
import type { StoredReason } from '#domain/listing/types.ts'
import { provider } from '../../db/schema/app.ts'
import { offer } from '../../db/schema/catalogue.ts'
import type { Runtime } from '../../runtime.ts'

/** For reviewers and admins only: offers the policy keeps off public pages, with every reason. */
export async function listWithheldOffers(rt: Runtime) {
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
    })
    .from(offer)
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .where(inArray(offer.verdict, [...withheldVerdicts]))
    .orderBy(asc(offer.verdict), asc(provider.name))
  return rows.map((r) => ({ ...r, reasons: r.reasons as StoredReason[] }))
}
