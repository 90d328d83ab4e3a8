import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { afterAll, describe, expect, test } from 'vitest'
import { generatedStream, jpegWithExif, SECRET_MAKE, tinyPdf } from '#tests/fixtures/documents.ts'
import { createFsStorage } from './fs-storage.ts'
import { ingestDocument, openDocument } from './ingest.ts'
import { readMultipart, type UploadedFile } from './multipart.ts'

// Multipart bodies as browsers send them (FormData through a real Request)
// and as broken clients send them (built by hand, cut short).

const root = mkdtempSync(path.join(tmpdir(), 'waypoint-multipart-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const MB = 1024 * 1024

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

const BOUNDARY = '----waypoint-test-boundary'
const partHeader = (name: string, filename?: string, type = 'application/octet-stream') =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${
    filename === undefined ? '' : `; filename="${filename}"`
  }\r\n${filename === undefined ? '' : `Content-Type: ${type}\r\n`}\r\n`

function rawRequest(
  body: Buffer | ReadableStream<Uint8Array>,
  contentType = `multipart/form-data; boundary=${BOUNDARY}`,
) {
  return new Request('http://127.0.0.1/upload', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
    duplex: 'half',
  } as RequestInit)
}

/** A body streamed from parts; `fail` makes the stream error after the parts (a dropped connection). */
function streamedBody(parts: (Buffer | (() => Readable))[], fail?: Error): ReadableStream<Uint8Array> {
  async function* chunks() {
    for (const p of parts) {
      if (Buffer.isBuffer(p)) yield new Uint8Array(p)
      else for await (const c of p()) yield new Uint8Array(c as Buffer)
    }
    if (fail) throw fail
  }
  const it = chunks()
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await it.next()
        if (next.done) controller.close()
        else controller.enqueue(next.value)
      } catch (e) {
        controller.error(e)
      }
    },
  })
}

/** A Buffer as a Blob part (the DOM types want an ArrayBuffer-backed view). */
const blob = (b: Buffer) => new Uint8Array(b)

const collect = async (file: UploadedFile) => ({
  field: file.field,
  filename: file.filename,
  mimeType: file.mimeType,
  sha: sha(await readAll(file.stream)),
})

describe('reading multipart uploads', () => {
  test('fields and files from a browser form; files one at a time, each seeing the fields before it', async () => {
    const form = new FormData()
    form.set('intent', 'upload')
    form.set('note', 'scan\0 from March')
    form.append('document', new File([blob(tinyPdf())], 'report.pdf', { type: 'application/pdf' }))
    form.set('after', 'yes')
    form.append('document', new File([blob(jpegWithExif())], 'photo é.jpg', { type: 'image/jpeg' }))
    const request = new Request('http://127.0.0.1/upload', { method: 'POST', body: form })
    let active = 0
    const seenFields: Record<string, string>[] = []
    const result = await readMultipart(request, async (file, fieldsSoFar) => {
      expect(++active).toBe(1)
      seenFields.push(fieldsSoFar)
      await new Promise((r) => setTimeout(r, 20))
      const summary = await collect(file)
      active--
      return summary
    })
    expect(result).toEqual({
      ok: true,
      value: {
        fields: { intent: 'upload', note: 'scan from March', after: 'yes' },
        files: [
          { field: 'document', filename: 'report.pdf', mimeType: 'application/pdf', sha: sha(tinyPdf()) },
          { field: 'document', filename: 'photo é.jpg', mimeType: 'image/jpeg', sha: sha(jpegWithExif()) },
        ],
      },
    })
    expect(seenFields).toEqual([
      { intent: 'upload', note: 'scan from March' },
      { intent: 'upload', note: 'scan from March', after: 'yes' },
    ])
  })

  test('the empty file part a browser sends when nothing was chosen is no file', async () => {
    const body = Buffer.from(
      `${partHeader('intent')}upload\r\n${partHeader('document', '')}\r\n--${BOUNDARY}--\r\n`,
      'utf8',
    )
    let calls = 0
    const result = await readMultipart(rawRequest(body), async () => ++calls)
    expect(result).toEqual({ ok: true, value: { fields: { intent: 'upload' }, files: [] } })
    expect(calls).toBe(0)
  })

  test('a nameless part that does carry bytes is still a file', async () => {
    const body = Buffer.concat([
      Buffer.from(partHeader('document', '')),
      tinyPdf(),
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ])
    const result = await readMultipart(rawRequest(body), collect)
    expect(result).toMatchObject({ ok: true, value: { files: [{ filename: '', sha: sha(tinyPdf()) }] } })
  })

  test('not multipart, no boundary, or a garbled body: a Result, never a throw', async () => {
    const json = new Request('http://127.0.0.1/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(await readMultipart(json, collect)).toEqual({ ok: false, error: 'multipart.not-multipart' })
    expect(await readMultipart(rawRequest(Buffer.from('x'), 'multipart/form-data'), collect)).toEqual({
      ok: false,
      error: 'multipart.malformed',
    })
    expect(await readMultipart(rawRequest(Buffer.from('complete nonsense\r\n\r\n')), collect)).toEqual({
      ok: false,
      error: 'multipart.malformed',
    })
    const badHeader = Buffer.from(`--${BOUNDARY}\r\nno colon here\r\n\r\nvalue\r\n--${BOUNDARY}--\r\n`)
    expect(await readMultipart(rawRequest(badHeader), collect)).toEqual({
      ok: false,
      error: 'multipart.malformed',
    })
  })

  test('too many files, or a field over its size, is refused', async () => {
    const form = new FormData()
    for (let i = 0; i < 3; i++) form.append('document', new File([blob(tinyPdf())], `r${i}.pdf`))
    const request = new Request('http://127.0.0.1/upload', { method: 'POST', body: form })
    expect(await readMultipart(request, collect, { files: 2 })).toEqual({
      ok: false,
      error: 'multipart.too-many-files',
    })
    const long = new FormData()
    long.set('note', 'x'.repeat(5000))
    expect(
      await readMultipart(new Request('http://127.0.0.1/u', { method: 'POST', body: long }), collect, {
        fieldBytes: 1000,
      }),
    ).toEqual({ ok: false, error: 'multipart.malformed' })
  })

  test('a consumer that does not read a file does not stall the form', async () => {
    const form = new FormData()
    form.append('a', new File([blob(randomBytes(2 * MB))], 'a.bin'))
    form.append('b', new File([blob(tinyPdf())], 'b.pdf'))
    form.set('last', 'field')
    const result = await readMultipart(
      new Request('http://127.0.0.1/u', { method: 'POST', body: form }),
      async (f) => (f.filename === 'b.pdf' ? (await collect(f)).sha : 'skipped'),
    )
    expect(result).toEqual({
      ok: true,
      value: { fields: { last: 'field' }, files: ['skipped', sha(tinyPdf())] },
    })
  })
})

describe('multipart into the document pipeline', () => {
  const masterKey = randomBytes(32)

  test('a 60 MB file streams from the request body into storage', async () => {
    const storage = createFsStorage(path.join(root, 'big'))
    const expected = createHash('sha256')
    for await (const c of generatedStream(60 * MB)) expected.update(c as Buffer)
    const body = streamedBody([
      Buffer.from(partHeader('document', 'scan.pdf', 'application/pdf')),
      () => generatedStream(60 * MB),
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ])
    const result = await readMultipart(rawRequest(body), (file) =>
      ingestDocument({ storage, masterKey }, file.stream, { storageKey: 'c/big', maxBytes: 500 * MB }),
    )
    expect(result).toMatchObject({
      ok: true,
      value: {
        files: [{ ok: true, value: { kind: 'pdf', bytes: 60 * MB, sha256: expected.digest('hex') } }],
      },
    })
  })

  test('a photo uploaded through a form comes back without its Exif', async () => {
    const storage = createFsStorage(path.join(root, 'photo'))
    const form = new FormData()
    form.append('document', new File([blob(jpegWithExif())], 'IMG_0001.jpg', { type: 'image/jpeg' }))
    const result = await readMultipart(
      new Request('http://127.0.0.1/u', { method: 'POST', body: form }),
      (file) =>
        ingestDocument({ storage, masterKey }, file.stream, { storageKey: 'c/photo', maxBytes: 10 * MB }),
    )
    if (!result.ok || !result.value.files[0]?.ok) throw new Error('expected the photo to be stored')
    const back = await readAll(
      await openDocument(
        { storage, masterKey },
        { storageKey: 'c/photo', wrappedKey: result.value.files[0].value.wrappedKey },
      ),
    )
    expect(back.includes(Buffer.from(SECRET_MAKE))).toBe(false)
  })

  test.each([
    ['the body ends in the middle of a file', undefined],
    ['the connection drops in the middle of a file', new Error('client went away')],
  ])('%s: the file is "truncated", nothing is stored, the form is malformed', async (_name, fail) => {
    const storage = createFsStorage(path.join(root, `cut-${fail ? 'drop' : 'end'}`))
    const body = streamedBody(
      [Buffer.from(partHeader('document', 'scan.pdf', 'application/pdf')), () => generatedStream(3 * MB)],
      fail,
    )
    const outcomes: unknown[] = []
    const result = await readMultipart(rawRequest(body), async (file) => {
      const outcome = await ingestDocument({ storage, masterKey }, file.stream, {
        storageKey: 'c/cut',
        maxBytes: 500 * MB,
      })
      outcomes.push(outcome)
      return outcome
    })
    expect(result).toEqual({ ok: false, error: 'multipart.malformed' })
    expect(outcomes).toEqual([{ ok: false, error: 'document.truncated' }])
    const left: string[] = []
    for await (const o of storage.list()) left.push(o.key)
    expect(left).toEqual([])
  })
})
