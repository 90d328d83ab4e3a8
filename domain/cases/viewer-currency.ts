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
 * US cents as an amount of another currency's main unit, at a rate of that
 * many units per dollar; formatMoneyAmount rounds it to the currency's decimals
 * (none for yen or won, three for dinars).
 */
export function fromUsdCents(usdCents: number, perUsd: number): number {
  return (usdCents / 100) * perUsd
}
