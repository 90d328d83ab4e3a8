import { asciiAt, type MetadataStripper } from './metadata-stripper.ts'

// Removes what a JPEG says about where, when and with what it was taken:
// APP1 (Exif with GPS and device, XMP), APP13 (Photoshop/IPTC), COM comments,
// the other application segments, and anything after the end-of-image marker.
// Kept: the image itself, JFIF (APP0), the ICC colour profile (APP2) and the
// Adobe colour transform (APP14), without which colours would change.
//
// A JPEG is a run of segments `FF xx [length:2][payload]`; after SOS the
// entropy-coded data runs until the next marker that is not `FF00` stuffing or
// a restart marker (progressive images have several scans).

const SOI = 0xd8
const EOI = 0xd9
const SOS = 0xda
const COM = 0xfe

/** How many payload bytes decide whether an application segment is kept. */
const PEEK = 12

function keepApplicationSegment(marker: number, id: string): boolean {
  if (marker === 0xe0) return id.startsWith('JFIF\0') || id.startsWith('JFXX\0')
  if (marker === 0xe2) return id.startsWith('ICC_PROFILE\0')
  if (marker === 0xee) return id.startsWith('Adobe')
  return false
}

const segmentName = (marker: number) => (marker === COM ? 'COM' : `APP${marker - 0xe0}`)
const isApplication = (marker: number) => (marker >= 0xe0 && marker <= 0xef) || marker === COM
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)

type State =
  | { t: 'soi'; seen: number }
  | { t: 'marker' } // expecting FF
  | { t: 'marker-byte' } // after FF
  | { t: 'length'; marker: number; bytes: number[] }
  | { t: 'peek'; marker: number; length: number; bytes: number[] }
  | { t: 'segment'; keep: boolean; remaining: number; then: 'marker' | 'entropy' }
  | { t: 'entropy'; pendingFF: boolean }
  | { t: 'trailer' }
  | { t: 'malformed' }

export function createJpegStripper(): MetadataStripper {
  let state: State = { t: 'soi', seen: 0 }
  const removed: string[] = []
  let malformed: string | null = null
  const fail = (why: string) => {
    malformed = why
    state = { t: 'malformed' }
  }

  function onMarker(marker: number, out: Uint8Array[]) {
    if (marker === 0xff) return // fill byte
    if (marker === 0x00 || marker === SOI) return fail(`unexpected marker FF${marker.toString(16)}`)
    if (marker === EOI) {
      out.push(Uint8Array.of(0xff, EOI))
      state = { t: 'trailer' }
      return
    }
    if (isStandalone(marker)) {
      out.push(Uint8Array.of(0xff, marker))
      state = { t: 'marker' }
      return
    }
    state = { t: 'length', marker, bytes: [] }
  }

  function push(chunk: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = []
    let i = 0
    while (i < chunk.length) {
      const s: State = state
      switch (s.t) {
        case 'malformed':
          return out
        case 'trailer': {
          if (!removed.includes('trailer')) removed.push('trailer')
          return out
        }
        case 'soi': {
          const expected = s.seen === 0 ? 0xff : SOI
          if (chunk[i] !== expected) {
            fail('not a JPEG')
            return out
          }
          i++
          s.seen++
          if (s.seen === 2) {
            out.push(Uint8Array.of(0xff, SOI))
            state = { t: 'marker' }
          }
          break
        }
        case 'marker': {
          if (chunk[i] !== 0xff) {
            fail('expected a marker')
            return out
          }
          i++
          state = { t: 'marker-byte' }
          break
        }
        case 'marker-byte': {
          onMarker(chunk[i++]!, out)
          break
        }
        case 'length': {
          s.bytes.push(chunk[i++]!)
          if (s.bytes.length < 2) break
          const length = (s.bytes[0]! << 8) | s.bytes[1]!
          if (length < 2) {
            fail('segment length below 2')
            return out
          }
          if (isApplication(s.marker)) {
            state = { t: 'peek', marker: s.marker, length, bytes: [] }
            if (length === 2) {
              removed.push(segmentName(s.marker))
              state = { t: 'marker' }
            }
          } else {
            out.push(Uint8Array.of(0xff, s.marker, s.bytes[0]!, s.bytes[1]!))
            const then = s.marker === SOS ? 'entropy' : 'marker'
            state = { t: 'segment', keep: true, remaining: length - 2, then }
            if (length === 2)
              state = then === 'entropy' ? { t: 'entropy', pendingFF: false } : { t: 'marker' }
          }
          break
        }
        case 'peek': {
          const need = Math.min(PEEK, s.length - 2)
          const take = Math.min(need - s.bytes.length, chunk.length - i)
          for (let k = 0; k < take; k++) s.bytes.push(chunk[i + k]!)
          i += take
          if (s.bytes.length < need) break
          const keep = keepApplicationSegment(s.marker, asciiAt(Uint8Array.from(s.bytes), 0, need))
          if (keep) out.push(Uint8Array.of(0xff, s.marker, s.length >> 8, s.length & 0xff, ...s.bytes))
          else removed.push(segmentName(s.marker))
          const remaining = s.length - 2 - need
          state = remaining > 0 ? { t: 'segment', keep, remaining, then: 'marker' } : { t: 'marker' }
          break
        }
        case 'segment': {
          const take = Math.min(s.remaining, chunk.length - i)
          if (s.keep) out.push(chunk.subarray(i, i + take))
          i += take
          s.remaining -= take
          if (s.remaining === 0)
            state = s.then === 'entropy' ? { t: 'entropy', pendingFF: false } : { t: 'marker' }
          break
        }
        case 'entropy': {
          if (s.pendingFF) {
            const b = chunk[i]!
            if (b === 0x00 || (b >= 0xd0 && b <= 0xd7)) {
              out.push(Uint8Array.of(0xff, b))
              i++
              s.pendingFF = false
            } else if (b === 0xff) {
              i++ // fill before a marker
            } else {
              i++
              onMarker(b, out)
            }
            break
          }
          const ff = chunk.indexOf(0xff, i)
          const end = ff === -1 ? chunk.length : ff
          if (end > i) out.push(chunk.subarray(i, end))
          i = end
          if (ff !== -1) {
            s.pendingFF = true
            i++
          }
          break
        }
      }
    }
    return out
  }

  return {
    push,
    finish() {
      if (state.t === 'soi') malformed ??= 'not a JPEG'
      // A photo cut short after its header is still a photo; any held-back
      // header bytes belong to a segment that never arrived, so they are dropped.
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
