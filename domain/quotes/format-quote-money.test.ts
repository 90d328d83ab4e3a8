import { expect, test } from 'vitest'
import type { CurrencyCode } from './currencies.ts'
import { formatQuoteMoney } from './format-quote-money.ts'

const m = (currency: string, minor: number) => ({ currency: currency as CurrencyCode, minor })

test.each([
  ['PKR', 150_000, 'PKR\u00a01,500.00'],
  ['IQD', 1_500, 'IQD\u00a01.500'],
  ['KWD', 1_500, 'KWD\u00a01.500'],
  ['JPY', 1_500, 'JP¥1,500'],
  ['EUR', 123_456, '€1,234.56'],
])('%s %i in minor units reads %s', (currency, minor, text) => {
  expect(formatQuoteMoney('en', m(currency, minor))).toBe(text)
})

test('in French and Arabic too, with the currency’s decimals', () => {
  expect(formatQuoteMoney('fr', m('KWD', 1_500))).toMatch(/^1,500\s?KWD$/)
  expect(formatQuoteMoney('ar', m('PKR', 150_000))).toMatch(/١٬?٥٠٠٫٠٠|1,500\.00/)
})
