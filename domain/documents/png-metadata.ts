import { asciiAt, type MetadataStripper } from './metadata-stripper.ts'

// Removes a PNG's text and metadata chunks (tEXt, zTXt, iTXt, eXIf, tIME and
// any ancillary chunk we do not know to be about pixels) and anything after
// IEND. Critical chunks and the ancillary chunks that change how the image
// looks (transparency, gamma, colour profile, physical size, animation) are
// copied whole, CRC included, so the file stays valid.
//
// A PNG is the 8-byte signature, then chunks `[length:4][type:4][data][crc:4]`.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Ancillary chunks that describe the pixels, not the person or the camera. */
export const KEPT_ANCILLARY_CHUNKS = new Set([
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'hIST',
  'pHYs',
  'sPLT',
  'cICP',
  'mDCV',
  'cLLI',
  'acTL',
  'fcTL',
  'fdAT',
])

const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)

type State =
  | { t: 'signature'; seen: number }
  | { t: 'header'; bytes: Uint8Array; filled: number }
  | { t: 'body'; keep: boolean; remaining: number; last: boolean }
  | { t: 'trailer' }
  | { t: 'malformed' }

export function createPngStripper(): MetadataStripper {
  let state: State = { t: 'signature', seen: 0 }
  const removed: string[] = []
  let malformed: string | null = null
  const fail = (why: string) => {
    malformed = why
    state = { t: 'malformed' }
  }
  const newHeader = (): State => ({ t: 'header', bytes: new Uint8Array(8), filled: 0 })

  function push(chunk: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = []
    let i = 0
    while (i < chunk.length) {
      const s: State = state
      switch (s.t) {
        case 'malformed':
          return out
        case 'trailer':
          if (!removed.includes('trailer')) removed.push('trailer')
          return out
        case 'signature': {
          const start = i
          while (i < chunk.length && s.seen < 8) {
            if (chunk[i] !== SIGNATURE[s.seen]) {
              fail('not a PNG')
              return out
            }
            i++
            s.seen++
          }
          out.push(chunk.subarray(start, i))
          if (s.seen === 8) state = newHeader()
          break
        }
        case 'header': {
          const take = Math.min(8 - s.filled, chunk.length - i)
          s.bytes.set(chunk.subarray(i, i + take), s.filled)
          s.filled += take
          i += take
          if (s.filled < 8) break
          const b = s.bytes
          const length = ((b[0]! << 24) >>> 0) + (b[1]! << 16) + (b[2]! << 8) + b[3]!
          if (length > 0x7fffffff || ![4, 5, 6, 7].every((k) => isLetter(b[k]!))) {
            fail('bad chunk header')
            return out
          }
          const type = asciiAt(b, 4, 4)
          const critical = (b[4]! & 0x20) === 0
          const keep = critical || KEPT_ANCILLARY_CHUNKS.has(type)
          if (keep) out.push(b)
          else removed.push(type)
          state = { t: 'body', keep, remaining: length + 4, last: type === 'IEND' }
          break
        }
        case 'body': {
          const take = Math.min(s.remaining, chunk.length - i)
          if (s.keep) out.push(chunk.subarray(i, i + take))
          i += take
          s.remaining -= take
          if (s.remaining === 0) state = s.last ? { t: 'trailer' } : newHeader()
          break
        }
      }
    }
    return out
  }

  return {
    push,
    finish() {
      if (state.t === 'signature') malformed ??= 'not a PNG'
      return []
    },
    get removed() {
      return removed
    },
    get malformed() {
      return malformed
    },
  }
}
