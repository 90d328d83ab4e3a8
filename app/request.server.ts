import { data, redirect } from 'react-router'
import { decideAreaAccess, type Area } from '#domain/accounts/roles.ts'
import { safeRedirectPath } from '#domain/accounts/safe-redirect.ts'
import { pagePathOf } from '#app/lib/page-path.ts'
import { negotiateLocale, type Locale } from '#domain/i18n/locales.ts'
import type { SessionUser } from '#server/auth/session.ts'
import { getRuntime, type Runtime } from '#server/runtime.ts'

// Request helpers for loaders and actions. Every loader and action that needs
// a signed-in person calls requireArea/requireUser itself (parent loaders run
// in parallel and do not protect their children).
export const LOCALE_COOKIE = 'waypoint_lang'

export function runtime(): Promise<Runtime> {
  return getRuntime()
}

/** A cookie's value, or null when it is missing or its encoding is broken (never an exception). */
export function cookieValue(request: Request, name: string): string | null {
  const match = (request.headers.get('cookie') ?? '').match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`))
  if (!match) return null
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return null
  }
}

export function localeOf(request: Request): Locale {
  return negotiateLocale(cookieValue(request, LOCALE_COOKIE), request.headers.get('accept-language'))
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?waypoint\.session_token=/

// The root loader and the page's loader both ask who is signed in, in
// parallel, with the same Request: look the session up once per request, not
// once per loader (two database round trips and a cookie signature check each).
const viewers = new WeakMap<Request, Promise<SessionUser | null>>()

export function viewerOf(request: Request): Promise<SessionUser | null> {
  // Most visitors are anonymous: without a session cookie there is nothing to look up.
  if (!SESSION_COOKIE.test(request.headers.get('cookie') ?? '')) return Promise.resolve(null)
  let viewer = viewers.get(request)
  if (!viewer) {
    viewer = runtime().then((rt) => rt.readSession(request.headers))
    viewers.set(request, viewer)
  }
  return viewer
}

/** Only same-site paths may be redirected to after signing in (domain/accounts/safe-redirect.ts). */
export function safeNext(next: string | null | undefined, fallback = '/signed-in'): string {
  return safeRedirectPath(next, fallback)
}

export function signInUrl(request: Request): string {
  return `/sign-in?next=${encodeURIComponent(pagePathOf(request.url))}`
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const viewer = await viewerOf(request)
  if (!viewer) throw redirect(signInUrl(request))
  return viewer
}

export async function requireArea(request: Request, area: Area): Promise<SessionUser> {
  const viewer = await viewerOf(request)
  const decision = decideAreaAccess(viewer, area)
  switch (decision.kind) {
    case 'allow':
      return viewer!
    case 'sign-in':
      throw redirect(signInUrl(request))
    case 'verify-email':
      throw redirect('/sign-in?unverified=1')
    case 'enrol-two-factor':
      throw redirect(`/account/two-factor?next=${encodeURIComponent(pagePathOf(request.url))}`)
    case 'not-found':
      throw data(null, { status: 404 })
  }
}

export function withCookies(response: Response, cookies: string[]): Response {
  for (const c of cookies) response.headers.append('Set-Cookie', c)
  return response
}

export function redirectWithCookies(to: string, cookies: string[]): Response {
  return withCookies(redirect(to), cookies)
}

/** For the dev mailbox: it exists only outside production. */
export async function requireNonProduction(): Promise<Runtime> {
  const rt = await runtime()
  if (rt.config.NODE_ENV === 'production') throw data(null, { status: 404 })
  return rt
}
