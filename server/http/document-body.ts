import type { Request, Response } from 'express'
import { gzipAround, type ConstantText } from './gzip-around.ts'

// Pages are rendered whole (app/entry.server.tsx), so they are sent whole: in
// one write with a Content-Length, gzipped here on the event loop. Streamed
// through the compression middleware, a page waited for zlib's thread pool
// and then for the event loop once more, a wait that under load was longer
// than rendering the page (bench/soak.ts). The middleware leaves a response
// alone once it has a Content-Encoding, and still compresses everything else.
// The stylesheet every page inlines is compressed once, not with each page
// (gzip-around.ts).

/** Below this, gzip saves less than its own framing costs (the compression middleware's threshold). */
const MIN_BYTES = 1024

export function sendDocument(req: Request, res: Response, body: Buffer, style: ConstantText | null): void {
  res.setHeader('Vary', 'Accept-Encoding')
  if (
    body.length >= MIN_BYTES &&
    req.acceptsEncodings('gzip') === 'gzip' &&
    !res.getHeader('content-encoding')
  ) {
    // Level 1, as for everything else (server/http/app.ts).
    body = gzipAround(body, style, 1)
    res.setHeader('Content-Encoding', 'gzip')
  }
  res.setHeader('Content-Length', body.length)
  res.end(body)
}
