import { describe, expect, test } from 'vitest'
import { safeRedirectPath } from './safe-redirect.ts'

const fallback = '/account'

describe('safe redirect after sign-in', () => {
  test.each([
    ['/patient', '/patient'],
    ['/providers?q=als%2Fmnd&city=Bengaluru#results', '/providers?q=als%2Fmnd&city=Bengaluru#results'],
    ['/patient/cases/1/questions/who-for?from=check', '/patient/cases/1/questions/who-for?from=check'],
    ['/a/../patient', '/patient'],
    ['/caf\u00e9', '/caf%C3%A9'],
    ['/\u3000/x', '/%E3%80%80/x'],
  ])('keeps a path of this site: %j', (raw, expected) => {
    expect(safeRedirectPath(raw, fallback)).toBe(expected)
  })

  test.each([
    ['empty', ''],
    ['not a string', 42],
    ['absolute URL', 'https://evil.example/'],
    ['scheme without slashes', 'http:evil.example'],
    ['javascript', 'javascript:alert(1)'],
    ['protocol-relative', '//evil.example'],
    ['tab (a browser drops it)', '/\t/evil.example'],
    ['CR/LF (header injection)', '/\r\nSet-Cookie: x=1'],
    ['LF alone', '/\n/evil.example'],
    ['NUL', '/ok\u0000'],
    ['backslash', '/\\evil.example'],
    ['dot segment to protocol-relative', '/.//evil.example'],
    ['dot-dot segment to protocol-relative', '/..//evil.example'],
    ['encoded dots to protocol-relative', '/%2e%2e//evil.example'],
    ['encoded tab', '/%09/evil.example'],
    ['encoded slash', '/%2F/evil.example'],
    ['lower-case encoded slash', '/%2f%2fevil.example'],
    ['double-encoded slash', '/%252F%252Fevil.example'],
    ['encoded backslash', '/%5Cevil.example'],
    ['encoded CR/LF', '/%0d%0aSet-Cookie:x'],
    ['line separator', '/\u2028/evil.example'],
    ['leading space', ' /evil.example'],
    ['too long', '/' + 'a'.repeat(2000)],
  ])('refuses %s', (_name, raw) => {
    expect(safeRedirectPath(raw, fallback)).toBe(fallback)
  })
})
