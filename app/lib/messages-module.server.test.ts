import { describe, expect, test } from 'vitest'
import { locales } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { messagesModule } from './messages-module.server.ts'

// The module a browser receives (ADR 0022) is the viewer's catalogue without
// the words no page asks it for.
const leftOut = /^(summary\.|email\.|alsfrs\.item\.)/
const moduleMessages = (body: string): Record<string, string> =>
  JSON.parse(JSON.parse(/^export default JSON\.parse\((".*")\);\n$/s.exec(body)![1]!))

describe('the catalogue module', () => {
  test.each(locales)('%s leaves out the summary, the emails and the questionnaire’s wording', (locale) => {
    const sent = moduleMessages(messagesModule(locale).body)
    const all = messagesFor(locale)
    const left = Object.keys(all).filter((key) => !(key in sent))
    expect(left.length).toBeGreaterThan(0)
    expect(left.filter((key) => !leftOut.test(key))).toEqual([])
    expect(Object.keys(sent).filter((key) => leftOut.test(key))).toEqual([])
    for (const [key, text] of Object.entries(sent)) expect(text, key).toBe(all[key as keyof typeof all])
    expect(sent['alsfrs.result.title']).toBe(all['alsfrs.result.title'])
  })

  test('is named by its content', () => {
    const { url, hash } = messagesModule('fr')
    expect(url).toBe(`/i18n/fr.${hash}.js`)
    expect(messagesModule('fr').url).toBe(url)
    expect(messagesModule('ar').url).not.toBe(url)
  })
})
