import { describe, expect, test } from 'vitest'
import sources from '#content/sources.json' with { type: 'json' }
import table from '#content/reference/currencies.json' with { type: 'json' }
import rates from '#content/reference/exchange-rates.json' with { type: 'json' }
import { currencyOfCountry } from '../intake/country-currency.ts'
import { currencyCodes, currencyLabel, currencyOf, currencyTable } from './currencies.ts'

describe('the currency table (reviewed data)', () => {
  test('cites a registered source and carries its review dates', () => {
    expect(sources.some((s) => s.id === currencyTable.sourceId)).toBe(true)
    expect(currencyTable.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(currencyTable.reviewDue > currencyTable.lastReviewed).toBe(true)
  })

  test('lists each ISO code once, with 0, 2 or 3 minor units', () => {
    const codes = table.currencies.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of table.currencies) {
      expect(c.code).toMatch(/^[A-Z]{3}$/)
      expect([0, 2, 3]).toContain(c.minorUnits)
    }
  })

  test.each([
    ['JPY', 0],
    ['KRW', 0],
    ['CLP', 0],
    ['XOF', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['OMR', 3],
    ['TND', 3],
    ['EUR', 2],
    ['INR', 2],
    ['USD', 2],
    ['PKR', 2],
    ['IQD', 3],
  ])('%s has %i decimal places, as ISO 4217 says', (code, units) => {
    expect(currencyOf(code)?.minorUnits).toBe(units)
  })

  test('every currency a family can live with, and every dated rate, is one a quote may use', () => {
    for (const code of new Set(currencyOfCountry.values())) expect(currencyCodes, code).toContain(code)
    for (const r of rates) expect(currencyCodes, r.currency).toContain(r.currency)
  })

  test.each(['XXX', 'XAU', 'CLF', 'BGN', 'usd', 'EURO', '', null, 42])(
    '%j is not a currency a quote may be written in',
    (code) => {
      expect(currencyOf(code)).toBeNull()
    },
  )

  test.each([
    ['en', 'KWD — Kuwaiti Dinar'],
    ['fr', 'KWD — dinar koweïtien'],
    ['ar', 'KWD — دينار كويتي'],
  ] as const)('a currency is named in %s beside its code', (locale, label) => {
    expect(currencyLabel(locale, currencyOf('KWD')!.code)).toBe(label)
  })

  test.each(['en', 'fr', 'ar'] as const)(
    "every currency has a name in %s, the table's where Intl has none",
    (locale) => {
      for (const code of currencyCodes)
        expect(currencyLabel(locale, code)).toMatch(new RegExp(`^${code} — \\S`))
      expect(currencyLabel(locale, currencyOf('EUR')!.code)).not.toContain('undefined')
    },
  )
})
