import { eq } from 'drizzle-orm'
import type { UserId } from '#domain/shared/ids.ts'
import { provider, providerStaff } from '../../db/schema/app.ts'
import type { Runtime } from '../../runtime.ts'

export async function clinicMembershipsOf(rt: Runtime, userId: UserId) {
  return rt.database.db
    .select({
      providerId: provider.id,
      name: provider.name,
      isDemo: provider.isDemo,
      reviewStatus: provider.reviewStatus,
      title: providerStaff.title,
    })
    .from(providerStaff)
    .innerJoin(provider, eq(provider.id, providerStaff.providerId))
    .where(eq(providerStaff.userId, userId))
}
