import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  HEIC_IMAGE_DATA,
  JPEG_SCAN_DATA,
  SECRET_COMMENT,
  SECRET_MAKE,
  SECRET_MODEL,
  heicWithExif,
  jpegWithExif,
  pngImageData,
  pngWithText,
} from '#tests/fixtures/documents.ts'
import { createHeicStripper } from './heic-metadata.ts'
import { createJpegStripper } from './jpeg-metadata.ts'
import { concatBytes, type MetadataStripper } from './metadata-stripper.ts'
import { createPngStripper } from './png-metadata.ts'

// The strippers are fed the way a network delivers bytes: in arbitrary pieces.
function strip(make: () => MetadataStripper, input: Uint8Array, cuts: number[] = []) {
  const stripper = make()
  const out: Uint8Array[] = []
  let at = 0
  for (const cut of [...cuts.filter((c) => c > 0 && c < input.length)].sort((a, b) => a - b)) {
    out.push(...stripper.push(input.subarray(at, cut)))
    at = cut
  }
  out.push(...stripper.push(input.subarray(at)))
  out.push(...stripper.finish())
  return { bytes: Buffer.from(concatBytes(out)), removed: stripper.removed, malformed: stripper.malformed }
}
const oneByteAtATime = (n: number) => Array.from({ length: n }, (_, i) => i)
const secrets = [SECRET_MAKE, SECRET_MODEL, SECRET_COMMENT, 'Exif', 'GPS', 'xmpmeta']
const expectClean = (bytes: Buffer, except: string[] = []) => {
  for (const s of secrets.filter((x) => !except.includes(x)))
    expect(bytes.includes(Buffer.from(s, 'latin1')), s).toBe(false)
}

describe('JPEG metadata', () => {
  const jpeg = jpegWithExif()

  test('Exif (GPS, Make), XMP, IPTC and comments go; JFIF, ICC, tables and the scan stay', () => {
    const { bytes, removed, malformed } = strip(createJpegStripper, jpeg)
    expect(malformed).toBeNull()
    expect(removed).toEqual(['APP1', 'APP1', 'APP13', 'COM'])
    expectClean(bytes)
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    expect(bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]))
    expect(bytes.includes(Buffer.from('JFIF\0'))).toBe(true)
    expect(bytes.includes(Buffer.from('ICC_PROFILE\0'))).toBe(true)
    expect(bytes.includes(JPEG_SCAN_DATA)).toBe(true)
    // Everything from the first table to the end is byte for byte the original.
    const tables = jpeg.indexOf(Buffer.from([0xff, 0xdb]))
    expect(bytes.subarray(bytes.indexOf(Buffer.from([0xff, 0xdb])))).toEqual(jpeg.subarray(tables))
  })

  test('the result does not depend on how the bytes are split', () => {
    const whole = strip(createJpegStripper, jpeg).bytes
    expect(strip(createJpegStripper, jpeg, oneByteAtATime(jpeg.length)).bytes).toEqual(whole)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: jpeg.length - 1 }), { maxLength: 12 }), (cuts) => {
        expect(strip(createJpegStripper, jpeg, cuts).bytes).toEqual(whole)
      }),
      { numRuns: 200 },
    )
  })

  test('bytes after the end of the image (a hidden appended file) are dropped', () => {
    const withTrailer = Buffer.concat([jpeg, Buffer.from('PK\x03\x04 hidden archive')])
    const { bytes, removed } = strip(createJpegStripper, withTrailer)
    expect(bytes).toEqual(strip(createJpegStripper, jpeg).bytes)
    expect(removed).toContain('trailer')
  })

  test('a progressive image with several scans keeps every scan', () => {
    const eoi = jpeg.length - 2
    const secondScan = Buffer.concat([
      Buffer.from([0xff, 0xc4, 0x00, 0x03, 0x10]), // a table between scans
      Buffer.from([0xff, 0xda, 0x00, 0x08, 1, 1, 0, 1, 63, 0]),
      Buffer.from([0xaa, 0xff, 0x00, 0xbb]),
    ])
    const progressive = Buffer.concat([jpeg.subarray(0, eoi), secondScan, jpeg.subarray(eoi)])
    const { bytes, malformed } = strip(createJpegStripper, progressive)
    expect(malformed).toBeNull()
    expect(bytes.includes(secondScan)).toBe(true)
  })

  test('something that is not a JPEG is reported malformed', () => {
    expect(strip(createJpegStripper, Buffer.from('not a jpeg')).malformed).not.toBeNull()
    expect(strip(createJpegStripper, Buffer.from([0xff, 0xd8, 0x12, 0x34])).malformed).not.toBeNull()
    expect(strip(createJpegStripper, Buffer.from([0xff])).malformed).not.toBeNull()
  })
})

