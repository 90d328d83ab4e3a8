import { describe, expect, test } from 'vitest'
import { fromUsdCents } from '../cases/viewer-currency.ts'
import { formatMoney, formatMoneyAmount } from './format.ts'
import { negotiateLocale } from './locales.ts'
import { translator } from './translate.ts'

describe('choosing a language', () => {
  test.each([
    [null, 'ar-EG,ar;q=0.9,en;q=0.8', 'ar'],
    [null, 'de-DE,fr;q=0.7,en;q=0.5', 'fr'],
    [null, 'de-DE', 'en'],
    [null, '', 'en'],
    ['fr', 'ar', 'fr'],
    ['xx', 'ar;q=0.1,fr;q=0.9', 'fr'],
    [null, 'en;q=0,ar', 'ar'],
  ])('chosen %s with Accept-Language "%s" gives %s', (chosen, accept, expected) => {
    expect(negotiateLocale(chosen, accept)).toBe(expected)
  })
})

describe('formatting', () => {
  test('ICU plurals follow the language', () => {
    const t = translator('en')
    expect(t('home.providers.count', { count: 0 })).toBe('No providers yet.')
    expect(t('home.providers.count', { count: 1 })).toBe('1 demonstration provider.')
    expect(t('home.providers.count', { count: 6 })).toBe('6 demonstration providers.')
  })

  test('money is held in minor units and shown through Intl', () => {
    expect(formatMoney('en', 123456, 'USD')).toBe('US$1,234.56')
    expect(formatMoney('en', 500000, 'JPY')).toBe('JP¥500,000')
    expect(formatMoney('fr', 123456, 'EUR')).toMatch(/1\s?234,56\s?€/)
  })

  test('a price converted from US cents is written with the currency’s own decimals', () => {
    // 1,000 US dollars at 1,385 won and 0.307 dinars to the dollar.
    expect(formatMoneyAmount('en', fromUsdCents(100_000, 1385), 'KRW')).toBe('₩1,385,000')
    expect(formatMoneyAmount('en', fromUsdCents(100_000, 0.307), 'KWD')).toBe('KWD\u00a0307.000')
    expect(formatMoneyAmount('en', fromUsdCents(123_456, 0.92), 'EUR')).toBe('€1,135.80')
  })

  test('minor units may be given, where Intl shows fewer decimals than ISO 4217', () => {
    expect(formatMoney('en', 150_000, 'PKR')).toBe('PKR\u00a0150,000')
    expect(formatMoney('en', 150_000, 'PKR', 2)).toBe('PKR\u00a01,500.00')
  })
})
