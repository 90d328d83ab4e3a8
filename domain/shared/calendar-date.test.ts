import { expect, test } from 'vitest'
import { calendarDateIn, daysBetween, parseCalendarDate, type CalendarDate } from './calendar-date.ts'

test.each(['2031-03-14', '2032-02-29', '2030-12-31'])('%s is a day', (raw) => {
  expect(parseCalendarDate(raw)).toBe(raw)
})

test.each(['2031-02-29', '2031-13-01', '2031-04-31', '2031-3-14', ' 2031-03-14', '', 20310314, null])(
  '%j is not a day',
  (raw) => {
    expect(parseCalendarDate(raw)).toBeNull()
  },
)

test('the same instant is a different day on either side of the world', () => {
  const at = new Date('2031-03-14T20:00:00Z')
  expect(calendarDateIn(at, 'Europe/London')).toBe('2031-03-14')
  expect(calendarDateIn(at, 'Asia/Kolkata')).toBe('2031-03-15')
  expect(calendarDateIn(new Date('2031-03-15T03:00:00Z'), 'America/Los_Angeles')).toBe('2031-03-14')
})

test('days between dates count across a month end and a leap day', () => {
  const d = (s: string) => s as CalendarDate
  expect(daysBetween(d('2031-03-14'), d('2031-04-01'))).toBe(18)
  expect(daysBetween(d('2032-02-28'), d('2032-03-01'))).toBe(2)
  expect(daysBetween(d('2031-03-14'), d('2031-03-13'))).toBe(-1)
})

test('a day typed in Arabic-Indic, Persian or Devanagari digits is the same day, kept in ASCII digits', () => {
  expect(parseCalendarDate('٢٠٣١-٠٣-١٤')).toBe('2031-03-14')
  expect(parseCalendarDate('۲۰۳۱-۰۳-۱۴')).toBe('2031-03-14')
  expect(parseCalendarDate('२०३१-०३-१४')).toBe('2031-03-14')
  expect(parseCalendarDate('٢٠٣١-٠٢-٣٠')).toBeNull()
})
