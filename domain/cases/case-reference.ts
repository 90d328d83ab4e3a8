// A case reference people can read aloud: no 0/O or 1/I/L to confuse.
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** Builds a reference from random bytes supplied by the shell (domain code takes no randomness itself). */
export function caseReference(randomBytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < 6; i++) out += alphabet[(randomBytes[i] ?? 0) % alphabet.length]
  return `WP-${out}`
}
