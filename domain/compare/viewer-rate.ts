import { DEFAULT_VIEWER_CURRENCY } from '../cases/viewer-currency.ts'
import { currencyOf, type CurrencyCode } from '../quotes/currencies.ts'

// The rate the comparison converts prices with: the one for the currency the
// viewer asked for, or US dollars when there is none. A fallback is never
// silent: the page says which currency it shows and why, naming the one
// asked for only when it is a real currency (never text from the address).

export type ViewerRate<R> = {
  rate: R | null
  /** Set when US dollars stand in: `asked` is the currency without a rate, or null for a code that is no currency. */
  fallback: { asked: CurrencyCode | null } | null
}

export function viewerRate<R extends { currency: string }>(
  rates: readonly R[],
  asked: string | null | undefined,
): ViewerRate<R> {
  const code = asked?.trim().toUpperCase() || DEFAULT_VIEWER_CURRENCY
  const exact = rates.find((r) => r.currency === code)
  if (exact) return { rate: exact, fallback: null }
  const usd = rates.find((r) => r.currency === DEFAULT_VIEWER_CURRENCY) ?? null
  return { rate: usd, fallback: usd ? { asked: currencyOf(code)?.code ?? null } : null }
}
