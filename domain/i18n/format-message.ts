import { IntlMessageFormat } from 'intl-messageformat'
import { localeInfo, type Locale } from './locales.ts'
import type { MessageKey } from './messages/en.ts'

// ICU formatting over a given set of messages. It imports no catalogue, so
// the browser receives only the viewer's language (from the root loader)
// instead of every language in its JavaScript.
export type Messages = Partial<Record<MessageKey, string>>
export type MessageValues = Record<string, string | number | Date>
export type Translate = ((key: MessageKey, values?: MessageValues) => string) & {
  /** For keys built from data (e.g. a question's optional hint): whether there is such a message. */
  has(key: string): key is MessageKey
}

const formatters = new WeakMap<Messages, Map<string, IntlMessageFormat>>()
const translators = new WeakMap<Messages, Map<Locale, Translate>>()

export function makeTranslator(locale: Locale, messages: Messages): Translate {
  let byLocale = translators.get(messages)
  if (!byLocale) translators.set(messages, (byLocale = new Map()))
  const existing = byLocale.get(locale)
  if (existing) return existing
  let cache = formatters.get(messages)
  if (!cache) formatters.set(messages, (cache = new Map()))
  const lang = localeInfo[locale].intl
  const t = ((key: MessageKey, values?: MessageValues) => {
    const id = `${lang}\u0000${key}`
    let f = cache.get(id)
    if (!f) {
      const source = messages[key]
      if (source === undefined) throw new Error(`No message for ${key}`)
      f = new IntlMessageFormat(source, lang)
      cache.set(id, f)
    }
    return String(f.format(values))
  }) as Translate
  t.has = (key: string): key is MessageKey => key in messages
  byLocale.set(locale, t)
  return t
}
