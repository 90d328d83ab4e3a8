import table from '#content/reference/currencies.json' with { type: 'json' }
import { localeInfo, type Locale } from '../i18n/locales.ts'

// The currencies a quote may be written in, with their ISO 4217 minor units:
// reviewed data in content/reference/currencies.json (source id and review
// date there). A yen has no subunit, a Kuwaiti dinar has 1,000 fils, a euro
// 100 cents: an amount is held as a whole number of these minor units.
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' }
export type Currency = { code: CurrencyCode; name: string; minorUnits: number }

export const currencyTable = {
  sourceId: table.sourceId,
  edition: table.edition,
  lastReviewed: table.lastReviewed,
  reviewDue: table.reviewDue,
}

const byCode: ReadonlyMap<string, Currency> = new Map(
  table.currencies.map((c) => [c.code, { ...c, code: c.code as CurrencyCode }]),
)

export const currencyCodes: readonly CurrencyCode[] = [...byCode.keys()] as CurrencyCode[]

/** How many digits its minor unit has (none for won or yen, three for dinars); two for a code the table lacks. */
export function minorDigits(code: string): number {
  return byCode.get(code)?.minorUnits ?? 2
}

/** The currency with this ISO code (upper case, as ISO writes it), or null when it is not one a quote may use. */
export function currencyOf(code: unknown): Currency | null {
  return typeof code === 'string' ? (byCode.get(code) ?? null) : null
}

const names = new Map<Locale, Intl.DisplayNames>()

/** "INR — Indian rupee", the name in the reader's language (the table's English name where Intl has none). */
export function currencyLabel(locale: Locale, code: CurrencyCode): string {
  let display = names.get(locale)
  if (!display) {
    display = new Intl.DisplayNames(localeInfo[locale].intl, { type: 'currency', fallback: 'none' })
    names.set(locale, display)
  }
  return `${code} — ${display.of(code) ?? byCode.get(code)?.name ?? code}`
}
