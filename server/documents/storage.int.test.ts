import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dicomFile, dicomZip, generatedStream, truncatedStream } from '#tests/fixtures/documents.ts'
import { createFsStorage } from './fs-storage.ts'
import { ingestDocument, openDocument } from './ingest.ts'
import { createS3Storage } from './s3-storage.ts'
import { InvalidStorageKeyError, ObjectNotFoundError, type DocumentStorage } from './storage.ts'

// One contract, two adapters: the filesystem store and the S3-compatible
// store (against s3rver, a local S3 server started here) must behave alike.

const root = mkdtempSync(path.join(tmpdir(), 'waypoint-storage-'))
let s3server: S3rver | undefined
let s3endpoint = ''

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

beforeAll(async () => {
  const port = await freePort()
  s3server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: path.join(root, 's3rver'),
    configureBuckets: [{ name: 'documents', configs: [] }],
  })
  await s3server.run()
  s3endpoint = `http://127.0.0.1:${port}`
})
afterAll(async () => {
  await s3server?.close()
  rmSync(root, { recursive: true, force: true })
})

const MB = 1024 * 1024
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}
async function keys(storage: DocumentStorage): Promise<string[]> {
  const out: string[] = []
  for await (const o of storage.list()) out.push(o.key)
  return out.sort()
}

const adapters: [string, () => DocumentStorage][] = [
  ['filesystem', () => createFsStorage(path.join(root, 'fs'))],
  [
    's3-compatible',
    () =>
      createS3Storage({
        endpoint: s3endpoint,
        region: 'us-east-1',
        bucket: 'documents',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
      }),
  ],
]

