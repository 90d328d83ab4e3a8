import { IntlMessageFormat } from 'intl-messageformat'
import { ar } from './messages/ar.ts'
import { arCatalogue } from './messages/ar-catalogue.ts'
import { arCases } from './messages/ar-cases.ts'
import { arJourney } from './messages/ar-journey.ts'
import { en, type MessageKey } from './messages/en.ts'
import { fr } from './messages/fr.ts'
import { frCases } from './messages/fr-cases.ts'
import { frCatalogue } from './messages/fr-catalogue.ts'
import { frJourney } from './messages/fr-journey.ts'
import { localeInfo, type Locale } from './locales.ts'

// ICU messages (plurals, selects) through intl-messageformat: pure formatting,
// no I/O, so it is allowed in domain/. A missing translation falls back to
// English; tests/unit/i18n-completeness.test.ts reports every gap.
// Each language is split by area so translators can work on one part at a time.
export const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = {
  en,
  ar: { ...ar, ...arCatalogue, ...arJourney, ...arCases },
  fr: { ...fr, ...frCatalogue, ...frJourney, ...frCases },
}

export type MessageValues = Record<string, string | number | Date>
export type Translate = (key: MessageKey, values?: MessageValues) => string

const cache = new Map<string, IntlMessageFormat>()

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const own = catalogues[locale][key]
  const source = own ?? en[key]
  const lang = own ? localeInfo[locale].intl : localeInfo.en.intl
  const id = `${lang}\u0000${key}`
  let f = cache.get(id)
  if (!f) {
    f = new IntlMessageFormat(source, lang)
    cache.set(id, f)
  }
  return f
}

export function translator(locale: Locale): Translate {
  return (key, values) => String(formatter(locale, key).format(values))
}

export function missingKeys(locale: Locale): MessageKey[] {
  return (Object.keys(en) as MessageKey[]).filter((k) => !catalogues[locale][k])
}

export type { MessageKey }

/** For keys built from data (e.g. a question's optional hint): whether the catalogue has one. */
export function hasMessage(key: string): key is MessageKey {
  return key in en
}
