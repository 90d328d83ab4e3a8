import { createHash } from 'node:crypto'
import type { Locale } from '#domain/i18n/locales.ts'
import { messagesFor, visitorMessagesFor } from '#domain/i18n/translate.ts'
import type { Messages } from '#domain/i18n/format-message.ts'

/**
 * The viewer's catalogue as a JavaScript module of its own, named by its
 * content (docs/decisions/0022-catalogue-as-a-cached-module.md): the browser
 * keeps it for a year, so pages carry a link to it rather than the catalogue.
 * A visitor who is not signed in gets the visitor's part of it only.
 */
export type MessagesModule = { url: string; hash: string; body: string }
export type MessagesAudience = 'visitor' | 'member'

const modules = new Map<string, MessagesModule>()

/**
 * Words the module leaves out. The PDF summary's and the emails' are the
 * server's alone: no page shows them. The ALSFRS-R questionnaire's wording
 * reaches the browser with the pages that ask it (domain/alsfrs/item-text.ts),
 * so it is not sent twice; components read it through alsfrsItemTextFor().
 */
const notInModule = /^(summary\.|email\.|alsfrs\.item\.)/

/** The messages a page renders with on the server: the same words its module gives the browser, and more for a member. */
export function pageMessages(locale: Locale, audience: MessagesAudience): Messages {
  return audience === 'visitor' ? visitorMessagesFor(locale) : messagesFor(locale)
}

/** The messages a page renders with on the server, for the module its root data names. */
export function pageMessagesOf(locale: Locale, url: string): Messages {
  return pageMessages(locale, messagesModule(locale, 'visitor').url === url ? 'visitor' : 'member')
}

/** The language's messages as the browser receives them. */
const browserMessages = (locale: Locale, audience: MessagesAudience) =>
  Object.fromEntries(Object.entries(pageMessages(locale, audience)).filter(([key]) => !notInModule.test(key)))

export function messagesModule(locale: Locale, audience: MessagesAudience): MessagesModule {
  let found = modules.get(`${locale}:${audience}`)
  if (!found) {
    // JSON.parse of one string literal is the fastest way for a browser to read a large object.
    const body = `export default JSON.parse(${JSON.stringify(JSON.stringify(browserMessages(locale, audience)))});\n`
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
    found = { url: `/i18n/${locale}.${hash}.js`, hash, body }
    modules.set(`${locale}:${audience}`, found)
  }
  return found
}

/**
 * The module a URL names. An unknown version (a page from before a deploy)
 * gets today's member module, which holds every word either kind of page asks
 * for; `current` says whether it is the version asked for.
 */
export function messagesModuleFor(
  locale: Locale,
  hash: string,
): { module: MessagesModule; current: boolean } {
  const visitor = messagesModule(locale, 'visitor')
  if (visitor.hash === hash) return { module: visitor, current: true }
  const member = messagesModule(locale, 'member')
  return { module: member, current: member.hash === hash }
}
