import { describe, expect, test } from 'vitest'
import { locales } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { enByArea } from '#domain/i18n/messages/en.ts'
import { messagesModule, messagesModuleFor, pageMessages } from './messages-module.server.ts'

// The module a browser receives (ADR 0022) is the viewer's catalogue without
// the words no page asks it for.
const leftOut = /^(summary\.|email\.|alsfrs\.item\.)/
const moduleMessages = (body: string): Record<string, string> =>
  JSON.parse(JSON.parse(/^export default JSON\.parse\((".*")\);\n$/s.exec(body)![1]!))

describe('the catalogue module', () => {
  test.each(locales)('%s leaves out the summary, the emails and the questionnaire’s wording', (locale) => {
    const sent = moduleMessages(messagesModule(locale, 'member').body)
    const all = messagesFor(locale)
    const left = Object.keys(all).filter((key) => !(key in sent))
    expect(left.length).toBeGreaterThan(0)
    expect(left.filter((key) => !leftOut.test(key))).toEqual([])
    expect(Object.keys(sent).filter((key) => leftOut.test(key))).toEqual([])
    for (const [key, text] of Object.entries(sent)) expect(text, key).toBe(all[key as keyof typeof all])
    expect(sent['alsfrs.result.title']).toBe(all['alsfrs.result.title'])
  })

  test.each(locales)(
    '%s for a visitor holds the site’s frame, signing in, the catalogue and the outcome registry, not the case pages’ words',
    (locale) => {
      const visitor = moduleMessages(messagesModule(locale, 'visitor').body)
      const all = messagesFor(locale)
      for (const area of ['common', 'accounts', 'catalogue', 'outcomes'] as const)
        for (const key of Object.keys(enByArea[area]))
          expect(visitor[key], key).toBe(all[key as keyof typeof all])
      for (const area of ['cases', 'alsfrs', 'summary', 'email'] as const)
        expect(Object.keys(enByArea[area]).filter((key) => key in visitor)).toEqual([])
      // The page is rendered with exactly the words its module gives the browser.
      expect(Object.keys(pageMessages(locale, 'visitor')).sort()).toEqual(Object.keys(visitor).sort())
      expect(messagesModule(locale, 'visitor').body.length).toBeLessThan(
        messagesModule(locale, 'member').body.length / 1.5,
      )
    },
  )

  test('is named by its content', () => {
    const { url, hash } = messagesModule('fr', 'member')
    expect(url).toBe(`/i18n/fr.${hash}.js`)
    expect(messagesModule('fr', 'member').url).toBe(url)
    expect(messagesModule('ar', 'member').url).not.toBe(url)
    expect(messagesModule('fr', 'visitor').url).not.toBe(url)
  })

  test('an unknown version gets the member module, which holds every word either page asks for', () => {
    const visitor = messagesModule('en', 'visitor')
    expect(messagesModuleFor('en', visitor.hash)).toEqual({ module: visitor, current: true })
    const member = messagesModule('en', 'member')
    expect(messagesModuleFor('en', member.hash)).toEqual({ module: member, current: true })
    expect(messagesModuleFor('en', '000000000000')).toEqual({ module: member, current: false })
  })
})
