import { asc, eq } from 'drizzle-orm'
import { provider } from '../../db/schema/app.ts'
import { providerListing } from '../../db/schema/catalogue.ts'
import type { Runtime } from '../../runtime.ts'

/**
 * The providers the home page shows: only those search can find, that is an
 * approved clinic with at least one public offer (provider_listing holds no
 * other, ADR 0052, 0056), never one still applying or one whose every offer
 * the policy holds back.
 */
export async function listProvidersForHome(rt: Runtime) {
  return rt.database.db
    .select({
      id: provider.id,
      slug: provider.slug,
      name: provider.name,
      kind: provider.kind,
      countryCode: provider.countryCode,
      city: provider.city,
      summary: provider.summary,
      isDemo: provider.isDemo,
    })
    .from(providerListing)
    .innerJoin(provider, eq(provider.id, providerListing.providerId))
    .orderBy(asc(provider.name))
    .limit(12)
}
