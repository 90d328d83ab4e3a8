import { describe, expect, test } from 'vitest'
import { indiaRules } from '#tests/fixtures/visa-rules.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { familyIsEmailedOf, letterOutlastsVisa, type VisaStep } from './visa-status.ts'

describe('which visa steps the family is emailed about', () => {
  test.each<[VisaStep['type'], boolean]>([
    ['request-letter', false],
    ['upload-letter', true],
    ['visa-applied', false],
    ['visa-granted', true],
    ['visa-refused', true],
  ])('%s: %s', (step, emailed) => {
    expect(familyIsEmailedOf(step)).toBe(emailed)
  })
})

describe('the clinic’s letter against the visa', () => {
  const day = (d: string) => d as CalendarDate
  test('is flagged with its days when it spans longer than the visa lasts', () => {
    expect(letterOutlastsVisa({ arrival: day('2027-02-02'), departure: day('2027-04-30') }, indiaRules)).toBe(
      87,
    )
  })
  test('fits on the visa’s last day, and says nothing without both dates', () => {
    expect(
      letterOutlastsVisa({ arrival: day('2027-02-02'), departure: day('2027-04-03') }, indiaRules),
    ).toBeNull()
    expect(letterOutlastsVisa({ arrival: day('2027-02-02'), departure: null }, indiaRules)).toBeNull()
  })
})
