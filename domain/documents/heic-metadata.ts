import { asciiAt, concatBytes, type MetadataStripper } from './metadata-stripper.ts'

// Removes the Exif (GPS, device, time) and XMP items of a HEIC/HEIF photo.
//
// HEIC is ISO BMFF: top-level boxes `[size:4][type:4]...`. The `meta` box
// lists items (`iinf`) and where their bytes are (`iloc`, usually inside the
// following `mdat`). Phones write `ftyp`, then `meta`, then `mdat`, so the small
// `meta` box is held whole, read, and the byte ranges of the Exif and XMP
// items are overwritten with zeros as they stream past. Zeroing instead of
// cutting keeps every offset in the file valid, so the image still opens.
//
// A file whose media data comes before its `meta` box cannot be cleaned
// while streaming; it is reported as malformed and refused.

/** A `meta` box larger than this is not a photo's. */
export const MAX_META_BOX_BYTES = 4 * 1024 * 1024

type Range = { start: number; end: number; what: string } // absolute, end exclusive

class Truncated extends Error {}

class Reader {
  readonly bytes: Uint8Array
  at: number
  readonly end: number
  constructor(bytes: Uint8Array, at: number, end: number) {
    this.bytes = bytes
    this.at = at
    this.end = end
  }
  private need(n: number) {
    if (this.at + n > this.end) throw new Truncated()
  }
  u8() {
    this.need(1)
    return this.bytes[this.at++]!
  }
  u16() {
    this.need(2)
    const v = (this.bytes[this.at]! << 8) | this.bytes[this.at + 1]!
    this.at += 2
    return v
  }
  u32() {
    this.need(4)
    const b = this.bytes
    const v = ((b[this.at]! << 24) >>> 0) + (b[this.at + 1]! << 16) + (b[this.at + 2]! << 8) + b[this.at + 3]!
    this.at += 4
    return v
  }
  uint(size: number) {
    if (size === 0) return 0
    if (size === 4) return this.u32()
    if (size === 8) {
      const hi = this.u32()
      const lo = this.u32()
      if (hi > 0x1fffff) throw new Truncated()
      return hi * 2 ** 32 + lo
    }
    throw new Truncated()
  }
  fourcc() {
    this.need(4)
    const s = asciiAt(this.bytes, this.at, 4)
    this.at += 4
    return s
  }
  cstring() {
    let s = ''
    for (;;) {
      const c = this.u8()
      if (c === 0) return s
      s += String.fromCharCode(c)
    }
  }
}

type Box = { type: string; start: number; bodyStart: number; end: number }

function* children(bytes: Uint8Array, start: number, end: number): Generator<Box> {
  let at = start
  while (at + 8 <= end) {
    const r = new Reader(bytes, at, end)
    let size = r.u32()
    const type = r.fourcc()
    if (size === 1) size = r.uint(8)
    else if (size === 0) size = end - at
    if (size < r.at - at || at + size > end) throw new Truncated()
    yield { type, start: at, bodyStart: r.at, end: at + size }
    at += size
  }
}

/** Reads a whole `meta` box (starting at absolute offset `metaStart`) and returns the ranges to wipe. */
export function metadataItemRanges(meta: Uint8Array, metaStart: number): Range[] {
  const top = [...children(meta, 0, meta.length)][0]
  if (!top || top.type !== 'meta') throw new Truncated()
  const targets = new Map<number, string>()
  let iloc: Box | undefined
  let idatStart: number | undefined
  for (const box of children(meta, top.bodyStart + 4, top.end)) {
    if (box.type === 'iinf') {
      const r = new Reader(meta, box.bodyStart, box.end)
      const version = r.u8()
      r.at += 3
      const count = version === 0 ? r.u16() : r.u32()
      let seen = 0
      for (const infe of children(meta, r.at, box.end)) {
        if (++seen > count) break
        if (infe.type !== 'infe') continue
        const e = new Reader(meta, infe.bodyStart, infe.end)
        const v = e.u8()
        e.at += 3
        if (v < 2) continue
        const id = v === 2 ? e.u16() : e.u32()
        e.u16() // protection index
        const itemType = e.fourcc()
        if (itemType === 'Exif') targets.set(id, 'Exif item')
        else if (itemType === 'mime') {
          e.cstring() // item name
          const contentType = e.cstring().toLowerCase()
          if (contentType.includes('xml')) targets.set(id, 'XMP item')
        }
      }
    } else if (box.type === 'iloc') iloc = box
    else if (box.type === 'idat') idatStart = metaStart + box.bodyStart
  }
  if (targets.size === 0) return []
  if (!iloc) throw new Truncated()
  const r = new Reader(meta, iloc.bodyStart, iloc.end)
  const version = r.u8()
  r.at += 3
  const sizes = r.u8()
  const offsetSize = sizes >> 4
  const lengthSize = sizes & 0x0f
  const sizes2 = r.u8()
  const baseOffsetSize = sizes2 >> 4
  const indexSize = version === 1 || version === 2 ? sizes2 & 0x0f : 0
  const count = version < 2 ? r.u16() : r.u32()
  const ranges: Range[] = []
  for (let n = 0; n < count; n++) {
    const id = version < 2 ? r.u16() : r.u32()
    const method = version === 1 || version === 2 ? r.u16() & 0x0f : 0
    const dataReference = r.u16()
    const base = r.uint(baseOffsetSize)
    const extents = r.u16()
    for (let k = 0; k < extents; k++) {
      r.uint(indexSize)
      const offset = r.uint(offsetSize)
      const length = r.uint(lengthSize)
      const what = targets.get(id)
      if (!what || dataReference !== 0 || method === 2) continue
      if (length === 0) throw new Truncated() // "to the end of the file": not a metadata item
      if (method === 1) {
        if (idatStart === undefined) throw new Truncated()
        ranges.push({ start: idatStart + base + offset, end: idatStart + base + offset + length, what })
      } else ranges.push({ start: base + offset, end: base + offset + length, what })
    }
  }
  return ranges
}

