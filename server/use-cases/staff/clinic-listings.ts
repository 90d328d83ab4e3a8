import { and, asc, eq, ne } from 'drizzle-orm'
import type { UserId } from '#domain/shared/ids.ts'
import type { StoredReason } from '#domain/listing/types.ts'
import { providerStaff } from '../../db/schema/app.ts'
import { offer } from '../../db/schema/catalogue.ts'
import type { Runtime } from '../../runtime.ts'

/** A clinic sees every listing of its own organisations it has not withdrawn, with the policy's verdict and reasons and the reviewers' decision. */
export async function listingsForClinicStaff(rt: Runtime, userId: UserId) {
  const rows = await rt.database.db
    .select({
      id: offer.id,
      title: offer.title,
      verdict: offer.verdict,
      reasons: offer.verdictReasons,
      reviewStatus: offer.reviewStatus,
      providerId: offer.providerId,
    })
    .from(offer)
    .innerJoin(providerStaff, eq(providerStaff.providerId, offer.providerId))
    .where(and(eq(providerStaff.userId, userId), ne(offer.reviewStatus, 'withdrawn')))
    .orderBy(asc(offer.title))
  return rows.map((r) => ({ ...r, reasons: r.reasons as StoredReason[] }))
}
