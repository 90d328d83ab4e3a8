import { asc } from 'drizzle-orm'
import { provider } from '../../db/schema/app.ts'
import type { Runtime } from '../../runtime.ts'

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
    .from(provider)
    .orderBy(asc(provider.name))
    .limit(12)
}