type State =
  | { t: 'header'; bytes: number[] }
  | { t: 'meta'; parts: Uint8Array[]; have: number; size: number }
  | { t: 'pass'; remaining: number } // remaining bytes of the current box; Infinity to the end
  | { t: 'malformed' }

export function createHeicStripper(): MetadataStripper {
  let state: State = { t: 'header', bytes: [] }
  let offset = 0 // absolute offset of the next input byte
  let metaSeen = false
  let mediaSeen = false
  let ranges: Range[] = []
  const removed: string[] = []
  let malformed: string | null = null
  const fail = (why: string) => {
    malformed = why
    state = { t: 'malformed' }
  }

  /** Passes bytes that start at absolute `at`, zeroing any metadata range they cover. */
  function emit(bytes: Uint8Array, at: number, out: Uint8Array[]) {
    let copy: Uint8Array | null = null
    for (const r of ranges) {
      const from = Math.max(r.start, at)
      const to = Math.min(r.end, at + bytes.length)
      if (from >= to) continue
      copy ??= Uint8Array.from(bytes)
      copy.fill(0, from - at, to - at)
    }
    out.push(copy ?? bytes)
  }

  function push(chunk: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = []
    let i = 0
    while (i < chunk.length) {
      const s: State = state
      switch (s.t) {
        case 'malformed':
          return out
        case 'header': {
          s.bytes.push(chunk[i++]!)
          if (s.bytes.length < 8) break
          const b = s.bytes
          const small = ((b[0]! << 24) >>> 0) + (b[1]! << 16) + (b[2]! << 8) + b[3]!
          if (small === 1 && b.length < 16) break
          let size = small
          if (small === 1) {
            const hi = ((b[8]! << 24) >>> 0) + (b[9]! << 16) + (b[10]! << 8) + b[11]!
            const lo = ((b[12]! << 24) >>> 0) + (b[13]! << 16) + (b[14]! << 8) + b[15]!
            if (hi > 0x1fffff) return (fail('box too large'), out)
            size = hi * 2 ** 32 + lo
          }
          const type = String.fromCharCode(b[4]!, b[5]!, b[6]!, b[7]!)
          const headerBytes = Uint8Array.from(b)
          const boxStart = offset + i - headerBytes.length
          if (size !== 0 && size < headerBytes.length) return (fail('bad box size'), out)
          if (type === 'meta' && metaSeen) return (fail('a second meta box'), out)
          if (type === 'meta') {
            if (mediaSeen) return (fail('metadata after media data'), out)
            if (size === 0 || size > MAX_META_BOX_BYTES) return (fail('meta box too large'), out)
            state = { t: 'meta', parts: [headerBytes], have: headerBytes.length, size }
            break
          }
          if (type === 'mdat' || type === 'idat' || type === 'moov') {
            if (!metaSeen) return (fail('media data before metadata'), out)
            mediaSeen = true
          }
          emit(headerBytes, boxStart, out)
          const remaining = size === 0 ? Infinity : size - headerBytes.length
          state = remaining === 0 ? { t: 'header', bytes: [] } : { t: 'pass', remaining }
          break
        }
        case 'meta': {
          const take = Math.min(s.size - s.have, chunk.length - i)
          s.parts.push(chunk.slice(i, i + take))
          s.have += take
          i += take
          if (s.have < s.size) break
          const meta = concatBytes(s.parts)
          const metaStart = offset + i - meta.length
          try {
            ranges = metadataItemRanges(meta, metaStart)
          } catch {
            return (fail('unreadable meta box'), out)
          }
          for (const r of ranges) {
            if (r.start < metaStart) return (fail('metadata item before its meta box'), out)
            if (!removed.includes(r.what)) removed.push(r.what)
          }
          metaSeen = true
          emit(meta, metaStart, out)
          state = { t: 'header', bytes: [] }
          break
        }
        case 'pass': {
          const take = Math.min(s.remaining, chunk.length - i)
          emit(chunk.subarray(i, i + take), offset + i, out)
          i += take
          s.remaining -= take
          if (s.remaining === 0) state = { t: 'header', bytes: [] }
          break
        }
      }
    }
    offset += chunk.length
    return out
  }

  return {
    push,
    finish() {
      if (state.t === 'meta' || !metaSeen) malformed ??= 'no complete meta box'
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
