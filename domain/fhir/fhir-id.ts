// Resource ids for the export, derived from Waypoint's own ids so that
// exporting the same case twice yields the same ids and a receiving server
// updates rather than duplicates. FHIR ids are 1–64 characters of
// [A-Za-z0-9-.]; a joined id that would break that is replaced by a hash of
// itself, which is still stable.
const validId = /^[A-Za-z0-9\-.]{1,64}$/

export function fhirId(...parts: string[]): string {
  const joined = parts.join('-')
  if (validId.test(joined)) return joined
  return `h-${fnv1a(joined, 0x811c9dc5)}${fnv1a(joined, 0x01000193)}`
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. Not for security: only to shorten. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
