import arAccounts from '#content/messages/ar/accounts.json' with { type: 'json' }
import arAlsfrs from '#content/messages/ar/alsfrs.json' with { type: 'json' }
import arCases from '#content/messages/ar/cases.json' with { type: 'json' }
import arCatalogue from '#content/messages/ar/catalogue.json' with { type: 'json' }
import arCommon from '#content/messages/ar/common.json' with { type: 'json' }
import arEmail from '#content/messages/ar/email.json' with { type: 'json' }
import arSummary from '#content/messages/ar/summary.json' with { type: 'json' }
import arRules from '#content/messages/ar/rules.json' with { type: 'json' }
import arTreatment from '#content/messages/ar/treatment.json' with { type: 'json' }
import arTrip from '#content/messages/ar/trip.json' with { type: 'json' }
import arFollowup from '#content/messages/ar/followup.json' with { type: 'json' }
import arOutcomes from '#content/messages/ar/outcomes.json' with { type: 'json' }
import arHomeDoctor from '#content/messages/ar/home-doctor.json' with { type: 'json' }
import arReviews from '#content/messages/ar/reviews.json' with { type: 'json' }
import frAccounts from '#content/messages/fr/accounts.json' with { type: 'json' }
import frAlsfrs from '#content/messages/fr/alsfrs.json' with { type: 'json' }
import frCases from '#content/messages/fr/cases.json' with { type: 'json' }
import frCatalogue from '#content/messages/fr/catalogue.json' with { type: 'json' }
import frCommon from '#content/messages/fr/common.json' with { type: 'json' }
import frEmail from '#content/messages/fr/email.json' with { type: 'json' }
import frSummary from '#content/messages/fr/summary.json' with { type: 'json' }
import frRules from '#content/messages/fr/rules.json' with { type: 'json' }
import frTreatment from '#content/messages/fr/treatment.json' with { type: 'json' }
import frTrip from '#content/messages/fr/trip.json' with { type: 'json' }
import frFollowup from '#content/messages/fr/followup.json' with { type: 'json' }
import frOutcomes from '#content/messages/fr/outcomes.json' with { type: 'json' }
import frHomeDoctor from '#content/messages/fr/home-doctor.json' with { type: 'json' }
import frReviews from '#content/messages/fr/reviews.json' with { type: 'json' }
import { en, enByArea, type MessageArea, type MessageKey } from './messages/en.ts'
import { makeTranslator, type Messages, type Translate } from './format-message.ts'
import type { Locale } from './locales.ts'

// Every catalogue, for the server (pages, emails) and tests. The messages are
// data in content/messages/<locale>/<area>.json, one identical file set per
// language so translators can work on one area at a time. ICU messages
// (plurals, selects) through intl-messageformat: pure formatting, no I/O, so
// it is allowed in domain/. A missing translation falls back to English;
// tests/unit/i18n-completeness.test.ts reports every gap, and any file or key
// in the wrong place.
export const cataloguesByArea: Record<Locale, Record<MessageArea, Messages>> = {
  en: enByArea,
  ar: {
    common: arCommon,
    accounts: arAccounts,
    catalogue: arCatalogue,
    cases: arCases,
    alsfrs: arAlsfrs,
    summary: arSummary,
    email: arEmail,
    rules: arRules,
    treatment: arTreatment,
    trip: arTrip,
    followup: arFollowup,
    outcomes: arOutcomes,
    'home-doctor': arHomeDoctor,
    reviews: arReviews,
  },
  fr: {
    common: frCommon,
    accounts: frAccounts,
    catalogue: frCatalogue,
    cases: frCases,
    alsfrs: frAlsfrs,
    summary: frSummary,
    email: frEmail,
    rules: frRules,
    treatment: frTreatment,
    trip: frTrip,
    followup: frFollowup,
    outcomes: frOutcomes,
    'home-doctor': frHomeDoctor,
    reviews: frReviews,
  },
}

export const catalogues: Record<Locale, Messages> = {
  en,
  ar: Object.assign({}, ...Object.values(cataloguesByArea.ar)) as Messages,
  fr: Object.assign({}, ...Object.values(cataloguesByArea.fr)) as Messages,
}

const merged = new Map<Locale, Messages>()

/** A language's messages with English filling any gap: what pages render with and the browser receives (ADR 0022). */
export function messagesFor(locale: Locale): Messages {
  let m = merged.get(locale)
  if (!m) merged.set(locale, (m = locale === 'en' ? en : { ...en, ...catalogues[locale] }))
  return m
}

/**
 * The areas a visitor who is not signed in can be shown: the site's frame,
 * signing in and up, the catalogue and the public outcome registry. Case
 * pages need a session, so their words (about half the catalogue) are sent
 * only to people who have one.
 */
export const visitorAreas: readonly MessageArea[] = ['common', 'accounts', 'catalogue', 'outcomes']

const visitorMerged = new Map<Locale, Messages>()

/** What pages render with, and the browser receives, for a visitor who is not signed in. */
export function visitorMessagesFor(locale: Locale): Messages {
  let m = visitorMerged.get(locale)
  if (!m) {
    const all = messagesFor(locale)
    const keys = visitorAreas.flatMap((area) => Object.keys(enByArea[area])) as MessageKey[]
    visitorMerged.set(locale, (m = Object.fromEntries(keys.map((key) => [key, all[key]])) as Messages))
  }
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
