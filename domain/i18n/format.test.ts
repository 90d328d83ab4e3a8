import { describe, expect, test } from 'vitest'
import { formatCalendarDate, formatMoney, formatMoneyAmount, isolated } from './format.ts'

// Days recorded as calendar dates (an assessment, a session, a discharge) are
// read in the viewer's language, never as the ISO string the form took.
describe('a calendar date', () => {
  test.each([
    ['en', '5 December 2026'],
    ['fr', '5 décembre 2026'],
  ] as const)('in %s reads as a day, month and year', (locale, expected) => {
    expect(formatCalendarDate(locale, '2026-12-05')).toBe(expected)
  })

  test('in Arabic names the month in Arabic', () => {
    const text = formatCalendarDate('ar', '2026-12-05')
    expect(text).toContain('ديسمبر')
    expect(text).not.toContain('2026-12-05')
  })

  test('is the same day whatever the zone: the first of the month stays the first', () => {
    expect(formatCalendarDate('en', '2027-01-01')).toBe('1 January 2027')
  })

  test('something that is not a real day is shown as written, not as an error', () => {
    expect(formatCalendarDate('en', '2026-02-30')).toBe('2026-02-30')
    expect(formatCalendarDate('en', '')).toBe('')
  })
})

describe('text set apart from the sentence around it', () => {
  test('is wrapped in a first-strong isolate, so Latin text in Arabic keeps its own direction', () => {
    expect(isolated('Delhi airport, Terminal 3')).toBe('\u2068Delhi airport, Terminal 3\u2069')
  })
})

describe('an amount of money inside a right-to-left sentence', () => {
  test('Arabic keeps "US$" after the number, isolated left to right, so the dollar sign is not carried past the letters', () => {
    for (const text of [formatMoneyAmount('ar', 552.21, 'USD'), formatMoney('ar', 55221, 'USD', 2)]) {
      expect(text.startsWith('\u2066') && text.endsWith('\u2069')).toBe(true)
      expect(text).not.toContain('\u200f')
      expect(text).toMatch(/US\$/)
    }
  })

  test('left-to-right languages get the amount as Intl writes it', () => {
    expect(formatMoneyAmount('en', 552.21, 'USD')).toBe('US$552.21')
  })
})
