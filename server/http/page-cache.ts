import type { NextFunction, Request, Response } from 'express'
import { gunzipSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'
import { negotiateLocale } from '#domain/i18n/locales.ts'
import { fillGzipTemplate, prepareGzipTemplate, type GzipTemplate } from './gzip-template.ts'
import { NONCE_HEADER, SESSION_COOKIE } from './security-headers.ts'

// A short-lived shared cache for public pages (ADR 0021). A route opts in by
// sending PAGE_CACHE_HEADER (app/lib/public-page.ts): its page must then be
// the same for every anonymous visitor in a language. Signed-in visitors and
// anything that sets a cookie are never cached or served from the cache.
// The CSP nonce differs per response, so it is swapped in on every hit.
// purge() drops every page at once when any instance changes the listings
// (ADR 0056); a page rendered before the purge and finished after it is not stored.

/** Also spelled out in app/lib/public-page.ts, which may not import the server. */
export const PAGE_CACHE_HEADER = 'x-waypoint-page-cache'
const LOCALE_COOKIE = /(?:^|;\s*)waypoint_lang=([^;]*)/

/**
 * A stored page: as first sent (gzipped when the visitor accepted it) until
 * it is asked for again, then as a template. Most pages of a long tail of
 * searches are never asked for twice, so none of them pays for a template.
 */
type Entry = {
  headers: [string, string | number | string[]][]
  template: GzipTemplate | null
  sent: { body: Buffer; gzipped: boolean; nonce: Buffer } | null
  /** For the cache's size limit, fixed when stored: the text and its compressed form. */
  bytes: number
}

/** The entry's template, prepared from the page as first sent on the first hit. */
function templateOf(entry: Entry): GzipTemplate {
  if (!entry.template) {
    const { body, gzipped, nonce } = entry.sent!
    entry.template = prepareGzipTemplate(gzipped ? gunzipSync(body) : body, nonce)
    entry.sent = null
  }
  return entry.template
}

/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set([
  'content-security-policy',
  'x-request-id',
  'set-cookie',
  'content-length',
  'date',
  'cache-control',
  'vary',
  'content-encoding',
  PAGE_CACHE_HEADER,
])

/** The page as first rendered, with this response's nonce where that one's was. */
function plain(template: GzipTemplate, nonce: Buffer): Buffer {
  return Buffer.concat(template.raw.flatMap((piece, i) => (i > 0 ? [nonce, piece] : [piece])))
}

export type PageCache = ((req: Request, res: Response, next: NextFunction) => void) & {
  /** Drops every stored page, and any page being rendered now from being stored. */
  purge(): void
}

export function pageCache(options: { seconds: number; maxBytes: number }): PageCache {
  const cache = new LRUCache<string, Entry>({
    ttl: Math.max(1, options.seconds) * 1000,
    maxSize: Math.max(1, options.maxBytes),
    sizeCalculation: (e) => e.bytes,
  })
  /** The entry's template; a page that cannot be read back is dropped and rendered afresh. */
  const usableTemplate = (key: string, entry: Entry): GzipTemplate | null => {
    try {
      return templateOf(entry)
    } catch {
      cache.delete(key)
      return null
    }
  }
  // Bumped by each purge: a page whose rendering began before it may hold what was just withdrawn.
  let generation = 0
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const cookies = req.headers.cookie ?? ''
    if (options.seconds <= 0 || req.method !== 'GET' || SESSION_COOKIE.test(cookies)) return next()
    const cookieLocale = LOCALE_COOKIE.exec(cookies)?.[1] ?? null
    const key = `${negotiateLocale(cookieLocale, req.headers['accept-language'] ?? null)} ${req.originalUrl}`
    const nonce = Buffer.from(String(req.headers[NONCE_HEADER] ?? ''))

    const hit = cache.get(key)
    const template = hit ? usableTemplate(key, hit) : null
    if (hit && template) {
      for (const [name, value] of hit.headers) res.setHeader(name, value)
      res.setHeader('X-Waypoint-Cache', 'hit')
      res.setHeader('Vary', 'Accept-Encoding')
      if (!req.acceptsEncodings('gzip')) return void res.status(200).end(plain(template, nonce))
      // Already compressed, so the compression middleware leaves it alone.
      const body = fillGzipTemplate(template, nonce)
      res.setHeader('Content-Encoding', 'gzip')
      res.setHeader('Content-Length', body.length)
      res.status(200).end(body)
      return
    }

    const startedIn = generation
    let cacheable = false
    /** How the handler itself encoded the body, before the compression middleware had a say. */
    let ownEncoding: unknown
    let headers: Entry['headers'] = []
    const chunks: Buffer[] = []
    let bytes = 0
    const writeHead = res.writeHead
    res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
      const status = typeof args[0] === 'number' ? args[0] : res.statusCode
      cacheable =
        status === 200 && res.getHeader(PAGE_CACHE_HEADER) === 'public' && !res.getHeader('set-cookie')
      res.removeHeader(PAGE_CACHE_HEADER)
      // The compression middleware sets its Content-Encoding only in the call
      // below, and compresses only after these wrappers have seen the chunks:
      // what they collect is encoded only if the handler encoded it (a page,
      // document-body.ts), never because the middleware will.
      ownEncoding = res.getHeader('content-encoding')
      if (ownEncoding !== undefined && ownEncoding !== 'gzip') cacheable = false
      if (cacheable) {
        headers = Object.entries(res.getHeaders()).flatMap(([name, value]) =>
          value === undefined || PER_RESPONSE.has(name) ? [] : [[name, value] as Entry['headers'][number]],
        )
        res.setHeader('X-Waypoint-Cache', 'miss')
      }
      return writeHead.apply(this, args)
    } as Response['writeHead']
    const collect = (chunk: unknown) => {
      if (!cacheable || chunk === undefined || chunk === null || typeof chunk === 'function') return
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
      bytes += buffer.length
      if (bytes > options.maxBytes / 8)
        cacheable = false // one page never crowds out the rest
      else chunks.push(buffer)
    }
    const write = res.write
    // Through first: the first write sends the head, which decides `cacheable`.
    res.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
      const more = (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
      collect(chunk)
      return more
    } as Response['write']
    const end = res.end
    res.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
      const result = (end as (...a: unknown[]) => Response).call(this, chunk, ...rest)
      collect(chunk)
      if (cacheable && startedIn === generation) {
        // Pages come gzipped from the handler (document-body.ts) when the visitor accepts it.
        const body = Buffer.concat(chunks)
        const gzipped = ownEncoding === 'gzip'
        // A gzip stream ends with its text's length (RFC 1952), read here without unzipping it.
        const textBytes = gzipped ? (body.length >= 18 ? body.readUInt32LE(body.length - 4) : 0) : body.length
        cache.set(key, {
          headers,
          template: null,
          sent: { body, gzipped, nonce },
          bytes: textBytes + body.length + 1024,
        })
      }
      return result
    } as Response['end']
    next()
  }
  return Object.assign(middleware, {
    purge() {
      generation += 1
      cache.clear()
    },
  })
}
