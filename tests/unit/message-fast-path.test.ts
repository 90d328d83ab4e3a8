import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, test } from 'vitest'
import { makeTranslator, planMessage, sharedFormatters, type Messages } from '#domain/i18n/format-message.ts'
import { localeInfo, locales } from '#domain/i18n/locales.ts'
import { catalogues } from '#domain/i18n/translate.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'

// The translator formats plain messages and `{name}` slots itself, without the
// ICU parser or Intl (domain/i18n/format-message.ts, ADR 0078). Every message
// of every catalogue must read exactly as IntlMessageFormat writes it.
const slotNames = (source: string) => [...source.matchAll(/\{\s*([^\s{}',#<>]+)\s*\}/g)].map((m) => m[1]!)

describe.each(locales)('%s catalogue', (locale) => {
  const messages = catalogues[locale] as Record<string, string>
  const lang = localeInfo[locale].intl

  test('most messages need no ICU parser', () => {
    const planned = Object.values(messages).filter((s) => planMessage(s) !== null).length
    expect(planned / Object.keys(messages).length).toBeGreaterThan(0.9)
  })

  test('every message the fast path takes reads as IntlMessageFormat writes it', () => {
    const t = makeTranslator(locale, { ...messages } as Messages)
    const differ: string[] = []
    for (const [key, source] of Object.entries(messages)) {
      if (planMessage(source) === null) continue
      const names = slotNames(source)
      for (const values of [
        Object.fromEntries(names.map((n, i) => [n, `«${n} ${i}»`])),
        Object.fromEntries(names.map((n, i) => [n, i * 7])),
        Object.fromEntries(names.map((n) => [n, ''])),
      ]) {
        const expected = String(new IntlMessageFormat(source, lang).format(values))
        if (t(key as MessageKey, values) !== expected) differ.push(key)
      }
    }
    expect(differ).toEqual([])
  })

  test('every ICU message with counts reads as IntlMessageFormat writes it on its own', () => {
    const t = makeTranslator(locale, { ...messages } as Messages)
    const differ: string[] = []
    let compared = 0
    for (const [key, source] of Object.entries(messages)) {
      if (planMessage(source) !== null) continue
      const names = [...new Set([...source.matchAll(/\{\s*([^\s{}',#<>]+)\s*[,}]/g)].map((m) => m[1]!))]
      for (const n of [0, 1, 2, 5, 11, 999, 1000, 1234567]) {
        const values = Object.fromEntries(names.map((name) => [name, n]))
        let expected: string
        try {
          expected = String(new IntlMessageFormat(source, lang).format(values))
        } catch {
          continue
        }
        compared++
        if (t(key as MessageKey, values) !== expected) differ.push(`${key} (${n})`)
      }
    }
    expect(compared).toBeGreaterThan(100)
    expect(differ).toEqual([])
  })

  test('the shared number formatter writes small counts as Intl does', () => {
    for (let n = 0; n < 1200; n++)
      expect(sharedFormatters.getNumberFormat(lang).format(n)).toBe(new Intl.NumberFormat(lang).format(n))
    expect(sharedFormatters.getNumberFormat(lang).format(2.5)).toBe(new Intl.NumberFormat(lang).format(2.5))
  })

  test('ICU names the locale back, so it need not be asked', () => {
    expect(Intl.NumberFormat.supportedLocalesOf(lang)).toEqual([lang])
  })
})

describe('a message with slots', () => {
  const t = makeTranslator('en', {
    'app.name': 'Hello {name}, { count } left',
  } as Messages)

  test('is refused when a slot has no value, as IntlMessageFormat refuses it', () => {
    expect(() => t('app.name' as MessageKey, { name: 'Ada' })).toThrow(/count/)
  })

  test('goes to IntlMessageFormat for a value it would not write as text', () => {
    const when = new Date('2030-01-01T00:00:00Z')
    const expected = String(
      new IntlMessageFormat('Hello {name}, { count } left', 'en-GB').format({ name: 'Ada', count: when }),
    )
    expect(t('app.name' as MessageKey, { name: 'Ada', count: when })).toBe(expected)
  })
})

test('quoting, plurals and selects go to IntlMessageFormat', () => {
  expect(planMessage("It''s {n, plural, one {# day} other {# days}}")).toBeNull()
  expect(planMessage('{role, select, patient {You} other {They}}')).toBeNull()
  expect(planMessage('Plain words')).toEqual({ kind: 'text', text: 'Plain words' })
})
