// The shape every photo metadata stripper shares: a pure state machine fed
// chunk by chunk, returning the cleaned chunks to pass on. Nothing is held
// beyond a few header bytes (HEIC keeps its small `meta` box), so a photo of
// any size streams through in constant memory.
export interface MetadataStripper {
  /** Feeds the next bytes; returns the cleaned bytes that can be passed on now. */
  push(chunk: Uint8Array): Uint8Array[]
  /** The input ended; returns whatever was still held back. */
  finish(): Uint8Array[]
  /** What was removed, e.g. `APP1`, `tEXt`, `Exif item`, `trailer` (for tests and the audit). */
  readonly removed: readonly string[]
  /** Set once the bytes stop making sense as this format; the caller refuses the file then. */
  readonly malformed: string | null
}

export const concatBytes = (parts: readonly Uint8Array[]): Uint8Array => {
  const total = parts.reduce((n, p) => n + p.length, 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export const asciiAt = (bytes: Uint8Array, start: number, length: number): string => {
  let s = ''
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]!)
  return s
}
