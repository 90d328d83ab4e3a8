import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib'

// A page compressed once with holes where a per-response value goes (the CSP
// nonce), so a cached page is sent gzipped without compressing it again
// (server/http/page-cache.ts). Each piece between holes is deflated on its
// own and ends on a byte boundary (a sync flush); a hole is filled with a
// stored (uncompressed) deflate block, so the pieces join into one valid
// deflate stream (RFC 1951 §3.2.4). The gzip trailer's CRC-32 covers the
// filled-in text, so it is computed per response.
//
// Each piece may still refer back to the text before it, as one stream
// would: it is deflated with the preceding 32 KB as its dictionary, each hole
// written there as a byte the page never uses, so no match spans a hole.
// Those distances hold only for a value as long as the hole, which a nonce
// always is; another length is compressed afresh.
export type GzipTemplate = {
  pieces: Buffer[]
  raw: Buffer[]
  length: number
  hole: number
  /** Pieces refer back across holes, so only a value of the hole's length fills them. */
  spansHoles: boolean
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
/** A final, empty block with fixed codes: BFINAL=1, BTYPE=01, end-of-block. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00])

export function prepareGzipTemplate(body: Buffer, hole: Buffer): GzipTemplate {
  const raw: Buffer[] = []
  let from = 0
  if (hole.length > 0) {
    for (let at = body.indexOf(hole); at !== -1; at = body.indexOf(hole, from)) {
      raw.push(body.subarray(from, at))
      from = at + hole.length
    }
  }
  raw.push(body.subarray(from))
  const unused = unusedByte(body)
  const spansHoles = unused !== null && raw.length > 1
  let history = Buffer.alloc(0)
  const pieces = raw.map((piece, i) => {
    const deflated = deflateRawSync(piece, {
      level: constants.Z_BEST_COMPRESSION,
      finishFlush: constants.Z_SYNC_FLUSH,
      ...(spansHoles && i > 0 ? { dictionary: history } : {}),
    })
    if (spansHoles && i < raw.length - 1)
      history = Buffer.concat([history, piece, Buffer.alloc(hole.length, unused)]).subarray(-WINDOW)
    return deflated
  })
  return { pieces, raw, length: body.length, hole: hole.length, spansHoles }
}

/** Deflate's window: how far back a match may reach. */
const WINDOW = 32 * 1024

/** A byte value that appears nowhere in `body` (HTML has no NUL), or null. */
function unusedByte(body: Buffer): number | null {
  if (body.indexOf(0) === -1) return 0
  const seen = new Uint8Array(256)
  for (const byte of body) seen[byte] = 1
  const free = seen.indexOf(0)
  return free === -1 ? null : free
}

function storedBlock(value: Buffer): Buffer {
  const head = Buffer.alloc(5)
  head[0] = 0 // BFINAL=0, BTYPE=00; the rest of the byte is padding
  head.writeUInt16LE(value.length, 1)
  head.writeUInt16LE(~value.length & 0xffff, 3)
  return Buffer.concat([head, value])
}

/** The gzip bytes of the template's text with every hole filled by `value` (at most 65,535 bytes). */
export function fillGzipTemplate(template: GzipTemplate, value: Buffer): Buffer {
  if (template.spansHoles && value.length !== template.hole)
    return gzipSync(Buffer.concat(template.raw.flatMap((piece, i) => (i > 0 ? [value, piece] : [piece]))))
  const filler = storedBlock(value)
  const out: Buffer[] = [GZIP_HEADER]
  let crc = 0
  template.raw.forEach((piece, i) => {
    if (i > 0) {
      out.push(filler)
      crc = crc32(value, crc)
    }
    out.push(template.pieces[i]!)
    crc = crc32(piece, crc)
  })
  const holes = template.raw.length - 1
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE((template.length + holes * (value.length - template.hole)) % 2 ** 32, 4)
  out.push(FINAL_BLOCK, trailer)
  return Buffer.concat(out)
}
