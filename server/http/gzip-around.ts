import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib'

// Every page inlines the same stylesheet (app/root.tsx): 16 KB of a 40 KB
// search page, compressed again for every page rendered. Here it is
// compressed once, at the best level, and each page is compressed around it:
// the text before and after it are deflated on their own, each ending on a
// byte boundary, and joined with the stored piece into one deflate stream
// (RFC 1951 blocks may follow each other whatever compressed them, as long as
// no piece refers back past its own start). ADR 0041.

export type ConstantText = { text: Buffer; deflated: Buffer }

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])

/** Compresses `text` once, to be placed inside pages by gzipAround. */
export function prepareConstantText(text: string): ConstantText {
  const bytes = Buffer.from(text)
  return {
    text: bytes,
    deflated: deflateRawSync(bytes, {
      level: constants.Z_BEST_COMPRESSION,
      finishFlush: constants.Z_SYNC_FLUSH,
    }),
  }
}

/** `body` gzipped at `level`, reusing the compressed constant where `body` holds it. */
export function gzipAround(body: Buffer, constant: ConstantText | null, level: number): Buffer {
  const at = constant && constant.text.length > 0 ? body.indexOf(constant.text) : -1
  if (!constant || at === -1) return gzipSync(body, { level })
  const before = deflateRawSync(body.subarray(0, at), { level, finishFlush: constants.Z_SYNC_FLUSH })
  const after = deflateRawSync(body.subarray(at + constant.text.length), { level })
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc32(body) >>> 0, 0)
  trailer.writeUInt32LE(body.length % 2 ** 32, 4)
  return Buffer.concat([GZIP_HEADER, before, constant.deflated, after, trailer])
}
