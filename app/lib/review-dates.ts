import type { ContentPage } from '#domain/content/types.ts'
import { formatDate } from '#domain/i18n/format.ts'
import type { Locale } from '#domain/i18n/locales.ts'

/** When a reviewed page or entry was last reviewed and is next due, written in the viewer's language. */
export type ReviewDates = { date: string; due: string }

/**
 * Written by the loader, on the server, so the browser builds no date
 * formatter to hydrate a public page (docs/decisions/0078-the-browser-formats-less-while-hydrating.md).
 */
export function reviewDates(locale: Locale, lastReviewed: string, reviewDue: string): ReviewDates {
  return { date: formatDate(locale, new Date(lastReviewed)), due: formatDate(locale, new Date(reviewDue)) }
}

/** A content page's review dates, when it has both. */
export function reviewDatesOf(locale: Locale, doc: ContentPage): ReviewDates | null {
  return doc.lastReviewed && doc.reviewDue ? reviewDates(locale, doc.lastReviewed, doc.reviewDue) : null
}
