import { describe, expect, test } from 'vitest'
import { familyIsEmailedOf, type VisaStep } from './visa-status.ts'

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
