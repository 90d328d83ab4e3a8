import { describe, expect, test } from 'vitest'
import { clearFlashCookie, flashCookie, FLASH_COOKIE, readFlash } from './flash.server.ts'

const request = (url: string, cookie?: string) =>
  new Request(url, cookie ? { headers: { cookie } } : undefined)

describe('the note cookie', () => {
  test('is read from among other cookies, and only under its own name', () => {
    expect(readFlash(request('http://x/', `waypoint_lang=fr; ${FLASH_COOKIE}=abc_-1; other=2`))).toBe(
      'abc_-1',
    )
    expect(readFlash(request('http://x/', `not_${FLASH_COOKIE}=abc`))).toBeNull()
    expect(readFlash(request('http://x/', `${FLASH_COOKIE}=`))).toBeNull()
    expect(readFlash(request('http://x/'))).toBeNull()
  })

  test('lives a minute, out of reach of scripts and other sites, on the case’s pages only', () => {
    const cookie = flashCookie(request('https://x/'), '/patient/cases/c1', 'sealed')
    expect(cookie).toBe(
      `${FLASH_COOKIE}=sealed; Path=/patient/cases/c1; Max-Age=60; HttpOnly; SameSite=Lax; Secure`,
    )
    expect(flashCookie(request('http://x/'), '/p', 's')).not.toContain('Secure')
    expect(clearFlashCookie(request('http://x/'), '/patient/cases/c1')).toContain('Max-Age=0')
  })
})
