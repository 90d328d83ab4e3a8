import { expect, test } from 'vitest'
import {
  hasNextInboxPage,
  INBOX_PAGE_SIZE,
  inboxGroupOf,
  lastInboxPage,
  inboxQuery,
  inboxViewCounts,
  inboxViews,
  parseInboxFilters,
  statusesInView,
} from './inbox-views.ts'
import { referralStatuses } from './referral.ts'

test('a referral nobody at the clinic opened is new; then it waits on the clinic or the family until it ends', () => {
  expect(Object.fromEntries(referralStatuses.map((s) => [s, inboxGroupOf(s)]))).toEqual({
    sent: 'new',
    opened: 'waiting-on-us',
    evaluating: 'waiting-on-us',
    'information-requested': 'waiting-on-family',
    'information-provided': 'waiting-on-us',
    'plan-proposed': 'waiting-on-family',
    'not-eligible': 'answered',
    'declined-by-clinic': 'answered',
    accepted: 'answered',
    'declined-by-patient': 'answered',
    expired: 'answered',
    withdrawn: 'answered',
    closed: 'answered',
  })
})

test('the four groups share out every status once, and "all" shows every status', () => {
  const grouped = inboxViews.filter((v) => v !== 'all').flatMap((v) => statusesInView(v))
  expect(grouped.toSorted()).toEqual([...referralStatuses].toSorted())
  expect(statusesInView('all')).toEqual(referralStatuses)
})

test('counts by status add up per view, and "all" is their sum', () => {
  expect(
    inboxViewCounts([
      { status: 'sent', count: 3 },
      { status: 'opened', count: 2 },
      { status: 'information-provided', count: 1 },
      { status: 'plan-proposed', count: 4 },
      { status: 'closed', count: 5 },
    ]),
  ).toEqual({ all: 15, new: 3, 'waiting-on-us': 3, 'waiting-on-family': 4, answered: 5 })
  expect(inboxViewCounts([]).all).toBe(0)
})

test('a view or page the links cannot produce reads as the first page of all', () => {
  expect(parseInboxFilters(new URLSearchParams('view=new&page=3'))).toEqual({ view: 'new', page: 3 })
  for (const bad of ['view=sent', 'view=', 'page=0', 'page=-2', 'page=1e9999', 'page=abc', 'view=ALL'])
    expect(parseInboxFilters(new URLSearchParams(bad))).toMatchObject({
      view: bad.startsWith('view') ? 'all' : expect.any(String),
      page: 1,
    })
  expect(parseInboxFilters(new URLSearchParams('page=99999')).page).toBe(1000)
})

test('the links of a view keep it across pages, and the first page of all is the bare inbox', () => {
  expect(inboxQuery('all')).toBe('')
  expect(inboxQuery('all', 2)).toBe('page=2')
  expect(inboxQuery('waiting-on-us', 1)).toBe('view=waiting-on-us')
  expect(inboxQuery('answered', 3)).toBe('view=answered&page=3')
})

test('a view has a last page (the first when it is empty), and no page after the last the links can name', () => {
  expect(lastInboxPage(0)).toBe(1)
  expect(lastInboxPage(INBOX_PAGE_SIZE)).toBe(1)
  expect(lastInboxPage(INBOX_PAGE_SIZE + 1)).toBe(2)
  expect(lastInboxPage(59)).toBe(3)
  expect(lastInboxPage(10 ** 9)).toBe(1000)
  expect(hasNextInboxPage(3, true)).toBe(true)
  expect(hasNextInboxPage(3, false)).toBe(false)
  expect(hasNextInboxPage(1000, true)).toBe(false)
})
