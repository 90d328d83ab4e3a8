import { viewerCurrency } from '#domain/cases/viewer-currency.ts'
import { listDifferences } from '#domain/quotes/compare-quotes.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { readCurrentQuotes } from '../../cases/quote-reads.ts'
import { exchangeRateOf } from '../../stores/offer-choice-store.ts'

// The family's comparison of the quotes out on their case: each quote with
// its plan, the rate of its currency and of the family's own (as the
// catalogue converts prices, with the rate's date), and what one quote
// includes or excludes that another does not.
export type Rate = { perUsd: number; asOf: string }

export async function quotesForFamily(deps: CaseDeps, ctx: CaseContext) {
  const quotes = await readCurrentQuotes(deps.db, ctx)
  const currency = viewerCurrency(ctx.answers()['budget'])
  const rates: Record<string, Rate> = {}
  for (const code of new Set([currency, ...quotes.map((q) => q.currency)])) {
    const rate = await exchangeRateOf(deps.db, code)
    if (rate) rates[code] = { perUsd: rate.perUsd, asOf: rate.asOf }
  }
  return { quotes, currency, rates, differences: listDifferences(quotes) }
}
