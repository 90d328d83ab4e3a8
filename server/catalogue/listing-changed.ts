import { sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { refreshProviderListings } from '../use-cases/catalogue/refresh-listings.ts'

/** The PostgreSQL channel every app instance listens on (listing-change-listener.ts, ADR 0056). */
export const LISTING_CHANGED_CHANNEL = 'waypoint_listing_changed'

// Counted on globalThis: the server and the React Router build may each load
// this module, and a change published through either must reach both.
const processListingChanges: { count: number } = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('waypoint.processListingChanges')
] ??= { count: 0 }) as { count: number }

/**
 * How many listing changes this process has published. A cache of listing
 * data compares it, beside the change notices, so the instance that made a
 * change never serves what the change withdrew (ADR 0077).
 */
export function listingChangesPublishedHere(): number {
  return processListingChanges.count
}

/**
 * The one step after anything that changes what public pages may show (a
 * verdict, a review decision, an expired credential, a withdrawn offer): the
 * providers' search rows are rebuilt, then every instance, this one
 * included, is told to drop its cached public pages. Call it after the change
 * has committed, so an instance that re-renders on receipt reads the new rows.
 *
 * `providerIds` names the providers whose listings changed; without it every
 * listing is rebuilt. The purge is announced even when the rebuild fails: the
 * change it follows is already committed, and a page must not outlive it.
 */
export async function publishListingChange(db: Db, providerIds?: readonly string[]): Promise<void> {
  let failure: unknown = null
  try {
    if (!providerIds) await refreshProviderListings(db)
    else if (providerIds.length > 0) await refreshProviderListings(db, [...new Set(providerIds)])
  } catch (error) {
    failure = error
  }
  // This process forgets what it read of the listings at once, before any
  // notice comes back: its next search reads the rows just committed.
  processListingChanges.count++
  // The payload is only a count: every instance drops its whole public cache
  // (a search or compare page can show any provider), and a NOTIFY payload
  // must stay under 8000 bytes whatever the number of providers.
  const payload = JSON.stringify({ providers: providerIds ? providerIds.length : 'all' })
  await db.execute(sql`select pg_notify(${LISTING_CHANGED_CHANNEL}, ${payload})`)
  if (failure) throw failure
}
