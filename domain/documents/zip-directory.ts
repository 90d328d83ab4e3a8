import { err, ok, type Result } from '../shared/result.ts'
import { ZIP_LIMITS, type ZipEntry } from './zip-policy.ts'

// Reading a ZIP while it streams past, without ever holding it whole.
//
// The authoritative list of entries (the central directory) is at the end,
// after an End Of Central Directory record (EOCD, and for large archives a
// ZIP64 EOCD and its locator). The caller keeps the last few megabytes of the
// stream and hands them to `readZipDirectory` at the end. Local file headers
// come before each entry's data; `createZipLocalScanner` follows them as they
// pass, so an entry that a streaming unzipper would see but the directory
// hides is caught, and the start of the first file can be read (a DICOM
// study's date and modality).

export type ZipDirectoryEntry = ZipEntry & {
  method: number
  flags: number
  localHeaderOffset: number
}

export type ZipDirectoryProblem = 'zip.malformed' | 'zip.too-many-entries'

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const EOCD_BYTES = 22
const MAX_COMMENT = 0xffff

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
const u64 = (b: Uint8Array, at: number) => {
  const hi = u32(b, at + 4)
  return hi > 0x1fffff ? Number.POSITIVE_INFINITY : hi * 2 ** 32 + u32(b, at)
}

const latin1 = (b: Uint8Array) => {
  let s = ''
  for (const c of b) s += String.fromCharCode(c)
  return s
}
/** Names are UTF-8 when flag bit 11 says so, CP437 otherwise; Latin-1 is close enough to check paths. */
export function entryName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return latin1(bytes)
    }
  }
  return latin1(bytes)
}

/** Sizes from a ZIP64 extended-information extra field, for the fields that were 0xFFFFFFFF. */
function zip64Sizes(
  extra: Uint8Array,
  want: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | null {
  let at = 0
  while (at + 4 <= extra.length) {
    const id = u16(extra, at)
    const size = u16(extra, at + 2)
    if (id === 0x0001) {
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {}
      let p = at + 4
      const end = at + 4 + size
      for (const field of ['uncompressed', 'compressed', 'offset'] as const) {
        if (!want[field]) continue
        if (p + 8 > end || end > extra.length) return null
        out[field] = u64(extra, p)
        p += 8
      }
      return out
    }
    at += 4 + size
  }
  return null
}

function findEocd(tail: Uint8Array): number {
  const lowest = Math.max(0, tail.length - EOCD_BYTES - MAX_COMMENT)
  for (let at = tail.length - EOCD_BYTES; at >= lowest; at--) {
    if (u32(tail, at) === EOCD && at + EOCD_BYTES + u16(tail, at + 20) === tail.length) return at
  }
  return -1
}

/**
 * Parses the central directory from the last bytes of an archive.
 * `tail` is the end of the stream; `totalBytes` is the size of the whole archive.
 * A directory that starts before the tail is "too many entries" (the caller
 * keeps megabytes, far more than a directory within the entry limit needs).
 */
export function readZipDirectory(
  tail: Uint8Array,
  totalBytes: number,
): Result<ZipDirectoryEntry[], ZipDirectoryProblem> {
  const tailStart = totalBytes - tail.length
  const eocd = findEocd(tail)
  if (eocd < 0) return err('zip.malformed')
  if (u16(tail, eocd + 4) !== 0 || u16(tail, eocd + 6) !== 0) return err('zip.malformed') // multi-disk
  let count = u16(tail, eocd + 10)
  let cdSize = u32(tail, eocd + 12)
  let cdOffset = u32(tail, eocd + 16)
  let directoryEnd = tailStart + eocd // where the directory must stop
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20
    if (locator < 0 || u32(tail, locator) !== ZIP64_LOCATOR) return err('zip.malformed')
    const recordAbs = u64(tail, locator + 8)
    const record = recordAbs - tailStart
    if (!(record >= 0 && record + 56 <= locator) || u32(tail, record) !== ZIP64_EOCD)
      return err('zip.malformed')
    count = u64(tail, record + 32)
    cdSize = u64(tail, record + 40)
    cdOffset = u64(tail, record + 48)
    directoryEnd = recordAbs
  }
  if (count > ZIP_LIMITS.maxEntries) return err('zip.too-many-entries')
  if (cdOffset + cdSize !== directoryEnd) return err('zip.malformed')
  if (cdOffset < tailStart) return err('zip.too-many-entries')
  const entries: ZipDirectoryEntry[] = []
  let at = cdOffset - tailStart
  const end = at + cdSize
  while (at < end) {
    if (at + 46 > end || u32(tail, at) !== CENTRAL) return err('zip.malformed')
    const flags = u16(tail, at + 8)
    const method = u16(tail, at + 10)
    let compressedBytes = u32(tail, at + 20)
    let uncompressedBytes = u32(tail, at + 24)
    const nameLength = u16(tail, at + 28)
    const extraLength = u16(tail, at + 30)
    const commentLength = u16(tail, at + 32)
    let localHeaderOffset = u32(tail, at + 42)
    const nameStart = at + 46
    const extraStart = nameStart + nameLength
    const next = extraStart + extraLength + commentLength
    if (next > end) return err('zip.malformed')
    const want = {
      uncompressed: uncompressedBytes === 0xffffffff,
      compressed: compressedBytes === 0xffffffff,
      offset: localHeaderOffset === 0xffffffff,
    }
    if (want.uncompressed || want.compressed || want.offset) {
      const big = zip64Sizes(tail.subarray(extraStart, extraStart + extraLength), want)
      if (!big) return err('zip.malformed')
      uncompressedBytes = big.uncompressed ?? uncompressedBytes
      compressedBytes = big.compressed ?? compressedBytes
      localHeaderOffset = big.offset ?? localHeaderOffset
    }
    entries.push({
      name: entryName(tail.subarray(nameStart, extraStart), flags),
      compressedBytes,
      uncompressedBytes,
      method,
      flags,
      localHeaderOffset,
    })
    if (entries.length > ZIP_LIMITS.maxEntries) return err('zip.too-many-entries')
    at = next
  }
  if (entries.length !== count) return err('zip.malformed')
  return ok(entries)
}

