import { createHmac, hkdfSync } from 'node:crypto'
import { nameWords } from '#domain/cases/queue-filters.ts'

// The blind index of patients' names (ADR 0048). A name is sealed with its
// case's key, so SQL cannot read it; what the index stores instead is, for
// each folded word of the name, HMAC-SHA-256 under a key derived from the
// master key (HKDF, its own label, so it is never the key that wraps case
// keys). The same word gives the same token in every case: that is what
// makes it searchable, and what it leaks (see the ADR).
const keys = new WeakMap<Buffer, Buffer>()

function indexKey(master: Buffer): Buffer {
  let key = keys.get(master)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'waypoint name-index v1', 32))
    keys.set(master, key)
  }
  return key
}

/** The token of one already folded word. 16 bytes: collisions stay out of reach at any realistic size. */
export function nameToken(master: Buffer, word: string): string {
  return createHmac('sha256', indexKey(master))
    .update(word, 'utf8')
    .digest()
    .subarray(0, 16)
    .toString('base64url')
}

/** The tokens of a whole name, each word once. */
export function nameTokens(master: Buffer, name: string): string[] {
  return nameWords(name).map((w) => nameToken(master, w))
}
