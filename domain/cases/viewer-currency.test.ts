import { expect, test } from 'vitest'
import { fromUsdCents, viewerCurrency } from './viewer-currency.ts'

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