export type LocalEntry = {
  name: string
  offset: number
  method: number
  flags: number
  compressedBytes: number | null // null: sizes follow the data (flag bit 3)
}

export interface ZipLocalScanner {
  push(chunk: Uint8Array): void
  /** Local headers seen, in order. */
  readonly entries: readonly LocalEntry[]
  /** False once a header could not be followed (sizes after the data, or an unknown record). */
  readonly following: boolean
  /** A record where a local header or the central directory should have been: data hidden between entries. */
  readonly stray: boolean
  /** Up to `captureBytes` of the first file's stored data (still compressed), with its method. */
  readonly firstFile: { entry: LocalEntry; data: Uint8Array } | null
}

/**
 * Follows local file headers through the stream. `isCandidate` picks which
 * entry's first bytes to capture (e.g. skip directories and DICOMDIR).
 */
export function createZipLocalScanner(
  captureBytes: number,
  isCandidate: (name: string) => boolean = (name) => !name.endsWith('/'),
): ZipLocalScanner {
  const entries: LocalEntry[] = []
  let offset = 0 // absolute offset of the next input byte
  let nextHeader = 0 // where the next local header starts
  let header: number[] = [] // bytes of the header being read
  let headerNeed = 30
  let following = true
  let stray = false
  let capture: { entry: LocalEntry; parts: Uint8Array[]; have: number; want: number; from: number } | null =
    null
  let firstFile: { entry: LocalEntry; data: Uint8Array } | null = null

  const finishCapture = () => {
    if (!capture) return
    const data = new Uint8Array(capture.have)
    let at = 0
    for (const p of capture.parts) {
      data.set(p, at)
      at += p.length
    }
    firstFile = { entry: capture.entry, data }
    capture = null
  }

  function onHeader(bytes: Uint8Array, start: number) {
    const flags = u16(bytes, 6)
    const method = u16(bytes, 8)
    let compressed: number | null = u32(bytes, 18)
    let uncompressed = u32(bytes, 22)
    const nameLength = u16(bytes, 26)
    const extraLength = u16(bytes, 28)
    const name = entryName(bytes.subarray(30, 30 + nameLength), flags)
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      const big = zip64Sizes(bytes.subarray(30 + nameLength, 30 + nameLength + extraLength), {
        uncompressed: true,
        compressed: true,
        offset: false,
      })
      compressed = big?.compressed ?? null
      uncompressed = big?.uncompressed ?? uncompressed
    }
    if (flags & 0x08) compressed = null
    const entry: LocalEntry = { name, offset: start, method, flags, compressedBytes: compressed }
    entries.push(entry)
    const dataStart = start + 30 + nameLength + extraLength
    if (!firstFile && !capture && isCandidate(name) && compressed !== 0) {
      capture = {
        entry,
        parts: [],
        have: 0,
        want: Math.min(captureBytes, compressed ?? captureBytes),
        from: dataStart,
      }
    }
    if (compressed === null) following = false
    else nextHeader = dataStart + compressed
  }

  return {
    push(chunk) {
      const chunkStart = offset
      offset += chunk.length
      if (capture) {
        const from = Math.max(capture.from, chunkStart) - chunkStart
        if (from < chunk.length) {
          const piece = chunk.subarray(from, from + capture.want - capture.have)
          capture.parts.push(piece.slice())
          capture.have += piece.length
          if (capture.have >= capture.want) finishCapture()
        }
      }
      let i = Math.max(0, nextHeader - chunkStart)
      while (following && i < chunk.length) {
        if (header.length === 0 && chunkStart + i !== nextHeader) break
        header.push(chunk[i++]!)
        if (header.length === 4) {
          const sig = u32(Uint8Array.from(header), 0)
          if (sig !== LOCAL) {
            // The central directory (or archive data we do not follow) begins.
            following = false
            if (sig !== CENTRAL) stray = true
            break
          }
        }
        if (header.length === 30) {
          const b = Uint8Array.from(header)
          headerNeed = 30 + u16(b, 26) + u16(b, 28)
        }
        if (header.length >= 30 && header.length === headerNeed) {
          const start = nextHeader
          onHeader(Uint8Array.from(header), start)
          header = []
          headerNeed = 30
          // The rest of this chunk may hold the start of the captured data or the next header.
          if (capture && capture.from < offset) {
            const from = capture.from - chunkStart
            const piece = chunk.subarray(from, from + capture.want - capture.have)
            capture.parts.push(piece.slice())
            capture.have += piece.length
            if (capture.have >= capture.want) finishCapture()
          }
          i = Math.max(i, nextHeader - chunkStart)
        }
      }
    },
    get entries() {
      return entries
    },
    get following() {
      return following
    },
    get stray() {
      return stray
    },
    get firstFile() {
      if (capture && !firstFile) finishCapture()
      return firstFile
    },
  }
}
