import { describe, expect, test } from 'vitest'
import { dateExample, dateKindOf } from './date-examples.ts'
import { findQuestion } from './questions.ts'

const iso = ({ day, month, year }: { day: number; month: number; year: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

describe('the example under a date question', () => {
  test.each(['2026-12-03', '2027-02-28', '2031-05-31'])('is plausible for its question on %s', (today) => {
    const birth = dateExample(dateKindOf(findQuestion('date-of-birth')!), today)
    const age = Number(today.slice(0, 4)) - birth.year
    expect(age).toBeGreaterThanOrEqual(60)
    expect(age).toBeLessThanOrEqual(61)

    const symptoms = iso(dateExample(dateKindOf(findQuestion('first-symptoms')!), today))
    expect(symptoms < today).toBe(true)
    expect(symptoms > `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`).toBe(true)

    const travel = findQuestion('travel-window')!
    const from = iso(dateExample(dateKindOf(travel, 'from'), today))
    const to = iso(dateExample(dateKindOf(travel, 'to'), today))
    expect(from > today).toBe(true)
    expect(to > from).toBe(true)
    expect(to < `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`).toBe(true)
  })

  test('has a day no month number could be, so day and month cannot be mistaken', () => {
    for (const today of ['2026-12-07', '2026-01-01', '2026-03-12', '2026-05-31'])
      for (const kind of ['birth', 'recent-past', 'travel-from', 'travel-to'] as const)
        expect(dateExample(kind, today).day, `${kind} on ${today}`).toBeGreaterThan(12)
  })

  test('is always a real date', () => {
    for (const today of ['2026-01-31', '2026-03-31', '2028-02-29', '2026-08-31']) {
      for (const kind of ['birth', 'recent-past', 'travel-from', 'travel-to'] as const) {
        const e = dateExample(kind, today)
        const d = new Date(Date.UTC(e.year, e.month - 1, e.day))
        expect(d.getUTCDate()).toBe(e.day)
      }
    }
  })
})
