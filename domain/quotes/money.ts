import type { Locale } from '../i18n/locales.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { currencyOf, type CurrencyCode } from './currencies.ts'
import { readDecimal, scaled } from './number-text.ts'

// Money is a whole number of the currency's ISO 4217 minor units (ADR 0042):
// 1500 is 1.500 KWD (fils), ¥1,500, or €15.00 (cents). Sums and products stay
// exact integers; an amount past MAX_MINOR is refused, never rounded.
export type Money = { readonly currency: CurrencyCode; readonly minor: number }

/** The largest amount held, in minor units: far above any treatment's price, far below 2^53. */
export const MAX_MINOR = 10 ** 15

export type MoneyRefusal =
  | { code: 'money.unknown-currency'; currency: string }
  | { code: 'money.missing' }
  /** `decimals`: the currency's, so the example given has as many (none for yen). */
  | { code: 'money.not-a-number'; decimals: number }
  | { code: 'money.negative' }
  | {
      code: 'money.too-many-decimals'
      currency: CurrencyCode
      allowed: number
      /** Three digits after a dot where fewer are allowed: most likely thousands written "160.000". */
      groupedThousands: boolean
    }
  | { code: 'money.too-large' }

/**
 * A price as typed, in minor units of the currency: "1,234.5" EUR is 123450,
 * "1.5" KWD is 1500, "1500" JPY is 1500. More decimals than the currency has
 * ("10.5" JPY, "1.2345" KWD, "9.999" EUR) are refused, never rounded.
 */
export function parsePrice(text: string, currency: string, locale: Locale): Result<Money, MoneyRefusal> {
  const c = currencyOf(currency)
  if (!c) return err({ code: 'money.unknown-currency', currency })
  const n = readDecimal(text, locale)
  if (n.kind === 'missing') return err({ code: 'money.missing' })
  if (n.kind === 'negative') return err({ code: 'money.negative' })
  if (n.kind === 'not-a-number') return err({ code: 'money.not-a-number', decimals: c.minorUnits })
  const minor = scaled(n, c.minorUnits)
  if (minor === null)
    return err({
      code: 'money.too-many-decimals',
      currency: c.code,
      allowed: c.minorUnits,
      // Only a dot: in French "160,000" is a comma decimal, and the advice about dots would not fit.
      groupedThousands: n.fraction.length === 3 && c.minorUnits < 3 && /\.\d{3}$/.test(text.trim()),
    })
  if (minor > BigInt(MAX_MINOR)) return err({ code: 'money.too-large' })
  return ok({ currency: c.code, minor: Number(minor) })
}

/** The sum of amounts in minor units, or null past MAX_MINOR. */
export function sumMinor(amounts: readonly number[]): number | null {
  let total = 0
  for (const a of amounts) {
    total += a
    if (total > MAX_MINOR) return null
  }
  return total
}

/** The amount in major units as an exact decimal string ("1.500" KWD, "1500" JPY, "12.30" EUR). */
export function toDecimalString(money: Money): string {
  const units = currencyOf(money.currency)?.minorUnits ?? 2
  if (units === 0) return String(money.minor)
  const digits = String(money.minor).padStart(units + 1, '0')
  return `${digits.slice(0, -units)}.${digits.slice(-units)}`
}
