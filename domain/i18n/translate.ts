import { ar } from './messages/ar.ts'
import { arCatalogue } from './messages/ar-catalogue.ts'
import { arCases } from './messages/ar-cases.ts'
import { arJourney } from './messages/ar-journey.ts'
import { arSummary } from './messages/ar-summary.ts'
import { en, type MessageKey } from './messages/en.ts'
import { fr } from './messages/fr.ts'
import { frCases } from './messages/fr-cases.ts'
import { frCatalogue } from './messages/fr-catalogue.ts'
import { frJourney } from './messages/fr-journey.ts'
import { frSummary } from './messages/fr-summary.ts'
import { makeTranslator, type Messages, type Translate } from './format-message.ts'
import type { Locale } from './locales.ts'

// Every catalogue, for the server (pages, emails) and tests. ICU messages
// (plurals, selects) through intl-messageformat: pure formatting, no I/O, so
// it is allowed in domain/. A missing translation falls back to English;
// tests/unit/i18n-completeness.test.ts reports every gap. Each language is
// split by area so translators can work on one part at a time.
export const catalogues: Record<Locale, Messages> = {
  en,
  ar: { ...ar, ...arCatalogue, ...arJourney, ...arCases, ...arSummary },
  fr: { ...fr, ...frCatalogue, ...frJourney, ...frCases, ...frSummary },
}

const merged = new Map<Locale, Messages>()

/** A language's messages with English filling any gap: what pages render with and the browser receives (ADR 0022). */
export function messagesFor(locale: Locale): Messages {
  let m = merged.get(locale)
  if (!m) merged.set(locale, (m = locale === 'en' ? en : { ...en, ...catalogues[locale] }))
  return m
}

export function translator(locale: Locale): Translate {
  return makeTranslator(locale, messagesFor(locale))
}

export function missingKeys(locale: Locale): MessageKey[] {
  return (Object.keys(en) as MessageKey[]).filter((k) => !catalogues[locale][k])
}

export type { MessageKey, Translate }
export type { MessageValues } from './format-message.ts'
