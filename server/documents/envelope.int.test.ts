import { createHash, randomBytes } from 'node:crypto'
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { afterAll, describe, expect, test } from 'vitest'
import { Readable } from 'node:stream'
import { createFsStorage } from './fs-storage.ts'
import {
  decryptingFileStream,
  decryptingObjectStream,
  encryptingStream,
  newDataKey,
  rewrapKey,
  unwrapKey,
  wrapKey,
} from './envelope.ts'

// Real files on disk: documents are encrypted at rest and come back byte for byte.
const dir = mkdtempSync(path.join(tmpdir(), 'waypoint-envelope-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

async function encryptFile(source: string, target: string, key: Buffer) {
  await pipeline(
    createReadStream(source, { highWaterMark: 64 * 1024 }),
    encryptingStream(key),
    createWriteStream(target),
  )
}
async function decryptFile(source: string, key: Buffer): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of await decryptingFileStream(source, key)) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

describe('envelope encryption', () => {
  test('a 5 MB document is streamed in, stored unreadable, and comes back identical', async () => {
    const plain = randomBytes(5 * 1024 * 1024 + 17)
    writeFileSync(path.join(dir, 'plain.bin'), plain)
    const key = newDataKey()
    await encryptFile(path.join(dir, 'plain.bin'), path.join(dir, 'stored.bin'), key)
    const stored = readFileSync(path.join(dir, 'stored.bin'))
    expect(stored.length).toBe(plain.length + 28)
    expect(stored.includes(plain.subarray(1000, 1064))).toBe(false)
    expect(sha(await decryptFile(path.join(dir, 'stored.bin'), key))).toBe(sha(plain))
  })

  test('an empty document round-trips too', async () => {
    writeFileSync(path.join(dir, 'empty.bin'), Buffer.alloc(0))
    const key = newDataKey()
    await encryptFile(path.join(dir, 'empty.bin'), path.join(dir, 'empty.enc'), key)
    expect((await decryptFile(path.join(dir, 'empty.enc'), key)).length).toBe(0)
  })

  test('a tampered byte or a wrong key makes decryption fail instead of returning altered data', async () => {
    writeFileSync(path.join(dir, 'small.bin'), Buffer.from('ALSFRS-R total 36, FVC 71%'))
    const key = newDataKey()
    await encryptFile(path.join(dir, 'small.bin'), path.join(dir, 'small.enc'), key)
    const stored = readFileSync(path.join(dir, 'small.enc'))
    stored[15] = stored[15]! ^ 0xff
    writeFileSync(path.join(dir, 'tampered.enc'), stored)
    await expect(decryptFile(path.join(dir, 'tampered.enc'), key)).rejects.toThrow()
    await expect(decryptFile(path.join(dir, 'small.enc'), newDataKey())).rejects.toThrow()
  })

  test('rotating the master key re-wraps the data key; the document is untouched and still opens', async () => {
    const oldMaster = randomBytes(32)
    const newMaster = randomBytes(32)
    const key = newDataKey()
    const wrapped = wrapKey(key, oldMaster)
    const rewrapped = rewrapKey(wrapped, oldMaster, newMaster)
    expect(rewrapped).not.toBe(wrapped)
    expect(unwrapKey(rewrapped, newMaster).equals(key)).toBe(true)
    expect(() => unwrapKey(rewrapped, oldMaster)).toThrow()
  })

  test('any storage decrypts with ranges: IV, tag from the end, then the body', async () => {
    const storage = createFsStorage(path.join(dir, 'objects'))
    const key = newDataKey()
    const plain = randomBytes(700_000)
    const encrypted = Readable.from([plain]).pipe(encryptingStream(key))
    await storage.put('case/doc', encrypted)
    const read = async (k: string, dataKey = key) => {
      const chunks: Buffer[] = []
      for await (const c of await decryptingObjectStream(storage, k, dataKey)) chunks.push(c as Buffer)
      return Buffer.concat(chunks)
    }
    expect(sha(await read('case/doc'))).toBe(sha(plain))
    await expect(read('case/doc', newDataKey())).rejects.toThrow()

    await storage.put('case/empty', Readable.from([]).pipe(encryptingStream(key)))
    expect((await read('case/empty')).length).toBe(0)

    const stored = readFileSync(path.join(dir, 'objects', 'case', 'doc'))
    stored[stored.length - 1] = stored[stored.length - 1]! ^ 1 // the tag
    await storage.put('case/tampered', Readable.from([stored]))
    await expect(read('case/tampered')).rejects.toThrow()
    await storage.put('case/short', Readable.from([Buffer.alloc(20)]))
    await expect(read('case/short')).rejects.toThrow(/too short/)
    await expect(read('case/missing')).rejects.toThrow(/missing/)
  })
})
