import { expect, test } from 'vitest'
import { digestDue, digestOf } from './daily-digest.ts'

test.each([
  // 07:30 UTC is 10:30 in Amman: due, once that day.
  ['2026-12-04T07:30:00Z', 'Asia/Amman', null, true, '2026-12-04'],
  ['2026-12-04T07:30:00Z', 'Asia/Amman', '2026-12-04', false, '2026-12-04'],
  // …and 02:30 in New York: not yet.
  ['2026-12-04T07:30:00Z', 'America/New_York', null, false, '2026-12-04'],
  ['2026-12-04T13:00:00Z', 'America/New_York', '2026-12-03', true, '2026-12-04'],
  // Late in the UTC day it is already tomorrow in Tokyo, and past eight.
  ['2026-12-04T23:30:00Z', 'Asia/Tokyo', '2026-12-04', true, '2026-12-05'],
  // An unknown zone counts as UTC.
  ['2026-12-04T08:00:00Z', 'Mars/Olympus', null, true, '2026-12-04'],
  ['2026-12-04T07:59:00Z', 'Mars/Olympus', null, false, '2026-12-04'],
] as const)('at %s in %s, last sent %s: due %s on %s', (now, zone, last, due, localDate) => {
  expect(digestDue(new Date(now), zone, last)).toEqual({ due, localDate })
})

test('a day with nothing overdue and nothing new sends no digest', () => {
  expect(digestOf([], [])).toBeNull()
  expect(digestOf(['WP-BBBBBB', 'WP-AAAAAA'], [])).toEqual({ overdue: ['WP-AAAAAA', 'WP-BBBBBB'], fresh: [] })
})
