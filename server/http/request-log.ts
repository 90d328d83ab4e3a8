import { randomUUID } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import { resolveClientAddress, type ProxyTrust } from '#domain/accounts/client-address.ts'
import { CLIENT_ADDRESS_HEADER } from '../auth/auth-api.ts'
import type { Logger } from '../logger.ts'

const VALID_ID = /^[A-Za-z0-9-]{8,64}$/

/**
 * A request id on every request and response, the client's address for the
 * attempt limits, and one JSON line per request with no query string or body.
 * The address is the socket's, or the real client's through the proxies
 * TRUST_PROXY names (domain/accounts/client-address.ts); it is written into a
 * header the shell always overwrites, so a client cannot choose it.
 */
export function requestLog(logger: Logger, trust: ProxyTrust = { kind: 'none' }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id']
    const id = typeof incoming === 'string' && VALID_ID.test(incoming) ? incoming : randomUUID()
    req.headers['x-request-id'] = id
    res.setHeader('X-Request-Id', id)
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      trust,
    )
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
