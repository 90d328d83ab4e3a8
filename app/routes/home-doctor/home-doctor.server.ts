import { data } from 'react-router'
import type { HomeDoctorView } from '#domain/home-doctor/home-doctor-link.ts'
import { caseDeps } from '#app/case.server.ts'
import { CLIENT_ADDRESS_HEADER } from '#server/auth/auth-api.ts'
import { openHomeDoctorLink } from '#server/use-cases/home-doctor/home-doctor-links.ts'

// What every response through a home doctor's link carries (ADR 0066): never
// stored by a browser or a proxy, never indexed, and the token in the
// address never sent on as a referrer.
// (Referrer-Policy is set for these paths by server/http/security-headers.ts,
// which sets every response's; a second header here would only be appended.)
export const privateHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
} as const

/** The link behind a token, for the page or the Bundle: 404, 410 or 429 when there is nothing to show. */
export async function openLink(request: Request, token: string, view: HomeDoctorView) {
  const opened = await openHomeDoctorLink(await caseDeps(), token.slice(0, 100), {
    view,
    address: request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
    requestId: request.headers.get('x-request-id'),
  })
  if (opened.found === 'throttled') {
    const retry = String(Math.ceil(opened.retryAfterMs / 1000))
    throw data(null, { status: 429, headers: { ...privateHeaders, 'Retry-After': retry } })
  }
  if (opened.found === 'none') throw data(null, { status: 404, headers: privateHeaders })
  return opened
}
