import { expect, test } from 'vitest'
import { translator } from '#domain/i18n/translate.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { parsePrice } from '#domain/quotes/money.ts'
import { refusalEntry } from '#app/forms/refusals.ts'

// A price with more decimals than its currency reads back as a clinic sees it
// on the field: the hint about thousands only where the dot was likely one.
function said(text: string, currency: string, locale: Locale = 'en'): string {
  const price = parsePrice(text, currency, locale)
  if (price.ok) throw new Error(`${text} ${currency} was taken`)
  const entry = refusalEntry(price.error.code)
  // This message's values are plain numbers and words (no nested message).
  const values = entry.values?.({ ...price.error, line: 0 }) as Record<string, string | number>
  return String(translator(locale)(entry.message, values))
}

test('thousands written with a dot are explained; a fourth decimal in dinars is not mistaken for them', () => {
  expect(said('160.000', 'INR')).toBe(
    'Line 1: amounts in INR have at most 2 decimal places. Write thousands without a dot (160000, not 160.000).',
  )
  expect(said('10.1234', 'KWD')).toBe('Line 1: amounts in KWD have at most 3 decimal places.')
  expect(said('1000.5', 'JPY')).toBe('Line 1: amounts in JPY have no decimal places.')
  // In French the comma is the decimal mark: "160,000" euros has too many decimals, and no dot to blame.
  expect(said('160,000', 'EUR', 'fr')).toBe('Ligne 1 : un montant en EUR a au plus 2 décimales.')
})

test('the example of a price to type has the currency’s decimals: none for yen', () => {
  // "1000.5" in French is not a number (the comma is the decimal mark).
  expect(said('1000.5', 'JPY', 'fr')).toBe(
    'Ligne 1 : indiquez le prix unitaire en chiffres, par exemple 1500',
  )
  expect(said('12a', 'EUR')).toBe('Line 1: enter the unit price as a number, like 1500 or 1500.50')
})
