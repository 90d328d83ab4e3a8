import type { IncomingMessage } from 'node:http'
import { type Readable } from 'node:stream'
import { writeReadableStreamToWritable } from '@react-router/node'
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { createRequestHandler, type ServerBuild } from 'react-router'
import { sendDocument } from './document-body.ts'
import { prepareConstantText, type ConstantText } from './gzip-around.ts'

// Serves the React Router build from Express. It replaces @react-router/express
// for one reason: that adapter pumps every request body into a web stream,
// copying each chunk and pausing the socket after each one, which held large
// record uploads to a fraction of the disk's speed (bench/upload.ts). Here the
// body stays unread until someone asks: a web stream for `request.formData()`,
// or the Node stream itself for the multipart reader (takeNodeBody).

type NodeBodies = WeakMap<Request, { source: Readable; taken: boolean }>
// On globalThis: the server build bundles its own copy of this module, and
// both copies must see the same map (as with the runtime in runtime.ts).
const KEY = Symbol.for('waypoint.nodeBodies')
const holder = globalThis as { [KEY]?: NodeBodies }
const nodeBodies: NodeBodies = (holder[KEY] ??= new WeakMap())

/**
 * The raw Node body of a request this handler made, if no one has read the web
 * body yet. Taking it makes the web body unreadable, so the two can never interleave.
 */
export function takeNodeBody(request: Request): Readable | null {
  const entry = nodeBodies.get(request)
  if (!entry || entry.taken) return null
  entry.taken = true
  return entry.source
}

function lazyWebBody(request: () => Request, source: IncomingMessage): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Buffer> | null = null
  // highWaterMark 0: nothing is pulled from the socket before a reader asks.
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!chunks) {
          const entry = nodeBodies.get(request())
          if (entry?.taken) return controller.error(new Error('The request body was already taken.'))
          if (entry) entry.taken = true
          chunks = source[Symbol.asyncIterator]()
        }
        try {
          const next = await chunks.next()
          if (next.done) controller.close()
          else controller.enqueue(next.value)
        } catch (error) {
          controller.error(error)
        }
      },
      cancel(reason) {
        source.destroy(reason instanceof Error ? reason : undefined)
      },
    },
    { highWaterMark: 0 },
  )
}

function toWebRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const [, hostPort] = req.get('host')?.split(':') ?? []
  const port = Number.parseInt(hostPort ?? '', 10)
  const host = `${req.hostname.split(/[\\/?#@]/)[0] || 'localhost'}${Number.isSafeInteger(port) ? `:${port}` : ''}`
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v)
    else if (value !== undefined) headers.set(key, value)
  }
  let controller: AbortController | null = new AbortController()
  res.on('finish', () => (controller = null))
  res.on('close', () => controller?.abort())
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers, signal: controller.signal }
  if (req.method === 'GET' || req.method === 'HEAD')
    return new Request(`${req.protocol}://${host}${req.originalUrl}`, init)
  let made: Request | null = null
  init.body = lazyWebBody(() => made!, req)
  init.duplex = 'half'
  made = new Request(`${req.protocol}://${host}${req.originalUrl}`, init)
  nodeBodies.set(made, { source: req, taken: false })
  return made
}

async function send(
  req: ExpressRequest,
  res: ExpressResponse,
  response: Response,
  style: ConstantText | null,
) {
  if (res.destroyed || res.writableEnded) {
    await response.body?.cancel()
    return
  }
  res.statusMessage = response.statusText
  res.status(response.status)
  for (const [key, value] of response.headers.entries()) res.append(key, value)
  if (/text\/event-stream/i.test(response.headers.get('content-type') ?? '')) res.flushHeaders()
  if (!response.body) return void res.end()
  if (/^text\/html/i.test(response.headers.get('content-type') ?? ''))
    return sendDocument(req, res, Buffer.from(await response.arrayBuffer()), style)
  try {
    await writeReadableStreamToWritable(response.body, res)
  } catch (error) {
    if (!(res.destroyed || res.writableEnded)) throw error
  }
}

export function reactRouterHandler(build: ServerBuild, mode: string) {
  const handle = createRequestHandler(build, mode)
  // The stylesheet every page inlines (app/entry.server.tsx), compressed once.
  const inline = (build.entry.module as { inlineStyle?: unknown }).inlineStyle
  const style = typeof inline === 'string' ? prepareConstantText(inline) : null
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    let request: Request
    try {
      request = toWebRequest(req, res)
    } catch (error) {
      // A request that makes no web Request (a Host that makes no URL, a
      // method fetch refuses) came that way from the client: a 400, not a 500.
      return next(Object.assign(error instanceof Error ? error : new Error(String(error)), { status: 400 }))
    }
    try {
      await send(req, res, await handle(request), style)
    } catch (error) {
      next(error)
    }
  }
}
