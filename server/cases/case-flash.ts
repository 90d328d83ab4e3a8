import type { CaseContext } from './case-context.ts'
import { seal, unseal } from './case-vault.ts'

// A note from one request of a case to the next (what an upload stored or
// refused, which file was deleted), carried by a short-lived cookie instead of
// the address: file names are health data, and text in an address can be
// typed by anyone. The note is sealed with the case's own key, so only this
// server wrote it, only for this case, and it says nothing to anyone who reads
// the cookie. It is good for a minute.
export const FLASH_TTL_MS = 60_000

type Sealed<T> = { note: T; until: number }

export function sealFlash<T>(ctx: CaseContext, now: Date, note: T): string {
  return seal(ctx.key, { note, until: now.getTime() + FLASH_TTL_MS } satisfies Sealed<T>)
}

/** The note, or null when the token is not one this case sealed, or is too old. */
export function openFlash<T>(ctx: CaseContext, now: Date, token: string | null | undefined): T | null {
  if (!token || token.length > 8192) return null
  try {
    const sealed = unseal<Sealed<T>>(ctx.key, token)
    return typeof sealed.until === 'number' && sealed.until >= now.getTime() ? sealed.note : null
  } catch {
    return null
  }
}
