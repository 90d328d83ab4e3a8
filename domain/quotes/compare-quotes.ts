import { currencyOf } from './currencies.ts'
import type { Money } from './money.ts'

// What a family needs to compare quotes written in different currencies and
// words (issue 15): each amount in their own currency at a dated rate, and
// which inclusions or exclusions one quote has that another lacks.

/**
 * An amount in another currency's main unit, through US dollars at rates of
 * that many units per dollar (content/reference/exchange-rates.json);
 * formatMoneyAmount rounds it to the target's decimals. An estimate for
 * comparing, never a price: the quote's own currency is what is paid.
 */
export function convertMoney(money: Money, fromPerUsd: number, toPerUsd: number): number {
  const units = currencyOf(money.currency)?.minorUnits ?? 2
  return (money.minor / 10 ** units / fromPerUsd) * toPerUsd
}

/**
 * Which of the quotes' currencies can be shown in the family's own and which
 * cannot, for want of a dated rate (either side's): a comparison says so
 * rather than promise estimates it does not give.
 */
export function conversionsFor(
  quoteCurrencies: readonly string[],
  familyCurrency: string,
  rated: (code: string) => boolean,
): { converted: string[]; unconverted: string[] } {
  const foreign = [...new Set(quoteCurrencies)].filter((c) => c !== familyCurrency)
  const convertible = (c: string) => rated(c) && rated(familyCurrency)
  return { converted: foreign.filter(convertible), unconverted: foreign.filter((c) => !convertible(c)) }
}

const norm = (item: string) => item.trim().toLocaleLowerCase().replace(/\s+/g, ' ')

export type ListDifferences = {
  /** Per quote, the items of its list that not every other quote has in the same list. */
  inclusions: string[][]
  exclusions: string[][]
}

/** With one quote nothing differs; with several, an item stands out when some other quote lacks it. */
export function listDifferences(
  quotes: readonly { inclusions: readonly string[]; exclusions: readonly string[] }[],
): ListDifferences {
  const differing = (list: 'inclusions' | 'exclusions') =>
    quotes.map((q, i) =>
      q[list].filter((item) =>
        quotes.some((other, j) => j !== i && !other[list].some((o) => norm(o) === norm(item))),
      ),
    )
  return { inclusions: differing('inclusions'), exclusions: differing('exclusions') }
}
