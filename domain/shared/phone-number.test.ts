import { describe, expect, test } from 'vitest'
import { dialableNumber, isInternationalNumber, isPhoneNumber } from './phone-number.ts'

describe('a phone number', () => {
  test('reads numbers as people write them, with a country code or without', () => {
    for (const n of ['+91 80 4000 1234', '+49 (0)30 1234567', '080-4000-1234', '+962.6.555.0100', '123456'])
      expect(isPhoneNumber(n), n).toBe(true)
  })

  test('refuses words, too few or too many digits, and letters among the digits', () => {
    for (const n of ['not a phone', '', '12345', '+1234567890123456', '+91 80 CALL NOW', '++91 80 4000 1234'])
      expect(isPhoneNumber(n), n).toBe(false)
  })

  test('a country code in brackets, or digits typed on an Arabic keyboard, are a number too', () => {
    for (const n of ['(+962) 79-123-4567', '+٩٦٢ ٧ ٩١٢٣ ٤٥٦٧', '۰۸۰-۴۰۰۰-۱۲۳۴'])
      expect(isPhoneNumber(n), n).toBe(true)
    expect(dialableNumber(' +٩٦٢ ٧ ٩١٢٣ ٤٥٦٧ ')).toBe('+962 7 9123 4567')
    expect(isPhoneNumber('((+962) 79')).toBe(false)
  })

  test('a number to reach from abroad carries its country code', () => {
    for (const n of ['+962 7 9123 4567', '(+962) 79-123-4567', '00962 7 9123 4567', '+٩٦٢ ٧ ٩١٢٣ ٤٥٦٧'])
      expect(isInternationalNumber(n), n).toBe(true)
    for (const n of ['0791234567', '079 123 4567', '(079) 123 4567', 'call me'])
      expect(isInternationalNumber(n), n).toBe(false)
  })
})
