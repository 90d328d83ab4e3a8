import { parseCalendarDate } from '../shared/calendar-date.ts'
import { localeInfo, type Locale } from './locales.ts'

// Dates, numbers and money always go through Intl in the viewer's language.
// Intl objects are costly to build, so each one is made once and reused.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat
const cache = new Map<string, Formatter>()

function cached<T extends Formatter>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined
  if (!f) {
    f = make()
    cache.set(key, f)
  }
  return f
}

export function formatDate(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return cached(
    `d|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: 'long', timeZone }),
  ).format(date)
}

/**
 * A calendar date ("2026-12-05") as a day in the viewer's language ("5 December
 * 2026", « 5 décembre 2026 », "5 ديسمبر 2026"): the same day wherever the
 * viewer is. Anything that is not a real day is shown as it was written.
 */
export function formatCalendarDate(locale: Locale, iso: string): string {
  const day = parseCalendarDate(iso)
  return day ? formatDate(locale, new Date(`${day}T00:00:00Z`)) : iso
}

/**
 * Text that someone typed or that comes from data (a place, a name), set
 * apart from the sentence around it with Unicode's first-strong isolate
 * (FSI … PDI, what `<bdi>` does in markup): "Delhi airport, Terminal 3" stays
 * whole and in its own direction inside Arabic, and the sentence keeps its order.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`
}

/** Month and year, short: the tick labels of a time axis. */
export function formatMonthYear(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return cached(
    `my|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(localeInfo[locale].intl, { month: 'short', year: 'numeric', timeZone }),
  ).format(date)
}

/**
 * A moment with its day written as formatDate writes days ("1 February 2027
 * at 21:00"), so a page's days read alike; the medium style wrote "1 Feb" in
 * English and an ambiguous "01/02/2027" in Arabic.
 */
export function formatDateTime(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return cached(
    `dt|${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: 'long', timeStyle: 'short', timeZone }),
  ).format(date)
}

export function formatNumber(locale: Locale, value: number): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(localeInfo[locale].intl)).format(value)
}

/**
 * Money is held in minor units (cents, paise) so arithmetic never loses one.
 * Without `decimals`, the currency's minor units are taken to be the ones Intl
 * shows, which for 16 currencies are not ISO 4217's (Intl shows Pakistani
 * rupees and Iraqi dinars without decimals): quotes, held in ISO minor units,
 * pass them (formatQuoteMoney, ADR 0042).
 */
export function formatMoney(locale: Locale, minorUnits: number, currency: string, decimals?: number): string {
  const nf = cached(
    `m|${locale}|${currency}|${decimals ?? ''}`,
    () =>
      new Intl.NumberFormat(localeInfo[locale].intl, {
        style: 'currency',
        currency,
        ...(decimals === undefined
          ? {}
          : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
      }),
  )
  const digits = decimals ?? nf.resolvedOptions().maximumFractionDigits ?? 2
  return amountInLine(locale, nf.format(minorUnits / 10 ** digits))
}

/**
 * An amount kept whole inside a right-to-left sentence: Arabic writes
 * "552.21 US$", and in an RTL line the bidi algorithm carried the "$" past
 * the letters ("$US 552.21"). Left-to-right isolated (LRI … PDI), it reads as
 * Intl wrote it, and the sentence around it keeps its order.
 */
function amountInLine(locale: Locale, text: string): string {
  return localeInfo[locale].dir === 'rtl' ? `\u2066${text.replace(/\u200f/g, '')}\u2069` : text
}

/**
 * An amount in a currency's main unit (dollars, yen, dinars), rounded and
 * written with that currency's own decimals: converted prices, which are not
 * whole minor units of any currency.
 */
export function formatMoneyAmount(locale: Locale, amount: number, currency: string): string {
  return amountInLine(
    locale,
    cached(
      `a|${locale}|${currency}`,
      () => new Intl.NumberFormat(localeInfo[locale].intl, { style: 'currency', currency }),
    ).format(amount),
  )
}

/** Country, language and currency names in the viewer's language. */
export function displayName(locale: Locale, type: 'region' | 'language' | 'currency', code: string): string {
  return (
    cached(`dn|${locale}|${type}`, () => new Intl.DisplayNames([localeInfo[locale].intl], { type })).of(
      code,
    ) ?? code
  )
}

/** "a, b and c" in the viewer's language. */
export function formatList(locale: Locale, items: readonly string[]): string {
  return cached(
    `l|${locale}`,
    () => new Intl.ListFormat(localeInfo[locale].intl, { style: 'long', type: 'conjunction' }),
  ).format(items)
}