describe.each(adapters)('%s document storage', (_name, make) => {
  let storage: DocumentStorage
  beforeAll(() => {
    storage = make()
  })

  test('an object streams in and comes back whole, in ranges, and with its size', async () => {
    const body = randomBytes(300_000)
    await storage.put('case-1/doc-a', Readable.from([body.subarray(0, 100_000), body.subarray(100_000)]))
    expect(await storage.size('case-1/doc-a')).toBe(body.length)
    expect(sha(await read(await storage.get('case-1/doc-a')))).toBe(sha(body))
    expect(await read(await storage.get('case-1/doc-a', { start: 0, end: 11 }))).toEqual(body.subarray(0, 12))
    expect(
      await read(await storage.get('case-1/doc-a', { start: body.length - 16, end: body.length - 1 })),
    ).toEqual(body.subarray(-16))
    expect(await read(await storage.get('case-1/doc-a', { start: 1000, end: 1000 }))).toEqual(
      body.subarray(1000, 1001),
    )
  })

  test('an empty object is stored too', async () => {
    await storage.put('case-1/empty', Readable.from([]))
    expect(await storage.size('case-1/empty')).toBe(0)
  })

  test('a missing object has no size and cannot be read; deleting it is fine', async () => {
    expect(await storage.size('case-1/nothing')).toBeNull()
    await expect(storage.get('case-1/nothing')).rejects.toBeInstanceOf(ObjectNotFoundError)
    await storage.delete('case-1/nothing')
    await storage.delete('case-1/nothing')
  })

  test('delete removes the object, and list shows what is stored with a recent time', async () => {
    const before = Date.now() - 60_000
    await storage.put('case-2/doc-b', Readable.from([Buffer.from('b')]))
    await storage.put('case-2/doc-c', Readable.from([Buffer.from('c')]))
    const listed: { key: string; modifiedAt: Date }[] = []
    for await (const o of storage.list()) listed.push(o)
    expect(listed.map((o) => o.key)).toEqual(expect.arrayContaining(['case-2/doc-b', 'case-2/doc-c']))
    for (const o of listed) expect(o.modifiedAt.getTime()).toBeGreaterThan(before)
    await storage.delete('case-2/doc-b')
    expect(await storage.size('case-2/doc-b')).toBeNull()
    expect(await keys(storage)).not.toContain('case-2/doc-b')
    expect(await keys(storage)).toContain('case-2/doc-c')
  })

  test('a body that fails half-way rejects and leaves nothing under the key', async () => {
    const before = await keys(storage)
    await expect(storage.put('case-3/broken', truncatedStream(randomBytes(200_000)))).rejects.toThrow(
      /connection reset/,
    )
    expect(await storage.size('case-3/broken')).toBeNull()
    expect(await keys(storage)).toEqual(before)
  })

  test('a failure after several multipart parts leaves nothing either', async () => {
    let sent = 0
    const body = new Readable({
      read() {
        if (sent >= 20 * 1024 * 1024) return void this.destroy(new Error('client went away'))
        sent += 1024 * 1024
        this.push(randomBytes(1024 * 1024))
      },
    })
    await expect(storage.put('case-3/big-broken', body)).rejects.toThrow(/client went away/)
    expect(await storage.size('case-3/big-broken')).toBeNull()
  })

  test('a 40 MB object streams through (multipart for S3)', async () => {
    // The generator is deterministic: a second run gives the expected bytes.
    const hash = createHash('sha256')
    for await (const c of generatedStream(40 * 1024 * 1024)) hash.update(c as Buffer)
    await storage.put('case-4/large', generatedStream(40 * 1024 * 1024))
    expect(await storage.size('case-4/large')).toBe(40 * 1024 * 1024)
    const back = createHash('sha256')
    for await (const c of await storage.get('case-4/large')) back.update(c as Buffer)
    expect(back.digest('hex')).toBe(hash.digest('hex'))
    await storage.delete('case-4/large')
  })

  test('writing again under a key replaces the object', async () => {
    await storage.put('case-5/doc', Readable.from([Buffer.from('first version')]))
    await storage.put('case-5/doc', Readable.from([Buffer.from('second')]))
    expect((await read(await storage.get('case-5/doc'))).toString()).toBe('second')
  })

  test('the document pipeline works on this store: ranges to decrypt, nothing left by a refusal', async () => {
    const deps = { storage, masterKey: randomBytes(32) }
    const study = dicomZip({ images: 4 })
    const stored = await ingestDocument(deps, Readable.from([study]), {
      storageKey: 'case-6/study',
      maxBytes: 50 * MB,
    })
    if (!stored.ok) throw new Error(`expected the study to be stored, got ${stored.error}`)
    expect(stored.value.meta).toMatchObject({ files: 4, modality: 'CT' })
    const opened = await openDocument(deps, {
      storageKey: 'case-6/study',
      wrappedKey: stored.value.wrappedKey,
    })
    expect(sha(await read(opened))).toBe(sha(study))

    const before = await keys(storage)
    const refused = await ingestDocument(deps, generatedStream(20 * MB), {
      storageKey: 'case-6/big',
      maxBytes: 12 * MB,
    })
    expect(refused).toEqual({ ok: false, error: 'document.too-large' })
    const cut = await ingestDocument(deps, truncatedStream(dicomFile({ pixelBytes: 9 * MB })), {
      storageKey: 'case-6/cut',
      maxBytes: 50 * MB,
    })
    expect(cut).toEqual({ ok: false, error: 'document.truncated' })
    expect(await keys(storage)).toEqual(before)
  })

  test('keys that could escape the store are refused', async () => {
    for (const key of ['../x', 'a/../../x', '/abs', 'a//b', '', 'a/./b', 'name with space', 'a\\b']) {
      await expect(storage.size(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError)
    }
  })
})

test('the filesystem store never shows a partial file under a final name', async () => {
  const dir = path.join(root, 'fs-partial')
  const storage = createFsStorage(dir)
  let release!: () => void
  const gate = new Promise<void>((r) => (release = r))
  let step = 0
  const body = new Readable({
    async read() {
      step++
      if (step === 1) this.push(Buffer.alloc(1000, 1))
      else if (step === 2) {
        await gate
        this.destroy(new Error('cut'))
      }
    },
  })
  const put = storage.put('case/doc', body)
  await new Promise((r) => setTimeout(r, 50))
  // Mid-write: only a temporary name exists.
  expect(readdirSync(path.join(dir, 'case')).every((n) => n.startsWith('.partial-'))).toBe(true)
  expect(await storage.size('case/doc')).toBeNull()
  release()
  await expect(put).rejects.toThrow('cut')
  expect(readdirSync(path.join(dir, 'case'))).toEqual([])
})
