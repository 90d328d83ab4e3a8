import type { Request, Response } from 'express'
import { localeInfo, negotiateLocale, type Locale } from '#domain/i18n/locales.ts'
import { translator, type MessageKey } from '#domain/i18n/translate.ts'

// The page the shell answers with when it refuses a request before React
// Router sees it (a method no route takes, a form from another site, a body
// that is not a form) or when a request fails outright. It is a plain,
// complete page in the visitor's language, with no script and no style the
// Content-Security-Policy would have to allow.

export type RefusalStatus = 400 | 403 | 405 | 415 | 500

const words: Record<RefusalStatus, { title: MessageKey; body: MessageKey }> = {
  400: { title: 'refused.badRequest.title', body: 'refused.badRequest.body' },
  403: { title: 'refused.crossSite.title', body: 'refused.crossSite.body' },
  405: { title: 'refused.method.title', body: 'refused.method.body' },
  415: { title: 'refused.mediaType.title', body: 'refused.mediaType.body' },
  500: { title: 'serverError.title', body: 'serverError.body' },
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** The visitor's language: the language cookie when it names one of ours, else Accept-Language. */
export function localeOfRequest(req: Pick<Request, 'headers'>): Locale {
  const chosen = /(?:^|;\s*)waypoint_lang=([a-z]{2})(?:;|$)/.exec(req.headers.cookie ?? '')?.[1]
  const accept = req.headers['accept-language']
  return negotiateLocale(chosen, typeof accept === 'string' ? accept : null)
}

/** What a refusal says, in one language: for this page and for the app's error page (app/forms/action.server.ts). */
export type RefusalText = { lang: Locale; dir: 'ltr' | 'rtl'; title: string; body: string; home: string }

export function refusalText(locale: Locale, status: RefusalStatus): RefusalText {
  const t = translator(locale)
  return {
    lang: locale,
    dir: localeInfo[locale].dir,
    title: t(words[status].title),
    body: t(words[status].body),
    home: t('notFound.home'),
  }
}

export function refusalPage(locale: Locale, status: RefusalStatus): string {
  const text = refusalText(locale, status)
  return [
    '<!DOCTYPE html>',
    `<html lang="${text.lang}" dir="${text.dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(text.title)} – ${escape(translator(locale)('app.name'))}</title></head>`,
    '<body><main>',
    `<h1>${escape(text.title)}</h1>`,
    `<p>${escape(text.body)}</p>`,
    `<p><a href="/">${escape(text.home)}</a></p>`,
    '</main></body></html>',
  ].join('\n')
}

export function sendRefusal(
  req: Request,
  res: Response,
  status: RefusalStatus,
  headers: Record<string, string> = {},
): void {
  res.status(status)
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  // A body nobody will read: drain it, and do not reuse the connection after
  // it (a client could otherwise read our answer as the answer to its next request).
  if (!req.complete) {
    res.setHeader('Connection', 'close')
    req.resume()
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(req.method === 'HEAD' ? undefined : refusalPage(localeOfRequest(req), status))
}
