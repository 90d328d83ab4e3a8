import { parseQueueFilters, queueStages } from '../../domain/cases/queue-filters.ts'
import { sessionReader } from '../../server/auth/session.ts'
import type { Runtime } from '../../server/runtime.ts'
import { referredCaseCounts, referredCases } from '../../server/stores/case-store.ts'
import {
  INBOX_PAGE_SIZE,
  inboxQuery,
  inboxViews,
  parseInboxFilters,
} from '../../domain/referrals/inbox-views.ts'
import { queueCounts, queuePage } from '../../server/stores/queue-store.ts'
import { queueQueryFor } from '../../server/use-cases/cases/case-lists.ts'

// "SQL alone" for bench:queue and profile-queue: every statement the queue
// page and the clinic inbox send the database for one request, in the order
// and with the overlap the page sends them, straight from this process. The
// page reads who is signed in (one statement), then its own statements; the
// filters' choices come from a one-minute cache, so they are not asked here.
// A statement the page runs and this leaves out would flatter the page's
// ratio to its SQL: keep the two in step.
/** The clinic inbox's requests a run asks in turn: the first and second page of each view. */
export const inboxRequests = inboxViews.flatMap((v) => [inboxQuery(v, 1), inboxQuery(v, 2)])

export function sqlAlone(rt: Runtime, authSecret: string) {
  const db = rt.database.db
  // The app under test runs with NODE_ENV=production: its session cookie has that name.
  const readSession = sessionReader({ db, secret: authSecret, production: true })
  const viewerOf = async (cookie: string) => {
    const viewer = await readSession(new Headers({ cookie }))
    if (!viewer) throw new Error('the session cookie names no session')
    return viewer
  }
  return {
    /** The coordinator's queue at `search` (the page's query string). */
    async queue(cookie: string, search: string): Promise<void> {
      const viewer = await viewerOf(cookie)
      const filters = parseQueueFilters(Object.fromEntries(new URLSearchParams(search)))
      const now = new Date()
      const { query, bounds } = queueQueryFor(rt.masterKey, viewer.id, filters, now)
      await Promise.all([queuePage(db, query, now, bounds), queueCounts(db, queueStages)])
    },
    /** A clinic member's inbox at `search` (the page's query string: a view and a page). */
    async inbox(cookie: string, search: string): Promise<void> {
      const viewer = await viewerOf(cookie)
      const { view, page } = parseInboxFilters(new URLSearchParams(search))
      await Promise.all([
        referredCases(db, viewer.id, view, {
          limit: INBOX_PAGE_SIZE + 1,
          offset: (page - 1) * INBOX_PAGE_SIZE,
        }),
        referredCaseCounts(db, viewer.id),
      ])
    },
  }
}
