import { constants, crc32, deflateRawSync } from 'node:zlib'

// A page compressed once with holes where a per-response value goes (the CSP
// nonce), so a cached page is sent gzipped without compressing it again
// (server/http/page-cache.ts). Each piece between holes is deflated on its
// own and ends on a byte boundary (a sync flush); a hole is filled with a
// stored (uncompressed) deflate block, so the pieces join into one valid
// deflate stream (RFC 1951 §3.2.4). The gzip trailer's CRC-32 covers the
// filled-in text, so it is computed per response.

export type GzipTemplate = { pieces: Buffer[]; raw: Buffer[]; length: number; hole: number }

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
  const pieces = raw.map((piece) =>
    deflateRawSync(piece, { level: constants.Z_BEST_COMPRESSION, finishFlush: constants.Z_SYNC_FLUSH }),
  )
  return { pieces, raw, length: body.length, hole: hole.length }
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
