import { localeInfo, type Locale } from './locales.ts'

// Dates, numbers and money always go through Intl in the viewer's language.
export function formatDate(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: 'long', timeZone }).format(date)
}

export function formatDateTime(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(localeInfo[locale].intl, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date)
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(localeInfo[locale].intl).format(value)
}

/** Money is held in minor units (cents, paise) so arithmetic never loses one. */
export function formatMoney(locale: Locale, minorUnits: number, currency: string): string {
  const nf = new Intl.NumberFormat(localeInfo[locale].intl, { style: 'currency', currency })
  const digits = nf.resolvedOptions().maximumFractionDigits ?? 2
  return nf.format(minorUnits / 10 ** digits)
}
