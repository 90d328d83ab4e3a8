import { randomUUID } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import type { Logger } from '../logger.ts'

const VALID_ID = /^[A-Za-z0-9-]{8,64}$/

/** A request id on every request and response; one JSON line per request, with no query string or body. */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id']
    const id = typeof incoming === 'string' && VALID_ID.test(incoming) ? incoming : randomUUID()
    req.headers['x-request-id'] = id
    res.setHeader('X-Request-Id', id)
    // The client address for throttling, set here so a client cannot supply it.
    req.headers['x-waypoint-client-ip'] = req.socket.remoteAddress ?? 'unknown'
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      if (req.path.startsWith('/assets/')) return
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      logger.info(
        {
          requestId: id,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'request',
      )
    })
    next()
  }
}
