import { expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { partialDateText } from './partial-date-text.ts'

test('a registry date keeps its precision in every language', () => {
  expect(partialDateText('en', { precision: 'day', date: '2025-05-14' as CalendarDate })).toBe('14 May 2025')
  expect(partialDateText('en', { precision: 'month', date: '2025-05' })).toBe('May 2025')
  expect(partialDateText('fr', { precision: 'month', date: '2025-05' })).toBe('mai 2025')
  expect(partialDateText('en', { precision: 'year', date: '2021' })).toBe('2021')
})
