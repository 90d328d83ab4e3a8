import { expect, test } from 'vitest'
import {
  nameWords,
  parseQueueFilters,
  queueQuery,
  queueRowWaitsOn,
  queueSearch,
  queueStages,
  waitingBoundsOf,
} from './queue-filters.ts'
import { statusesWaitingOn } from '../referrals/waiting-on.ts'

test('an empty query string asks for the whole queue, longest waiting first', () => {
  expect(parseQueueFilters({})).toEqual({
    stage: null,
    country: null,
    condition: null,
    assigned: null,
    overdue: false,
    waiting: null,
    sort: 'longest-waiting',
    q: '',
    page: 1,
  })
})

test.each([
  ['stage', 'inquiry'], // not sent yet: not in the queue
  ['stage', 'closed'],
  ['assigned', 'someone'],
  ['waiting', 'nobody'],
  ['country', 'IND'],
  ['condition', '../x'],
  ['sort', 'random'],
])('%s=%s is not a filter the form offers, so it is ignored', (name, value) => {
  expect(parseQueueFilters({ [name]: value })).toEqual(parseQueueFilters({}))
})

test('every filter the form offers is read', () => {
  const filters = parseQueueFilters({
    stage: 'under-evaluation',
    country: 'in',
    condition: 'als',
    assigned: 'unassigned',
    overdue: '1',
    waiting: 'clinic',
    sort: 'newest',
    q: 'Amal',
    page: '3',
  })
  expect(filters).toMatchObject({ stage: 'under-evaluation', country: 'IN', condition: 'als', page: 3 })
  expect(parseQueueFilters(Object.fromEntries(new URLSearchParams(queueQuery(filters, 3))))).toEqual(filters)
})

test.each(['0', '-2', 'x', ''])('page %s is the first page', (page) => {
  expect(parseQueueFilters({ page }).page).toBe(1)
})

test.each([
  ['WP-7K3M9Q', 'WP-7K3M9Q'],
  ['wp 7k3m9q', 'WP-7K3M9Q'],
  [' wp7k3m9q ', 'WP-7K3M9Q'],
  ['WP-DEMO02', 'WP-DEMO02'],
  ['wbrzw7', 'WP-WBRZW7'],
  ['7K3M9Q', 'WP-7K3M9Q'],
  ['WP7K3M', 'WP-WP7K3M'], // bare letters that begin like the prefix
])('%j is a case reference', (q, reference) => {
  expect(queueSearch(q)).toEqual({ kind: 'reference', reference })
})

test.each([
  ['Zoë  DUPONT', ['zoe', 'dupont']],
  ['ZOE dupont', ['zoe', 'dupont']],
  ['أحمد الحسيني', ['احمد', 'الحسيني']],
  ['إحمد', ['احمد']],
  ['Ａｍａｌ', ['amal']], // full-width letters, NFKC
])('the name %j is searched as %j', (q, words) => {
  expect(queueSearch(q)).toEqual({ kind: 'name', words })
})

test('a name keeps each word once', () => {
  expect(nameWords('Marie marie MARIE-Claire')).toEqual(['marie', 'claire'])
})

test('a sent case no clinic has yet waits on the coordinator; a referral’s side comes first', () => {
  const row = { waitingOnClinic: false, waitingOnFamily: false, stage: 'records-submitted' } as const
  expect(queueRowWaitsOn(row)).toBe('coordinator')
  expect(queueRowWaitsOn({ ...row, waitingOnClinic: true })).toBe('clinic')
  expect(queueRowWaitsOn({ ...row, stage: 'under-evaluation', waitingOnFamily: true })).toBe('family')
  expect(queueRowWaitsOn({ ...row, stage: 'in-treatment' })).toBeNull()
})

test('a case every clinic has said no to waits on the coordinator, not on nobody', () => {
  const ended = { waitingOnClinic: false, waitingOnFamily: false } as const
  expect(queueRowWaitsOn({ ...ended, stage: 'under-evaluation' })).toBe('coordinator')
  // A plan the family declined, or that lapsed, ends its referral too.
  expect(queueRowWaitsOn({ ...ended, stage: 'plan-proposed' })).toBe('coordinator')
  expect(queueRowWaitsOn({ ...ended, stage: 'plan-proposed', waitingOnFamily: true })).toBe('family')
})

test('typed text with nothing a name or reference holds finds nothing, not every case', () => {
  for (const typed of ['%', "'", '--', '_']) expect(queueSearch(typed)).toEqual({ kind: 'nothing' })
  expect(queueSearch('   ')).toEqual({ kind: 'none' })
})

test('six letters of the references’ alphabet may be either a reference or a name: both are asked', () => {
  expect(queueSearch('krtxzm')).toEqual({
    kind: 'reference-or-name',
    reference: 'WP-KRTXZM',
    words: ['krtxzm'],
  })
  expect(queueSearch('SHARMA')).toEqual({
    kind: 'reference-or-name',
    reference: 'WP-SHARMA',
    words: ['sharma'],
  })
  // A letter no reference has (I, L, O) makes it a name only.
  expect(queueSearch('Khalil')).toEqual({ kind: 'name', words: ['khalil'] })
})

test('"waiting on us" finds what its rows are labelled: the coordinators’ stages, no referral waiting on anyone else', () => {
  const asked = waitingBoundsOf('coordinator', queueStages)
  expect(asked.stages).toEqual(['records-submitted', 'under-evaluation', 'plan-proposed'])
  expect(asked.withStatuses).toBeNull()
  expect(new Set(asked.withoutStatuses)).toEqual(
    new Set([...statusesWaitingOn('clinic'), ...statusesWaitingOn('family')]),
  )
  expect(waitingBoundsOf('coordinator', ['in-treatment']).stages).toEqual([])
  expect(waitingBoundsOf('clinic', queueStages)).toEqual({
    stages: [...queueStages],
    withStatuses: statusesWaitingOn('clinic'),
    withoutStatuses: null,
  })
  expect(waitingBoundsOf(null, queueStages).withStatuses).toBeNull()
  expect(parseQueueFilters({ waiting: 'coordinator' }).waiting).toBe('coordinator')
})
