import type { Locale } from '../i18n/locales.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { CurrencyCode } from './currencies.ts'
import { MAX_MINOR, parsePrice, type Money, type MoneyRefusal } from './money.ts'
import { readDecimal, scaled } from './number-text.ts'
import { isQuoteCategory, quantityRules, type QuantityRule, type QuoteCategory } from './quote-categories.ts'

// One line of an itemised quote, as a clinic writes it: what it is for, how
// many, at what unit price. Quantities are held in hundredths so that "1.5"
// interpreter hours stay exact; a line's total is rounded once, half up, to
// the currency's minor unit.
export const QUANTITY_SCALE = 100
export const MAX_QUANTITY = 10_000
export const MAX_DESCRIPTION = 200

/** A line as the form sends it: every field as typed. */
export type QuoteLineInput = {
  category: string
  description: string
  quantity: string
  unitPrice: string
  /** When the form has a currency per line, it must be the quote's. */
  currency?: string
}

export type QuoteLine = {
  category: QuoteCategory
  description: string
  /** The quantity times 100: 150 is 1.5 hours, 300 is 3 sessions. */
  quantityHundredths: number
  unitPrice: Money
  total: Money
}

export type QuoteLineField = 'category' | 'description' | 'quantity' | 'unitPrice' | 'currency'

export type QuantityProblem =
  | { code: 'quote.quantity-missing' }
  | { code: 'quote.quantity-not-a-number' }
  | { code: 'quote.quantity-not-positive' }
  | { code: 'quote.quantity-not-whole' }
  | { code: 'quote.quantity-must-be-one' }
  | { code: 'quote.quantity-too-many-decimals'; max: number }
  | { code: 'quote.quantity-too-large'; max: number }

export type QuoteLineProblem = (
  | { code: 'quote.unknown-category' }
  | { code: 'quote.fee-not-editable' }
  | { code: 'quote.description-missing' }
  | { code: 'quote.description-too-long'; max: number }
  | { code: 'quote.currency-mismatch'; currency: string; quoteCurrency: string }
  | QuantityProblem
  | MoneyRefusal
) & { line: number; field: `lines.${number}.${QuoteLineField}` }

/** A quantity as typed, in hundredths, by the category's rule (a contingency left blank is one). */
export function parseQuantity(
  text: string,
  rule: QuantityRule,
  locale: Locale,
): Result<number, QuantityProblem> {
  if (rule === 'one' && text.trim() === '') return ok(QUANTITY_SCALE)
  const n = readDecimal(text, locale)
  if (n.kind === 'missing') return err({ code: 'quote.quantity-missing' })
  if (n.kind === 'negative') return err({ code: 'quote.quantity-not-positive' })
  if (n.kind === 'not-a-number') return err({ code: 'quote.quantity-not-a-number' })
  const hundredths = scaled(n, 2)
  if (hundredths === null)
    return err(
      rule === 'measured'
        ? { code: 'quote.quantity-too-many-decimals', max: 2 }
        : { code: 'quote.quantity-not-whole' },
    )
  if (hundredths === 0n) return err({ code: 'quote.quantity-not-positive' })
  if (rule !== 'measured' && hundredths % BigInt(QUANTITY_SCALE) !== 0n)
    return err({ code: 'quote.quantity-not-whole' })
  if (rule === 'one' && hundredths !== BigInt(QUANTITY_SCALE))
    return err({ code: 'quote.quantity-must-be-one' })
  if (hundredths > BigInt(MAX_QUANTITY * QUANTITY_SCALE))
    return err({ code: 'quote.quantity-too-large', max: MAX_QUANTITY })
  return ok(Number(hundredths))
}

/** Quantity times unit price, rounded half up to a minor unit; null past MAX_MINOR. */
export function lineTotalMinor(quantityHundredths: number, unitMinor: number): number | null {
  const scale = BigInt(QUANTITY_SCALE)
  const total = (BigInt(quantityHundredths) * BigInt(unitMinor) + scale / 2n) / scale
  return total > BigInt(MAX_MINOR) ? null : Number(total)
}

/** A clinic's line, checked field by field: every problem of the line at once, each on its field. */
export function checkQuoteLine(
  input: QuoteLineInput,
  line: number,
  currency: CurrencyCode,
  locale: Locale,
): Result<QuoteLine, QuoteLineProblem[]> {
  const problems: QuoteLineProblem[] = []
  const at = (field: QuoteLineField) => ({ line, field: `lines.${line}.${field}` as const })

  const category = isQuoteCategory(input.category) ? input.category : null
  if (category === null) problems.push({ code: 'quote.unknown-category', ...at('category') })
  else if (category === 'waypoint-fee') problems.push({ code: 'quote.fee-not-editable', ...at('category') })

  const description = input.description.trim()
  if (description === '') problems.push({ code: 'quote.description-missing', ...at('description') })
  else if ([...description].length > MAX_DESCRIPTION)
    problems.push({ code: 'quote.description-too-long', max: MAX_DESCRIPTION, ...at('description') })

  if (input.currency !== undefined && input.currency !== currency)
    problems.push({
      code: 'quote.currency-mismatch',
      currency: input.currency,
      quoteCurrency: currency,
      ...at('currency'),
    })

  // Without a known category the quantity's rule is unknown; the category's problem says enough.
  const quantity = category ? parseQuantity(input.quantity, quantityRules[category], locale) : null
  if (quantity && !quantity.ok) problems.push({ ...quantity.error, ...at('quantity') })

  const price = parsePrice(input.unitPrice, currency, locale)
  if (!price.ok) problems.push({ ...price.error, ...at('unitPrice') })

  if (problems.length > 0 || !category || !quantity?.ok || !price.ok) return err(problems)
  const total = lineTotalMinor(quantity.value, price.value.minor)
  if (total === null) return err([{ code: 'money.too-large', ...at('unitPrice') }])
  return ok({
    category,
    description,
    quantityHundredths: quantity.value,
    unitPrice: price.value,
    total: { currency, minor: total },
  })
}
