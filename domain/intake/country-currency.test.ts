import { expect, test } from 'vitest'
import { currencyOfCountry, defaultBudgetCurrency } from './country-currency.ts'
import { countryCodes } from './select-options.ts'
import rates from '#content/reference/exchange-rates.json' with { type: 'json' }

const supported = ['AED', 'EGP', 'EUR', 'GBP', 'INR', 'USD']

test.each([
  ['GB', 'GBP'],
  ['FR', 'EUR'],
  ['BG', 'EUR'],
  ['IN', 'INR'],
  ['AE', 'AED'],
  ['US', 'USD'],
])('a resident of %s is first offered %s', (country, currency) => {
  expect(defaultBudgetCurrency(country, supported)).toBe(currency)
})

test('a currency we cannot show, or no country yet, falls back to US dollars', () => {
  expect(defaultBudgetCurrency('JO', supported)).toBe('USD')
  expect(defaultBudgetCurrency(undefined, supported)).toBe('USD')
})

test('every country the intake offers has a currency, and each is a three-letter code Intl can name', () => {
  for (const country of countryCodes) {
    const currency = currencyOfCountry.get(country)
    expect(currency, country).toMatch(/^[A-Z]{3}$/)
    expect(Intl.supportedValuesOf('currency'), `${country} ${currency}`).toContain(currency)
  }
})

test('a family in Jordan, as the demo family is, is offered Jordanian dinars: Waypoint holds a dated rate for them', () => {
  expect(
    defaultBudgetCurrency(
      'JO',
      rates.map((r) => r.currency),
    ),
  ).toBe('JOD')
})
