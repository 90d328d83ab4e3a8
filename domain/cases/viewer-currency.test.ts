import { expect, test } from 'vitest'
import { fromUsdCents, usdCentsOf, viewerCurrency } from './viewer-currency.ts'

test('a family that gave a budget in euros sees prices in euros alongside', () => {
  expect(viewerCurrency({ amount: '20000', currency: 'EUR' })).toBe('EUR')
})

test.each([undefined, {}, { amount: '1' }, { currency: 'eur<script>' }, 'EUR'])(
  'without a budget currency (%j), prices are shown alongside in US dollars',
  (budget) => {
    expect(viewerCurrency(budget)).toBe('USD')
  },
)

test('US cents convert at the rate of the day', () => {
  expect(fromUsdCents(100_000, 0.92)).toBeCloseTo(920)
})

test.each([
  ['euros (cents)', 350_000, 'EUR', 0.92, 380_435],
  ['won (no minor unit)', 30_000_000, 'KRW', 1385, 2_166_065],
  ['yen (no minor unit)', 1_500_000, 'JPY', 150, 1_000_000],
  ['Kuwaiti dinars (fils)', 3_075_000, 'KWD', 0.3075, 1_000_000],
])('a price in %s becomes US cents by its own minor unit', (_, minor, currency, perUsd, usdCents) => {
  expect(usdCentsOf(minor, currency, perUsd)).toBe(usdCents)
  // And back: the same amount in the currency's main unit.
  expect(fromUsdCents(usdCents, perUsd)).toBeCloseTo(
    minor / (currency === 'EUR' ? 100 : currency === 'KWD' ? 1000 : 1),
    -1,
  )
})
