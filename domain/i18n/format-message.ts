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
  /** The language it translates into, for values it does not format itself (a day in a refusal). */
  locale: Locale
}

/**
 * How one message is formatted. Most messages are plain text, and most of the
 * rest only put a given word in a `{name}` slot: neither needs the ICU parser,
 * nor Intl, whose first use costs a browser tens of milliseconds of its main
 * thread while the page hydrates (bench/lighthouse.ts, ADR 0078). Anything
 * else (plurals, selects, numbers, dates, quoting) goes to IntlMessageFormat.
 * `tests/unit/message-fast-path.test.ts` checks every message of every
 * catalogue gives the same text both ways.
 */
type Plan =
  | { kind: 'text'; text: string }
  | { kind: 'slots'; parts: readonly (string | { slot: string })[] }
  | { kind: 'icu'; format: IntlMessageFormat }

// No ICU syntax at all: braces, quoting, or the tags intl-messageformat reads.
const plainText = /^[^{}'<>]*$/
// Only `{name}` slots (the parser trims spaces inside the braces).
const slotsOnly = /^(?:[^{}'<>]|\{\s*[^\s{}',#<>]+\s*\})*$/
const slot = /\{\s*([^\s{}',#<>]+)\s*\}/g

export function planMessage(source: string): Exclude<Plan, { kind: 'icu' }> | null {
  if (plainText.test(source)) return { kind: 'text', text: source }
  if (!slotsOnly.test(source)) return null
  const parts: (string | { slot: string })[] = []
  let from = 0
  for (const m of source.matchAll(slot)) {
    if (m.index > from) parts.push(source.slice(from, m.index))
    parts.push({ slot: m[1]! })
    from = m.index + m[0].length
  }
  if (from < source.length) parts.push(source.slice(from))
  return { kind: 'slots', parts }
}

/**
 * A `{name}` slot filled as IntlMessageFormat fills it (a string or number as
 * written, nothing for an empty value), or undefined for a value it would
 * hand back as an object (a Date): that message then goes to IntlMessageFormat.
 */
function fillSlots(
  parts: readonly (string | { slot: string })[],
  values: MessageValues | undefined,
  key: string,
): string | undefined {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p
      continue
    }
    if (!values || !(p.slot in values))
      throw new Error(`The intl string context variable "${p.slot}" was not provided to the string "${key}"`)
    const value: unknown = values[p.slot]
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
      out += String(value)
    else if (value) return undefined
  }
  return out
}

/**
 * The Intl objects every ICU message shares, made when first needed, rather
 * than a set per message. A plural's `#` below 1000 in English, French or
 * Arabic (whose default numbering ICU writes in Latin digits) is written as the
 * number's own digits, as Intl writes it, so a page of counts
 * builds no number formatter. Building the first Intl formatter or resolving a
 * locale against ICU's list loads ICU's data: about 20 ms of a phone's main
 * thread while the page hydrates, for a locale we already know ICU has
 * (`tests/unit/message-fast-path.test.ts` checks both).
 */
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>()
function intl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  args: unknown[],
  make: () => T,
): T {
  const key = `${kind}\u0000${JSON.stringify(args)}`
  let f = intlCache.get(key) as T | undefined
  if (!f) intlCache.set(key, (f = make()))
  return f
}
const digitsAsWritten = new Set(['en-GB', 'fr-FR', 'ar'])
export const sharedFormatters = {
  getNumberFormat(locales: string | string[], options?: Intl.NumberFormatOptions): Intl.NumberFormat {
    const real = () => intl('n', [locales, options], () => new Intl.NumberFormat(locales, options))
    if (options !== undefined || typeof locales !== 'string' || !digitsAsWritten.has(locales)) return real()
    return {
      format: (n: number | bigint) =>
        typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : real().format(n),
    } as Intl.NumberFormat
  },
  getDateTimeFormat: (locales: string | string[], options?: Intl.DateTimeFormatOptions) =>
    intl('d', [locales, options], () => new Intl.DateTimeFormat(locales, options)),
  getPluralRules: (locales: string | string[], options?: Intl.PluralRulesOptions) =>
    intl('p', [locales, options], () => new Intl.PluralRules(locales, options)),
}

// IntlMessageFormat resolves each message's locale against ICU's list of
// number locales, which only names the locale back for ours (en-GB, fr-FR, ar).
IntlMessageFormat.resolveLocale = (locales) =>
  new Intl.Locale(typeof locales === 'string' ? locales : (locales[0] ?? 'en'))

const plans = new WeakMap<Messages, Map<string, Plan>>()
const translators = new WeakMap<Messages, Map<Locale, Translate>>()

export function makeTranslator(locale: Locale, messages: Messages): Translate {
  let byLocale = translators.get(messages)
  if (!byLocale) translators.set(messages, (byLocale = new Map()))
  const existing = byLocale.get(locale)
  if (existing) return existing
  let cache = plans.get(messages)
  if (!cache) plans.set(messages, (cache = new Map()))
  const lang = localeInfo[locale].intl
  const icu = (id: string, source: string): IntlMessageFormat => {
    const format = new IntlMessageFormat(source, lang, undefined, { formatters: sharedFormatters })
    cache.set(id, { kind: 'icu', format })
    return format
  }
  const t = ((key: MessageKey, values?: MessageValues) => {
    const id = `${lang}\u0000${key}`
    let plan = cache.get(id)
    if (!plan) {
      const source = messages[key]
      if (source === undefined) throw new Error(`No message for ${key}`)
      plan = planMessage(source) ?? { kind: 'icu', format: icu(id, source) }
      cache.set(id, plan)
    }
    if (plan.kind === 'text') return plan.text
    if (plan.kind === 'slots') {
      const filled = fillSlots(plan.parts, values, key)
      if (filled !== undefined) return filled
      return String(icu(id, messages[key]!).format(values))
    }
    return String(plan.format.format(values))
  }) as Translate
  t.has = (key: string): key is MessageKey => key in messages
  t.locale = locale
  byLocale.set(locale, t)
  return t
}
