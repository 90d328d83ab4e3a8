import { createHash } from 'node:crypto'
import type { Locale } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'

/**
 * The viewer's catalogue as a JavaScript module of its own, named by its
 * content (docs/decisions/0022-catalogue-as-a-cached-module.md): the browser
 * keeps it for a year, so pages carry a link to it rather than the catalogue.
 */
export type MessagesModule = { url: string; hash: string; body: string }

const modules = new Map<Locale, MessagesModule>()

/**
 * Words only the server uses, for the PDF summary and emails: no page shows them, so browsers never download them.
 * `rank.*` is no longer shown anywhere ("how we rank" is content/pages/, ADR 0027); the keys leave the
 * catalogues when those become JSON, and until then browsers are spared them.
 */
const serverOnly = /^(summary|email|rank)\./

const browserMessages = (locale: Locale) =>
  Object.fromEntries(Object.entries(messagesFor(locale)).filter(([key]) => !serverOnly.test(key)))

export function messagesModule(locale: Locale): MessagesModule {
  let found = modules.get(locale)
  if (!found) {
    // JSON.parse of one string literal is the fastest way for a browser to read a large object.
    const body = `export default JSON.parse(${JSON.stringify(JSON.stringify(browserMessages(locale)))});\n`
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
    found = { url: `/i18n/${locale}.${hash}.js`, hash, body }
    modules.set(locale, found)
  }
  return found
}
