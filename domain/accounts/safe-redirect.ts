// Where a person may be sent after signing in, enrolling TOTP or changing
// language: a path of this site, and nothing a browser could read as another
// site. Browsers drop tabs and line breaks from a URL and read a backslash as
// a slash, so `/\t/evil.example` and `/\evil.example` both become
// `//evil.example`, a link to another site. Rather than list those tricks,
// the target is parsed as a browser would parse it and must keep our origin;
// characters a browser would silently change are refused outright.

const MAX_LENGTH = 2000
const ORIGIN = 'http://waypoint.invalid'
/** Controls (tab, CR, LF, NUL…), backslashes and Unicode line separators: never in a path we make. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/
/** Percent-encoded forms of the same, at any depth of encoding. */
const ENCODED = /%(?:25)*(?:[01][0-9a-f]|7f|5c|2f)/i

/**
 * `raw` as a same-site path (with its query and fragment), normalised as the
 * browser would, or `fallback` when it is anything else.
 */
export function safeRedirectPath(raw: unknown, fallback: string): string {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_LENGTH) return fallback
  if (!raw.startsWith('/') || raw.startsWith('//') || UNSAFE.test(raw)) return fallback
  // An encoded slash or control in the path could be decoded by something on
  // the way (a proxy, a later redirect) into `//`; queries may carry them.
  const path = raw.split(/[?#]/, 1)[0]!
  if (ENCODED.test(path)) return fallback
  let url: URL
  try {
    url = new URL(raw, ORIGIN)
  } catch {
    return fallback
  }
  if (url.origin !== ORIGIN) return fallback
  const normalised = url.pathname + url.search + url.hash
  // `/.//evil.example` normalises to `//evil.example`.
  if (normalised.startsWith('//') || UNSAFE.test(normalised)) return fallback
  return normalised
}
