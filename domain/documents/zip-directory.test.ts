import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { dicomFile, dicomZip, zipArchive, zipBomb, zipTraversal } from '#tests/fixtures/documents.ts'
import { createZipLocalScanner, readZipDirectory } from './zip-directory.ts'
import { checkZipEntries } from './zip-policy.ts'

const directory = (zip: Buffer, tailBytes = zip.length) =>
  readZipDirectory(zip.subarray(zip.length - Math.min(tailBytes, zip.length)), zip.length)

/** Rewrites a small archive's end record the way ZIP64 writers do (0xFFFF…, then the ZIP64 records). */
function asZip64(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(eocd + 10)
  const cdSize = zip.readUInt32LE(eocd + 12)
  const cdOffset = zip.readUInt32LE(eocd + 16)
  const record = Buffer.alloc(56)
  record.writeUInt32LE(0x06064b50, 0)
  record.writeBigUInt64LE(44n, 4)
  record.writeBigUInt64LE(BigInt(count), 24)
  record.writeBigUInt64LE(BigInt(count), 32)
  record.writeBigUInt64LE(BigInt(cdSize), 40)
  record.writeBigUInt64LE(BigInt(cdOffset), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(eocd), 8)
  locator.writeUInt32LE(1, 16)
  const end = Buffer.from(zip.subarray(eocd))
  end.writeUInt16LE(0xffff, 8)
  end.writeUInt16LE(0xffff, 10)
  end.writeUInt32LE(0xffffffff, 12)
  end.writeUInt32LE(0xffffffff, 16)
  return Buffer.concat([zip.subarray(0, eocd), record, locator, end])
}

describe('central directory', () => {
  test('a DICOM study lists its folder and images with their sizes and methods', () => {
    const result = directory(dicomZip({ images: 3 }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.map((e) => [e.name, e.method])).toEqual([
      ['STUDY/', 0],
      ['STUDY/IM0001.dcm', 8],
      ['STUDY/IM0002.dcm', 0],
      ['STUDY/IM0003.dcm', 0],
    ])
    expect(result.value[2]!.uncompressedBytes).toBe(dicomFile({ seed: 2, pixelBytes: 8192 }).length)
    expect(checkZipEntries(result.value)).toMatchObject({ ok: true, value: { files: 3 } })
  })

  test('an archive comment, and ZIP64 end records, are understood', () => {
    const zip = zipArchive([{ name: 'a.dcm', data: dicomFile() }], { comment: 'exported by PACS' })
    expect(directory(zip)).toMatchObject({ ok: true, value: [{ name: 'a.dcm' }] })
    expect(directory(asZip64(dicomZip()))).toMatchObject({ ok: true, value: { length: 4 } })
  })

  test('a directory that does not fit in the kept tail is refused as too many entries', () => {
    const zip = dicomZip({ images: 50 })
    expect(directory(zip, 200)).toEqual({ ok: false, error: 'zip.too-many-entries' })
  })

  test('bombs and traversal are caught by the policy from the directory', () => {
    const bomb = directory(zipBomb())
    expect(bomb.ok && checkZipEntries(bomb.value)).toEqual({ ok: false, error: 'zip.bomb' })
    const traversal = directory(zipTraversal())
    expect(traversal.ok && checkZipEntries(traversal.value)).toEqual({
      ok: false,
      error: 'zip.path-traversal',
    })
  })

  test('garbage, a cut-off archive and inconsistent offsets are malformed, never a throw', () => {
    expect(directory(Buffer.from('PK\x03\x04 not really'))).toEqual({ ok: false, error: 'zip.malformed' })
    const zip = dicomZip()
    expect(directory(zip.subarray(0, zip.length - 30))).toEqual({ ok: false, error: 'zip.malformed' })
    const shifted = Buffer.concat([Buffer.alloc(10), zip])
    expect(directory(shifted)).toEqual({ ok: false, error: 'zip.malformed' })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, extra) => {
        const result = readZipDirectory(bytes, bytes.length + (extra % 1000))
        expect(typeof result.ok).toBe('boolean')
      }),
    )
  })
})

describe('local headers as they stream past', () => {
  const feed = (zip: Buffer, piece: number, capture = 65536) => {
    const scanner = createZipLocalScanner(capture, (n) => !n.endsWith('/'))
    for (let at = 0; at < zip.length; at += piece) scanner.push(zip.subarray(at, at + piece))
    return scanner
  }

  test.each([1, 7, 64, 100_000])(
    'every entry is seen and the first image captured (pieces of %i bytes)',
    (piece) => {
      const zip = dicomZip({ images: 3 })
      const scanner = feed(zip, piece)
      expect(scanner.entries.map((e) => e.name)).toEqual([
        'STUDY/',
        'STUDY/IM0001.dcm',
        'STUDY/IM0002.dcm',
        'STUDY/IM0003.dcm',
      ])
      expect(scanner.stray).toBe(false)
      const dir = directory(zip)
      expect(dir.ok && dir.value.map((e) => e.localHeaderOffset)).toEqual(
        scanner.entries.map((e) => e.offset),
      )
      const first = scanner.firstFile!
      expect(first.entry.name).toBe('STUDY/IM0001.dcm')
      expect(first.entry.method).toBe(8)
      expect(first.data.length).toBe(first.entry.compressedBytes)
    },
  )

  test('only the first bytes of a large first entry are kept', () => {
    const zip = zipArchive([{ name: 'big.dcm', data: dicomFile({ pixelBytes: 300_000 }) }])
    const scanner = feed(zip, 4096, 65536)
    expect(scanner.firstFile!.data.length).toBe(65536)
    expect(Buffer.from(scanner.firstFile!.data.subarray(128, 132)).toString()).toBe('DICM')
  })

  test('data hidden between entries, where a header should be, is noticed', () => {
    const zip = dicomZip({ images: 1 })
    const secondHeader = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4)
    const tampered = Buffer.from(zip)
    tampered.write('XXXX', secondHeader, 'latin1')
    expect(feed(tampered, 50).stray).toBe(true)
  })
})
