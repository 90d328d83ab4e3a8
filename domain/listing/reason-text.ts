import { displayName, formatDate } from '../i18n/format.ts'
import type { Translate } from '../i18n/format-message.ts'
import type { Locale } from '../i18n/locales.ts'
import type { ReasonCode, ReasonValues, StoredReason } from './types.ts'

// The listing policy's reasons in the reader's language. This imports no
// catalogue: pages run it in the browser with the viewer's own messages.

export const reasonMessageKey = (code: ReasonCode) => `listing.reason.${code}` as const

/** A reason's values as its reader reads them: a country's name and a date in their language. */
export function readableValues(values: ReasonValues, locale: Locale): ReasonValues {
  const readable = { ...values }
  if (readable.country) readable.country = displayName(locale, 'region', readable.country)
  if (readable.date && /^\d{4}-\d{2}-\d{2}$/.test(readable.date))
    readable.date = formatDate(locale, new Date(`${readable.date}T00:00:00Z`))
  return readable
}

/**
 * A reason in the reader's language. A verdict stored before reasons had
 * messages keeps its English words, marked as English for screen readers.
 */
export function reasonText(
  reason: StoredReason,
  t: Translate,
  locale: Locale,
  /** The values are already readable: a public page's loader wrote them with `readableValues`. */
  valuesWritten = false,
): { text: string; lang?: 'en' } {
  const key = `listing.reason.${reason.code}`
  if (!reason.values || !t.has(key)) return { text: reason.explanation, lang: 'en' }
  return { text: t(key, valuesWritten ? reason.values : readableValues(reason.values, locale)) }
}
