import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { addMonths, adjustFollowUpSchedule, defaultFollowUpSchedule } from './follow-up-schedule.ts'

const d = (s: string) => s as CalendarDate

describe('the follow-up schedule', () => {
  it('plans 1, 3, 6 and 12 months, then every 6 months to five years', () => {
    const plan = defaultFollowUpSchedule(d('2027-01-31'))
    expect(plan.map((v) => v.monthsAfter)).toEqual([1, 3, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60])
    // 31 January plus a month is the last day of February, not 3 March.
    expect(plan.slice(0, 4).map((v) => v.dueOn)).toEqual([
      '2027-02-28',
      '2027-04-30',
      '2027-07-31',
      '2028-01-31',
    ])
  })

  it('adds months across a leap day and a year end', () => {
    expect(addMonths(d('2027-11-30'), 3)).toBe('2028-02-29')
    expect(addMonths(d('2027-12-15'), 1)).toBe('2028-01-15')
  })

  it('accepts a moved visit and refuses dates that are unreal, too early or out of order', () => {
    const end = d('2027-03-01')
    expect(adjustFollowUpSchedule(end, [{ monthsAfter: 1, dueOn: '2027-04-10' }]).ok).toBe(true)
    expect(adjustFollowUpSchedule(end, [{ monthsAfter: 1, dueOn: '2027-02-30' }])).toEqual({
      ok: false,
      error: { problem: 'date-invalid', index: 0 },
    })
    expect(adjustFollowUpSchedule(end, [{ monthsAfter: 1, dueOn: '2027-03-01' }])).toMatchObject({
      error: { problem: 'before-treatment-end' },
    })
    expect(
      adjustFollowUpSchedule(end, [
        { monthsAfter: 3, dueOn: '2027-06-01' },
        { monthsAfter: 6, dueOn: '2027-05-01' },
      ]),
    ).toMatchObject({ error: { problem: 'not-in-order', index: 1 } })
    expect(adjustFollowUpSchedule(end, [])).toMatchObject({ error: { problem: 'empty' } })
  })
})
