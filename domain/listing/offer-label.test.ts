import { describe, expect, test } from 'vitest'
import { offerLabel } from './offer-label.ts'

describe('what an offer is called', () => {
  test('a conditionally approved product is not called evidence-based care', () => {
    expect(offerLabel('standard-care', 'in-trials')).toBe('approved-unproven')
    expect(offerLabel('standard-care', 'unproven')).toBe('approved-unproven')
  })
  test('care with evidence behind it, and trials, keep their names', () => {
    expect(offerLabel('standard-care', 'standard-care')).toBe('standard-care')
    expect(offerLabel('standard-care', 'approved')).toBe('standard-care')
    expect(offerLabel('standard-care', null)).toBe('standard-care')
    expect(offerLabel('registered-trial', 'in-trials')).toBe('registered-trial')
  })
})
