import type { NextFunction, Request, Response } from 'express'
import { sendRefusal } from './refusal-page.ts'

// What a request must be before any route sees it (docs/decisions/0033):
//  - a method Waypoint answers: GET and HEAD for pages, POST for forms and
//    better-auth's endpoints. Anything else is a 405 here, whatever the route
//    (resource routes have no page of their own to refuse with).
//  - a POST from our own pages: a browser names the page's origin; another
//    site's, or `null`, is a 403. Resource routes (/language) skip React
//    Router's own check, so the shell makes it for every route.
//  - a POST to a page that is a form: url-encoded or multipart with a
//    boundary, else 415 (JSON, text, nothing), or 400 (multipart without a
//    boundary). better-auth's API reads its own JSON.

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const
const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

function sameOrigin(req: Request, publicOrigin: string): boolean {
  const origin = req.headers.origin
  if (origin === undefined) {
    // No Origin (an old browser, or not a browser): Fetch Metadata, when sent, still tells.
    const site = req.headers['sec-fetch-site']
    return site === undefined || site === 'same-origin' || site === 'none'
  }
  if (origin === 'null') return false
  // The origin this request was made to, as the browser saw it (through trusted proxies).
  const own = `${req.protocol}://${req.get('host') ?? ''}`
  return origin === own || origin === publicOrigin
}

export function requestGuard(options: { publicOrigin: string }) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!(ALLOWED_METHODS as readonly string[]).includes(req.method)) {
      return sendRefusal(req, res, 405, { Allow: ALLOWED_METHODS.join(', ') })
    }
    if (req.method !== 'POST') return next()
    if (!sameOrigin(req, options.publicOrigin)) return sendRefusal(req, res, 403)
    if (req.path.startsWith('/api/auth/')) return next()
    const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';')
    const mediaType = type.trim().toLowerCase()
    if (!formTypes.has(mediaType)) return sendRefusal(req, res, 415)
    if (mediaType === 'multipart/form-data' && !params.some((p) => /^\s*boundary=\S/i.test(p)))
      return sendRefusal(req, res, 400)
    next()
  }
}
