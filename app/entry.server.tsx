import { createHash } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { renderToPipeableStream } from 'react-dom/server'
import { ServerRouter, type EntryContext } from 'react-router'
import { isLocale } from '#domain/i18n/locales.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { NonceContext } from '#app/lib/nonce.ts'

import appCss from './styles/app.css?inline'

export const streamTimeout = 10_000

/** The inline styles the root renders, for the shell's Content-Security-Policy (style-src). */
export const styleHashes = [`sha256-${createHash('sha256').update(appCss).digest('base64')}`]

// The CSP nonce comes from the HTTP shell (server/http/security-headers.ts),
// which also sends the matching Content-Security-Policy header.
const NONCE_HEADER = 'x-waypoint-nonce'

const MODULE_PRELOAD = Buffer.from('<link rel="modulepreload"')
const LOW_PRIORITY_PRELOAD = Buffer.from('<link rel="modulepreload" fetchpriority="low"')

/**
 * Every page is whole without JavaScript, which only enhances it, so the
 * scripts the page preloads (React Router's, and the catalogue module the
 * root links) must not compete with the page's first paint:
 * they are fetched at low priority (a slow phone paints the text first;
 * bench/lighthouse.ts counted them as holding back the first paint).
 * `<Scripts />` gives no way to set the attribute, so it is added here; page
 * text cannot contain the tag, as React escapes every `<` in it.
 */
function lowPriorityScripts(html: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const parts: Buffer<ArrayBuffer>[] = []
  let from = 0
  for (let at = html.indexOf(MODULE_PRELOAD); at !== -1; at = html.indexOf(MODULE_PRELOAD, from)) {
    parts.push(html.subarray(from, at), LOW_PRIORITY_PRELOAD)
    from = at + MODULE_PRELOAD.length
  }
  if (parts.length === 0) return html
  parts.push(html.subarray(from))
  return Buffer.concat(parts)
}

/**
 * Pages are rendered completely, then sent in one piece. Our pages have no
 * deferred data, so streaming gained nothing, while gzipping hundreds of tiny
 * chunks was the largest single cost of a search page (bench/search.ts).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  const nonce = request.headers.get(NONCE_HEADER) ?? undefined
  // The same messages entry.client hydrates with: the page's language, or the
  // small English set when the root loader failed.
  const locale = (routerContext.staticHandlerContext.loaderData.root as { locale?: unknown } | undefined)
    ?.locale
  const messages = isLocale(locale) ? messagesFor(locale) : enEssential
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode
    // Cleared when the page is done: a pending timer kept every rendered page
    // (and its response) in memory for 11 s, hundreds of MB under load.
    const timer = setTimeout(() => abort(), streamTimeout + 1000)
    const { pipe, abort } = renderToPipeableStream(
      <MessagesContext value={messages}>
        <NonceContext value={nonce}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </NonceContext>
      </MessagesContext>,
      {
        nonce,
        onAllReady() {
          const sink = new PassThrough()
          const chunks: Buffer[] = []
          sink.on('data', (c: Buffer) => chunks.push(c))
          sink.on('end', () => {
            clearTimeout(timer)
            responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
            resolve(
              new Response(lowPriorityScripts(Buffer.concat(chunks)), { headers: responseHeaders, status }),
            )
          })
          sink.on('error', (error) => {
            clearTimeout(timer)
            reject(error)
          })
          pipe(sink)
        },
        onShellError(error: unknown) {
          clearTimeout(timer)
          reject(error)
        },
        onError(error: unknown) {
          status = 500
          console.error('render error', error instanceof Error ? error.message : String(error))
        },
      },
    )
  })
}