function pngChunkTypes(bytes: Buffer): string[] {
  const types: string[] = []
  let at = 8
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at)
    types.push(bytes.toString('latin1', at + 4, at + 8))
    at += 12 + length
  }
  expect(at).toBe(bytes.length)
  return types
}

describe('PNG metadata', () => {
  const png = pngWithText()

  test('tEXt, iTXt, tIME and eXIf go; the image chunks stay whole and valid', () => {
    const { bytes, removed, malformed } = strip(createPngStripper, png)
    expect(malformed).toBeNull()
    expect(removed).toEqual(['tEXt', 'iTXt', 'tIME', 'eXIf'])
    expectClean(bytes)
    expect(pngChunkTypes(bytes)).toEqual(['IHDR', 'gAMA', 'IDAT', 'IEND'])
    expect(bytes.includes(pngImageData())).toBe(true)
  })

  test('the result does not depend on how the bytes are split, and trailing bytes go', () => {
    const whole = strip(createPngStripper, png).bytes
    expect(strip(createPngStripper, png, oneByteAtATime(png.length)).bytes).toEqual(whole)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: png.length - 1 }), { maxLength: 12 }), (cuts) => {
        expect(strip(createPngStripper, png, cuts).bytes).toEqual(whole)
      }),
      { numRuns: 200 },
    )
    const trailing = strip(createPngStripper, Buffer.concat([png, Buffer.from('<script>')]))
    expect(trailing.bytes).toEqual(whole)
    expect(trailing.removed).toContain('trailer')
  })

  test('a broken signature or chunk header is malformed', () => {
    expect(strip(createPngStripper, Buffer.from('GIF89a')).malformed).not.toBeNull()
    const broken = Buffer.from(png)
    broken.write('\0\0\0\0', 12, 'latin1') // IHDR's type
    expect(strip(createPngStripper, broken).malformed).not.toBeNull()
  })
})

describe('HEIC metadata', () => {
  const heic = heicWithExif()

  test('the Exif item is wiped in place; the image item and every offset stay', () => {
    const { bytes, removed, malformed } = strip(createHeicStripper, heic)
    expect(malformed).toBeNull()
    expect(removed).toEqual(['Exif item'])
    expect(bytes.length).toBe(heic.length)
    expectClean(bytes, ['Exif']) // the item's type name stays; its bytes are zeros
    const image = heic.indexOf(HEIC_IMAGE_DATA)
    expect(bytes.subarray(image, image + HEIC_IMAGE_DATA.length)).toEqual(HEIC_IMAGE_DATA)
    expect(bytes.subarray(image + HEIC_IMAGE_DATA.length).every((b) => b === 0)).toBe(true)
    expect(bytes.subarray(0, image)).toEqual(heic.subarray(0, image))
  })

  test('the result does not depend on how the bytes are split', () => {
    const whole = strip(createHeicStripper, heic).bytes
    expect(strip(createHeicStripper, heic, oneByteAtATime(heic.length)).bytes).toEqual(whole)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: heic.length - 1 }), { maxLength: 12 }), (cuts) => {
        expect(strip(createHeicStripper, heic, cuts).bytes).toEqual(whole)
      }),
      { numRuns: 200 },
    )
  })

  test('media data before the meta box cannot be cleaned while streaming: malformed', () => {
    const ftypLength = heic.readUInt32BE(0)
    const metaLength = heic.readUInt32BE(ftypLength)
    const mdat = heic.subarray(ftypLength + metaLength)
    const reordered = Buffer.concat([
      heic.subarray(0, ftypLength),
      mdat,
      heic.subarray(ftypLength, ftypLength + metaLength),
    ])
    expect(strip(createHeicStripper, reordered).malformed).toMatch(/before/)
    expect(strip(createHeicStripper, heic.subarray(0, ftypLength + 20)).malformed).not.toBeNull()
    const twoMetas = Buffer.concat([heic.subarray(0, ftypLength + metaLength), heic.subarray(ftypLength)])
    expect(strip(createHeicStripper, twoMetas).malformed).toMatch(/second meta/)
  })
})
