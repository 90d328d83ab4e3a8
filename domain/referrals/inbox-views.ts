import { referralStatuses, type ReferralStatus } from './referral.ts'
import { waitingOn } from './waiting-on.ts'

// A clinic's referral inbox in the views its desk works by (issue 15): what
// came in and nobody at the clinic has opened, what waits on the clinic,
// what waits on the family, and what the clinic has answered or that has
// ended. Every referral is in exactly one of the four; "all" shows them all.

export const inboxViews = ['all', 'new', 'waiting-on-us', 'waiting-on-family', 'answered'] as const
export type InboxView = (typeof inboxViews)[number]
export type InboxGroup = Exclude<InboxView, 'all'>

/** The one group a referral in `status` is in. */
export function inboxGroupOf(status: ReferralStatus): InboxGroup {
  if (status === 'sent') return 'new'
  switch (waitingOn(status)) {
    case 'clinic':
      return 'waiting-on-us'
    case 'family':
      return 'waiting-on-family'
    case 'nobody':
      return 'answered'
  }
}

/** The statuses a view shows; every status for "all". */
export function statusesInView(view: InboxView): readonly ReferralStatus[] {
  return view === 'all' ? referralStatuses : referralStatuses.filter((s) => inboxGroupOf(s) === view)
}

export type InboxFilters = { view: InboxView; page: number }

/** How many rows a page of the inbox shows: as many as the coordinator's queue. */
export const INBOX_PAGE_SIZE = 25
const MAX_PAGE = 1000

/** The view and page a query string asks for; anything the page's links cannot produce counts as not given. */
export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const view = params.get('view')
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    view: (inboxViews as readonly (string | null)[]).includes(view) ? (view as InboxView) : 'all',
    page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The last page of a view holding `count` referrals (the first, when it holds none). */
export function lastInboxPage(count: number): number {
  return Math.min(MAX_PAGE, Math.max(1, Math.ceil(count / INBOX_PAGE_SIZE)))
}

/** Whether a later page may be asked for: there are more rows, and the page after is one the links can name. */
export function hasNextInboxPage(page: number, moreRows: boolean): boolean {
  return moreRows && page < MAX_PAGE
}

/** The query string of `page` of `view` (the first page of "all" has none). */
export function inboxQuery(view: InboxView, page = 1): string {
  const params = new URLSearchParams()
  if (view !== 'all') params.set('view', view)
  if (page > 1) params.set('page', String(page))
  return params.toString()
}

/** Each view's count, from counts by status. */
export function inboxViewCounts(
  byStatus: readonly { status: ReferralStatus; count: number }[],
): Record<InboxView, number> {
  const counts: Record<InboxView, number> = {
    all: 0,
    new: 0,
    'waiting-on-us': 0,
    'waiting-on-family': 0,
    answered: 0,
  }
  for (const { status, count } of byStatus) {
    counts.all += count
    counts[inboxGroupOf(status)] += count
  }
  return counts
}
