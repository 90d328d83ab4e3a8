import { expect, test } from 'vitest'
import { responseDue } from './response-due.ts'

test.each([
  ['2026-12-01T10:00:00Z', '2026-12-03T10:00:00Z'], // Tuesday → Thursday
  ['2026-12-04T10:00:00Z', '2026-12-08T10:00:00Z'], // Friday → Tuesday
  ['2026-12-05T10:00:00Z', '2026-12-08T10:00:00Z'], // Saturday → Tuesday
])('a case sent %s is due by %s', (sent, due) => {
  expect(responseDue(new Date(sent)).toISOString()).toBe(new Date(due).toISOString())
})
