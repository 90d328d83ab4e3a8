import type { CurrencyCode } from './currencies.ts'
import { sumMinor, type Money } from './money.ts'
import { quoteCategories, type QuoteCategory } from './quote-categories.ts'
import type { QuoteLine } from './quote-line.ts'

// What families compare first: a total per category, in one order for every
// quote, then the clinic's total, Waypoint's fee and what the family pays.
export type CategoryTotal = { category: QuoteCategory; total: Money }
export type QuoteTotals = {
  /** Only the categories the quote has lines in, in quoteCategories order. */
  byCategory: CategoryTotal[]
  /** Every line but Waypoint's fee: what the clinic charges. */
  clinic: Money
  fee: Money
  /** What the family pays in all. */
  overall: Money
}

/** The totals of lines in one currency, or null when a sum passes MAX_MINOR. */
export function quoteTotals(lines: readonly QuoteLine[], currency: CurrencyCode): QuoteTotals | null {
  const byCategory: CategoryTotal[] = []
  for (const category of quoteCategories) {
    const of = lines.filter((l) => l.category === category)
    if (of.length === 0) continue
    const minor = sumMinor(of.map((l) => l.total.minor))
    if (minor === null) return null
    byCategory.push({ category, total: { currency, minor } })
  }
  const clinic = sumMinor(byCategory.filter((c) => c.category !== 'waypoint-fee').map((c) => c.total.minor))
  const fee = byCategory.find((c) => c.category === 'waypoint-fee')?.total.minor ?? 0
  const overall = clinic === null ? null : sumMinor([clinic, fee])
  if (clinic === null || overall === null) return null
  return {
    byCategory,
    clinic: { currency, minor: clinic },
    fee: { currency, minor: fee },
    overall: { currency, minor: overall },
  }
}
