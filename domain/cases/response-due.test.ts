import fc from 'fast-check'
import { expect, test } from 'vitest'
import { responseDue, sentBeforeIsOverdue } from './response-due.ts'

test.each([
  ['2026-12-01T10:00:00Z', '2026-12-02T10:00:00Z'], // Tuesday → Wednesday
  ['2026-12-04T10:00:00Z', '2026-12-07T10:00:00Z'], // Friday → Monday
  ['2026-12-05T10:00:00Z', '2026-12-08T00:00:00Z'], // Saturday → the end of Monday
  ['2026-12-06T23:59:00Z', '2026-12-08T00:00:00Z'], // Sunday → the end of Monday
])('a case sent %s is due by %s', (sent, due) => {
  expect(responseDue(new Date(sent)).toISOString()).toBe(new Date(due).toISOString())
})

test('a later sending is never due earlier', () => {
  const instant = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
  fc.assert(
    fc.property(instant, fc.integer({ min: 0, max: 3 * 24 * 3600 * 1000 }), (sent, later) => {
      expect(responseDue(new Date(sent.getTime() + later)) >= responseDue(sent)).toBe(true)
    }),
  )
})

test('a case is overdue exactly when it was sent before the bound', () => {
  const instant = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
  fc.assert(
    fc.property(instant, fc.integer({ min: 0, max: 9 * 24 * 3600 * 1000 }), (now, ago) => {
      const sent = new Date(now.getTime() - ago)
      const overdue = responseDue(sent) < now
      expect(sent < sentBeforeIsOverdue(now)).toBe(overdue)
    }),
    { numRuns: 2000 },
  )
})

test('a case sent at the very start of Sunday is not overdue early on Monday', () => {
  const now = new Date('2026-05-25T00:00:00.001Z')
  expect(responseDue(new Date('2026-05-24T00:00:00Z')) < now).toBe(false)
  expect(new Date('2026-05-24T00:00:00Z') < sentBeforeIsOverdue(now)).toBe(false)
})
