// A note for the next page of a case (what an upload stored or refused, which
// record was deleted), in a cookie that lives a minute and is read once. The
// value is sealed by the case's handle (server/cases/case-flash.ts); this file
// only carries it. Its path is the case's, so it also reaches the page's data
// requests (`…/documents.data`) when JavaScript is on.
export const FLASH_COOKIE = 'waypoint_note'
const MAX_AGE_S = 60

function secure(request: Request): string {
  return new URL(request.url).protocol === 'https:' ? '; Secure' : ''
}

export function readFlash(request: Request): string | null {
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at).trim() === FLASH_COOKIE) return pair.slice(at + 1).trim() || null
  }
  return null
}

/** Set-Cookie for a sealed note (base64url, so it needs no escaping). */
export function flashCookie(request: Request, path: string, sealed: string): string {
  return `${FLASH_COOKIE}=${sealed}; Path=${path}; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure(request)}`
}

/** Set-Cookie that forgets the note once a page has shown it. */
export function clearFlashCookie(request: Request, path: string): string {
  return `${FLASH_COOKIE}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax${secure(request)}`
}
