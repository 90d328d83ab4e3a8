import { formatDate } from '#domain/i18n/format.ts'
import type { Locale } from '#domain/i18n/locales.ts'

/**
 * Dates a public page's loader wrote in the viewer's language, by the value
 * the page holds, so the browser builds no date formatter while the page
 * hydrates (docs/decisions/0078-the-browser-formats-less-while-hydrating.md).
 */
export type WrittenDates = Record<string, string>

/** The key of a date as the loader sent it: a calendar date or timestamp string as is, a Date as ISO. */
export function dateKey(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString()
}

/** Writes each date once; empty values are skipped. */
export function writeDates(
  locale: Locale,
  values: readonly (string | Date | null | undefined)[],
): WrittenDates {
  const written: WrittenDates = {}
  for (const v of values) if (v) written[dateKey(v)] ??= formatDate(locale, new Date(v))
  return written
}
