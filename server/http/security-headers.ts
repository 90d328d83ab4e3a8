import { randomBytes } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'

export const NONCE_HEADER = 'x-waypoint-nonce'
export const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?waypoint\.session_token=/

export function contentSecurityPolicy(nonce: string, production = false, styleHashes: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind TLS: on http://127.0.0.1 it would send assets to a port with no TLS.
    ...(production ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * One place for the security baseline of every response. The CSP nonce is
 * handed to React Router in a request header we overwrite, so a client can't
 * choose it; the document renderer reads it from there.
 */
export function securityHeaders(options: { production: boolean; styleHashes?: string[] }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString('base64')
    req.headers[NONCE_HEADER] = nonce
    res.locals.nonce = nonce
    res.setHeader(
      'Content-Security-Policy',
      contentSecurityPolicy(nonce, options.production, options.styleHashes),
    )
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('X-Frame-Options', 'DENY')
    // A home doctor's link carries its token in the path: never send it on (ADR 0066).
    res.setHeader(
      'Referrer-Policy',
      req.path.startsWith('/home-doctor/') ? 'no-referrer' : 'strict-origin-when-cross-origin',
    )
    res.setHeader(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    )
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    if (options.production) res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
    const signedIn = SESSION_COOKIE.test(req.headers.cookie ?? '')
    const isAsset = req.path.startsWith('/assets/')
    if (!isAsset) {
      // Signed-in pages (and anything that sets a cookie) must never be cached.
      const writeHead = res.writeHead
      res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
        if (signedIn || res.getHeader('set-cookie')) res.setHeader('Cache-Control', 'no-store')
        else if (!res.getHeader('cache-control')) res.setHeader('Cache-Control', 'no-cache')
        return writeHead.apply(this, args)
      } as Response['writeHead']
    }
    next()
  }
}
