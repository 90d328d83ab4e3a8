import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { currencyCodes, type CurrencyCode } from './currencies.ts'
import { MAX_MINOR, parsePrice, sumMinor, toDecimalString } from './money.ts'

const money = (currency: string, minor: number) => ({ ok: true, value: { currency, minor } })
const refused = (error: object) => ({ ok: false, error })

describe('a price as typed becomes whole minor units', () => {
  test.each([
    ['1500', 'JPY', 'en', 1500],
    ['1,500', 'JPY', 'en', 1500],
    ['1.5', 'KWD', 'en', 1500],
    ['1.234', 'KWD', 'en', 1234],
    ['0.005', 'KWD', 'en', 5],
    ['1,234.56', 'EUR', 'en', 123456],
    ['1234.5', 'EUR', 'en', 123450],
    ['.5', 'EUR', 'en', 50],
    ['1,50,000', 'INR', 'en', 15_000_000],
    ['2500000', 'INR', 'en', 250_000_000],
    ['1 234,56', 'EUR', 'fr', 123456],
    ['1\u202f234,5', 'EUR', 'fr', 123450],
    ['١٢٣٤٫٥٦', 'EUR', 'ar', 123456],
    ['١٬٢٣٤', 'KWD', 'ar', 1_234_000],
    ['1,234.56', 'SAR', 'ar', 123456],
  ] as const)('%s %s (%s) is %i', (text, currency, locale, minor) => {
    expect(parsePrice(text, currency, locale)).toEqual(money(currency, minor))
  })

  test.each([
    ['1500.5', 'JPY', 0, false],
    ['1500.00', 'JPY', 0, false],
    ['1.2345', 'KWD', 3, false],
    ['9.999', 'EUR', 2, true],
    ['160.000', 'INR', 2, true],
    ['160.000', 'JPY', 0, true],
    ['10.0001', 'INR', 2, false],
  ])(
    '%s %s has more decimals than the currency (%i) and is refused, not rounded; thousands with a dot: %s',
    (text, currency, allowed, groupedThousands) => {
      expect(parsePrice(text, currency, 'en')).toEqual(
        refused({ code: 'money.too-many-decimals', currency, allowed, groupedThousands }),
      )
    },
  )

  test.each([
    ['1,5', 'en'],
    ['1.500', 'fr'],
    ['12,34', 'en'],
    ['1,,000', 'en'],
    ['1.2.3', 'en'],
    ['5.', 'en'],
    ['1e5', 'en'],
    ['€100', 'en'],
    ['abc', 'en'],
    ['1,234,56', 'en'],
  ] as const)('%j in %s is not read as a price (it could be misread)', (text, locale) => {
    expect(parsePrice(text, 'EUR', locale)).toEqual(refused({ code: 'money.not-a-number', decimals: 2 }))
  })

  test('a negative, a blank, an unknown currency and an absurd amount are refused', () => {
    expect(parsePrice('-5', 'EUR', 'en')).toEqual(refused({ code: 'money.negative' }))
    expect(parsePrice('\u22125', 'EUR', 'en')).toEqual(refused({ code: 'money.negative' }))
    expect(parsePrice('  ', 'EUR', 'en')).toEqual(refused({ code: 'money.missing' }))
    expect(parsePrice('100', 'ABC', 'en')).toEqual(
      refused({ code: 'money.unknown-currency', currency: 'ABC' }),
    )
    expect(parsePrice('10000000000000.01', 'EUR', 'en')).toEqual(refused({ code: 'money.too-large' }))
    expect(parsePrice('1000000000000000', 'JPY', 'en')).toEqual(money('JPY', MAX_MINOR))
  })
})

describe('amounts as exact decimals', () => {
  test.each([
    ['KWD', 1500, '1.500'],
    ['KWD', 5, '0.005'],
    ['JPY', 1500, '1500'],
    ['EUR', 5, '0.05'],
    ['EUR', 123450, '1234.50'],
  ])('%s %i is %s', (currency, minor, text) => {
    expect(toDecimalString({ currency: currency as CurrencyCode, minor })).toBe(text)
  })

  test('any amount in any currency reads back as itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencyCodes),
        fc.integer({ min: 0, max: MAX_MINOR }),
        (currency, minor) => {
          const text = toDecimalString({ currency, minor })
          expect(parsePrice(text, currency, 'en')).toEqual(money(currency, minor))
        },
      ),
    )
  })

  test('sums stay exact up to the limit and stop past it', () => {
    expect(sumMinor([1, 2, 3])).toBe(6)
    expect(sumMinor([MAX_MINOR, 0])).toBe(MAX_MINOR)
    expect(sumMinor([MAX_MINOR, 1])).toBeNull()
  })
})
