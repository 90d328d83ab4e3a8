import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import {
  HEIC_IMAGE_DATA,
  JPEG_SCAN_DATA,
  SECRET_COMMENT,
  SECRET_MAKE,
  SECRET_MODEL,
  dicomFile,
  dicomZip,
  elfExecutable,
  emptyFile,
  fakeExecutablePdf,
  generatedStream,
  generatedZipStream,
  heicWithExif,
  htmlPage,
  jpegWithExif,
  pngImageData,
  pngWithText,
  polyglotPdf,
  svgWithScript,
  tinyPdf,
  truncatedStream,
  zipArchive,
  zipBomb,
  zipTraversal,
} from '#tests/fixtures/documents.ts'
import { createFsStorage } from './fs-storage.ts'
import { ingestDocument, openDocument, type UploadRefusal } from './ingest.ts'
import type { DocumentStorage } from './storage.ts'

// The whole pipeline on real files: classify, clean, inspect, hash, encrypt,
// store, and open again; every refusal leaves the store as it was.

const root = mkdtempSync(path.join(tmpdir(), 'waypoint-ingest-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const masterKey = randomBytes(32)
let storage: DocumentStorage
let n = 0
beforeEach(() => {
  storage = createFsStorage(path.join(root, `store-${++n}`))
})

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const MB = 1024 * 1024

/** Splits a buffer into pieces as a network would deliver it. */
function chunked(bytes: Buffer, piece = 1000): Readable {
  const parts: Buffer[] = []
  for (let at = 0; at < bytes.length; at += piece) parts.push(bytes.subarray(at, at + piece))
  return Readable.from(parts)
}

/** Counts what was read from the input, to prove a refused upload is still drained. */
function counted(input: Readable) {
  const seen = { bytes: 0 }
  const stream = input.pipe(
    new Transform({
      transform(chunk: Buffer, _e, done) {
        seen.bytes += chunk.length
        done(null, chunk)
      },
    }),
  )
  input.on('error', (e) => stream.destroy(e))
  return { stream, seen }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function storedKeys(): Promise<string[]> {
  const keys: string[] = []
  for await (const o of storage.list()) keys.push(o.key)
  return keys
}

async function ingest(input: Buffer | Readable, maxBytes = 50 * MB) {
  const stream = Buffer.isBuffer(input) ? chunked(input) : input
  return ingestDocument({ storage, masterKey }, stream, { storageKey: 'case-1/doc-1', maxBytes })
}

async function opened(wrappedKey: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of await openDocument(
    { storage, masterKey },
    { storageKey: 'case-1/doc-1', wrappedKey },
  ))
    chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

describe('accepted documents', () => {
  test.each([
    ['pdf', tinyPdf(), {}],
    [
      'dicom',
      dicomFile({ studyDate: '20240315', modality: 'MR' }),
      { studyDate: '2024-03-15', modality: 'MR' },
    ],
    [
      'zip',
      dicomZip({ studyDate: '20231102', modality: 'CT', images: 3 }),
      { files: 3, studyDate: '2023-11-02', modality: 'CT' },
    ],
  ] as const)('%s is stored encrypted and opens byte for byte', async (kind, bytes, meta) => {
    const result = await ingest(bytes)
    expect(result).toMatchObject({ ok: true, value: { kind, bytes: bytes.length, sha256: sha(bytes), meta } })
    if (!result.ok) return
    expect(await storedKeys()).toEqual(['case-1/doc-1'])
    expect(await storage.size('case-1/doc-1')).toBe(bytes.length + 28)
    const raw = await readAll(await storage.get('case-1/doc-1'))
    expect(raw.includes(bytes.subarray(0, 64))).toBe(false)
    expect(sha(await opened(result.value.wrappedKey))).toBe(sha(bytes))
  })

  test('a one-file DICOM study ZIP with a stored entry is read too', async () => {
    const zip = zipArchive([{ name: 'IM1', data: dicomFile({ studyDate: '19991231', modality: 'US' }) }])
    expect(await ingest(zip)).toMatchObject({
      ok: true,
      value: { meta: { files: 1, studyDate: '1999-12-31', modality: 'US' } },
    })
  })

  test('the kind is read from content arriving a byte at a time', async () => {
    const result = await ingest(chunked(tinyPdf(), 1))
    expect(result).toMatchObject({ ok: true, value: { kind: 'pdf', sha256: sha(tinyPdf()) } })
  })

  test.each([
    ['jpeg', jpegWithExif(), JPEG_SCAN_DATA],
    ['png', pngWithText(), pngImageData()],
    ['heic', heicWithExif(), HEIC_IMAGE_DATA],
  ] as const)(
    'a %s photo is stored without GPS, device or comments; the image stays',
    async (kind, bytes, image) => {
      const result = await ingest(chunked(bytes, 37))
      expect(result).toMatchObject({ ok: true, value: { kind, meta: { metadataStripped: true } } })
      if (!result.ok) return
      const back = await opened(result.value.wrappedKey)
      expect(bytes.includes(Buffer.from(SECRET_MAKE, 'latin1'))).toBe(true)
      for (const secret of [SECRET_MAKE, SECRET_MODEL, SECRET_COMMENT, 'GPS']) {
        expect(back.includes(Buffer.from(secret, 'latin1')), secret).toBe(false)
      }
      // The GPS latitude rational (48/1) is gone with the Exif block.
      expect(back.includes(Buffer.from([0, 0, 0, 48, 0, 0, 0, 1, 0, 0, 0, 51]))).toBe(false)
      expect(back.includes(image)).toBe(true)
      expect(result.value.sha256).toBe(sha(back))
      expect(result.value.bytes).toBe(back.length)
    },
  )

  test('a photo without metadata is stored unchanged and says so', async () => {
    const clean = await ingest(jpegWithExif())
    if (!clean.ok) throw new Error('expected the photo to be accepted')
    const cleaned = await opened(clean.value.wrappedKey)
    const again = await ingest(cleaned)
    expect(again).toMatchObject({
      ok: true,
      value: { sha256: sha(cleaned), meta: { metadataStripped: false } },
    })
  })
})

describe('refused documents leave nothing stored, and the upload is read to its end', () => {
  const notAJpeg = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.alloc(5000, 0x41),
  ])
  const mismatched = (() => {
    // The local header says one name, the central directory another.
    const zip = zipArchive([{ name: 'scan.dcm', data: dicomFile() }])
    const copy = Buffer.from(zip)
    copy.write('evil.sh!', 30, 'latin1')
    return copy
  })()
  const hugeDirectory = zipArchive(
    Array.from({ length: 3000 }, (_, i) => ({
      name: `${'d'.repeat(3000)}/${i}.dcm`,
      data: Buffer.from('x'),
    })),
  )
  const cases: [string, () => Buffer | Readable, UploadRefusal, number?][] = [
    ['a Windows executable named .pdf', fakeExecutablePdf, 'document.executable'],
    ['a Linux executable', elfExecutable, 'document.executable'],
    ['an HTML page', htmlPage, 'document.html'],
    ['an SVG with a script', svgWithScript, 'document.svg'],
    ['a PDF that is also HTML', polyglotPdf, 'document.polyglot'],
    ['an empty file', emptyFile, 'document.empty'],
    ['plain text', () => Buffer.from('just a note, not a record\n'.repeat(300)), 'document.unknown-type'],
    ['a broken JPEG', () => notAJpeg, 'document.unknown-type'],
    ['a zip bomb', zipBomb, 'zip.bomb'],
    ['a zip with ../evil', zipTraversal, 'zip.path-traversal'],
    ['a ZIP whose headers disagree with its directory', () => mismatched, 'document.polyglot'],
    ['a ZIP whose directory is larger than the kept tail', () => hugeDirectory, 'zip.too-many-entries'],
    ['a ZIP cut before its directory', () => dicomZip().subarray(0, 9000), 'document.unknown-type'],
    ['a PDF cut short, whose end is missing', () => tinyPdf().subarray(0, 300), 'document.pdf-incomplete'],
    ['a file over the limit', () => generatedStream(3 * MB), 'document.too-large', 1 * MB],
    ['a file over a tiny limit, refused before its kind is known', tinyPdf, 'document.too-large', 100],
  ]
  test.each(cases)('%s', async (_name, make, reason, maxBytes) => {
    const input = make()
    const { stream, seen } = counted(Buffer.isBuffer(input) ? chunked(input, 64 * 1024) : input)
    const total = Buffer.isBuffer(input) ? input.length : 3 * MB
    expect(await ingest(stream, maxBytes)).toEqual({ ok: false, error: reason })
    expect(await storedKeys()).toEqual([])
    expect(seen.bytes).toBe(total)
  })

  test('an upload that breaks off is "truncated" and nothing is stored', async () => {
    const result = await ingest(truncatedStream(tinyPdf().subarray(0, 200)))
    expect(result).toEqual({ ok: false, error: 'document.truncated' })
    expect(await storedKeys()).toEqual([])
    let sent = 0
    const breaksLate = new Readable({
      read() {
        if (sent === 0) this.push(dicomFile())
        else if (sent < 30) this.push(randomBytes(256 * 1024))
        else return void this.destroy(new Error('socket hang up'))
        sent++
      },
    })
    expect(await ingest(breaksLate)).toEqual({ ok: false, error: 'document.truncated' })
    expect(await storedKeys()).toEqual([])
  })

  test('a tampered object fails to open instead of returning altered bytes', async () => {
    const result = await ingest(tinyPdf())
    if (!result.ok) throw new Error('expected the PDF to be accepted')
    const raw = await readAll(await storage.get('case-1/doc-1'))
    raw[40] = raw[40]! ^ 0xff
    await storage.put('case-1/doc-1', Readable.from([raw]))
    await expect(opened(result.value.wrappedKey)).rejects.toThrow()
  })
})

describe('memory stays flat', () => {
  async function rssGrowth(run: () => Promise<unknown>) {
    const before = process.memoryUsage().rss
    let peak = before
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
    try {
      await run()
    } finally {
      clearInterval(timer)
    }
    return Math.max(peak, process.memoryUsage().rss) - before
  }

  test('a 200 MB document streams through with less than 100 MB of extra memory', async () => {
    let result: Awaited<ReturnType<typeof ingest>> | undefined
    const growth = await rssGrowth(async () => {
      result = await ingest(generatedStream(200 * MB), 500 * MB)
    })
    expect(result).toMatchObject({ ok: true, value: { kind: 'pdf', bytes: 200 * MB } })
    expect(await storage.size('case-1/doc-1')).toBe(200 * MB + 28)
    expect(growth).toBeLessThan(100 * MB)
  })

  test('a 200 MB DICOM study ZIP too, tail buffer included', async () => {
    let result: Awaited<ReturnType<typeof ingest>> | undefined
    const growth = await rssGrowth(async () => {
      result = await ingest(generatedZipStream(200 * MB), 500 * MB)
    })
    expect(result).toMatchObject({ ok: true, value: { kind: 'zip', meta: { files: 1, modality: 'MR' } } })
    expect(growth).toBeLessThan(100 * MB)
  })

  test('a 200 MB upload over the limit is drained without storing or buffering it', async () => {
    const { stream, seen } = counted(generatedStream(200 * MB))
    let result: Awaited<ReturnType<typeof ingest>> | undefined
    const growth = await rssGrowth(async () => {
      result = await ingest(stream, 10 * MB)
    })
    expect(result).toEqual({ ok: false, error: 'document.too-large' })
    expect(seen.bytes).toBe(200 * MB)
    expect(await storedKeys()).toEqual([])
    expect(growth).toBeLessThan(100 * MB)
  })
})
