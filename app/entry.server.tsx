import { createHash } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { renderToPipeableStream } from 'react-dom/server'
import { ServerRouter, type EntryContext } from 'react-router'
import { isLocale } from '#domain/i18n/locales.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { InlineStylesContext } from '#app/lib/inline-styles.ts'
import { pageMessagesOf } from '#app/lib/messages-module.server.ts'
import { NonceContext } from '#app/lib/nonce.ts'

import appCss from './styles/app.css?inline'

export const streamTimeout = 10_000

/** The inline styles the root renders, for the shell's Content-Security-Policy (style-src). */
export const styleHashes = [`sha256-${createHash('sha256').update(appCss).digest('base64')}`]

/** The stylesheet every page inlines, which the shell compresses once (server/http/gzip-around.ts). */
export const inlineStyle = appCss

// The CSP nonce comes from the HTTP shell (server/http/security-headers.ts),
// which also sends the matching Content-Security-Policy header.
const NONCE_HEADER = 'x-waypoint-nonce'

const MODULE_PRELOAD = Buffer.from('<link rel="modulepreload"')
const HELD_PRELOAD = Buffer.from('<link rel="held-modulepreload"')
// React writes the nonce first: match the attribute, which text cannot hold (React escapes `"`).
const MODULE_SCRIPT = Buffer.from(' type="module"')
const HELD_SCRIPT = Buffer.from(' type="held-module"')
/**
 * Releases the held preloads and module script once the browser reports the
 * page's first contentful paint (after the next frame where paint timing is
 * not supported). The preloads go into the head together, as one fragment, and
 * the module script follows in a task of its own: each piece of main-thread
 * work stays short, so none of it delays a tap on the page (Lighthouse counts
 * every task over 50 ms on a slow phone as blocking, ADR 0078).
 */
const RELEASE = `(function(){var done=false;function go(){if(done)return;done=true;
var f=document.createDocumentFragment();
document.querySelectorAll('link[rel="held-modulepreload"]').forEach(function(l){var n=l.cloneNode();n.rel='modulepreload';f.appendChild(n);l.remove()});
document.head.appendChild(f);
setTimeout(function(){document.querySelectorAll('script[type="held-module"]').forEach(function(h){var s=document.createElement('script');s.type='module';s.textContent=h.textContent;h.replaceWith(s)})},0)}
var P=window.PerformanceObserver;
if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0){new P(function(list,o){if(list.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go,0)}}).observe({type:'paint',buffered:true})}
else requestAnimationFrame(function(){setTimeout(go,0)})})()`

function replaceAll(html: Buffer<ArrayBuffer>, find: Buffer, by: Buffer): Buffer<ArrayBuffer> {
  const parts: Buffer<ArrayBuffer>[] = []
  let from = 0
  for (let at = html.indexOf(find); at !== -1; at = html.indexOf(find, from)) {
    parts.push(html.subarray(from, at), by as Buffer<ArrayBuffer>)
    from = at + find.length
  }
  if (parts.length === 0) return html
  parts.push(html.subarray(from))
  return Buffer.concat(parts)
}

/**
 * Every page is whole without JavaScript, which only enhances it, so its
 * scripts (React Router's module script and preloads, and the catalogue module
 * the root links) are not even asked for until the page has painted: the
 * text of a page never waits for them (bench/lighthouse.ts counted them as
 * holding back the first and largest paints). `<Scripts />` gives no way to
 * do this, so the finished document's tags are held here (an unknown `rel` or
 * `type` is inert) and one small script releases them after the first paint;
 * the policy's 'strict-dynamic' trusts what that nonced script adds. Page text
 * cannot contain these tags, as React escapes every `<` in it.
 */
function scriptsAfterFirstPaint(html: Buffer<ArrayBuffer>, nonce: string | undefined): Buffer<ArrayBuffer> {
  const held = replaceAll(replaceAll(html, MODULE_PRELOAD, HELD_PRELOAD), MODULE_SCRIPT, HELD_SCRIPT)
  if (held === html) return html
  const at = held.lastIndexOf('</body>')
  if (at === -1) return html
  const release = Buffer.from(`<script${nonce ? ` nonce="${nonce}"` : ''}>${RELEASE}</script>`)
  return Buffer.concat([held.subarray(0, at), release, held.subarray(at)])
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
  const root = routerContext.staticHandlerContext.loaderData.root as
    { locale?: unknown; messagesUrl?: unknown } | undefined
  const messages =
    isLocale(root?.locale) && typeof root.messagesUrl === 'string'
      ? pageMessagesOf(root.locale, root.messagesUrl)
      : enEssential
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode
    // Cleared when the page is done: a pending timer kept every rendered page
    // (and its response) in memory for 11 s, hundreds of MB under load.
    const timer = setTimeout(() => abort(), streamTimeout + 1000)
    const { pipe, abort } = renderToPipeableStream(
      <MessagesContext value={messages}>
        <NonceContext value={nonce}>
          <InlineStylesContext value={appCss}>
            <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
          </InlineStylesContext>
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
              new Response(scriptsAfterFirstPaint(Buffer.concat(chunks), nonce), {
                headers: responseHeaders,
                status,
              }),
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
