import { minorDigits } from '../quotes/currencies.ts'

// The currency a family thinks in: the one they gave their budget in, or US
// dollars when they gave none. Prices are shown as quoted, with this one
// alongside (as the catalogue shows them with the currency a visitor picks).
export const DEFAULT_VIEWER_CURRENCY = 'USD'

export function viewerCurrency(budget: unknown): string {
  if (typeof budget === 'object' && budget !== null && 'currency' in budget) {
    const currency = (budget as { currency: unknown }).currency
    if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)) return currency
  }
  return DEFAULT_VIEWER_CURRENCY
}

/**
 * An amount in a currency's minor units (won, cents, fils) as US cents, at a
 * rate of that many units per dollar: the one scale every price is compared
 * and filtered on, whatever its currency's minor unit.
 */
export function usdCentsOf(minor: number, currency: string, perUsd: number): number {
  return Math.round((minor / 10 ** minorDigits(currency) / perUsd) * 100)
}

/**
 * US cents as an amount of another currency's main unit, at a rate of that
 * many units per dollar; formatMoneyAmount rounds it to the currency's decimals
 * (none for yen or won, three for dinars).
 */
export function fromUsdCents(usdCents: number, perUsd: number): number {
  return (usdCents / 100) * perUsd
}
