import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ParallelSha256 } from './parallel-sha256.ts'

const MB = 1024 * 1024
const sha = (...parts: Uint8Array[]) => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest('hex')
}

/** Feeds chunks as the upload pipeline does: waiting whenever the worker is behind. */
async function hashOf(chunks: Uint8Array[]) {
  const hash = new ParallelSha256()
  for (const c of chunks) {
    hash.update(c)
    await hash.backpressure()
  }
  return hash.digest()
}

describe('SHA-256 on a worker thread', () => {
  it('gives the digest of nothing, of one byte, and of exactly one batch', async () => {
    expect(await hashOf([])).toBe(sha())
    expect(await hashOf([Buffer.from('a')])).toBe(sha(Buffer.from('a')))
    const batch = randomBytes(MB)
    expect(await hashOf([batch])).toBe(sha(batch))
  })

  it('matches node:crypto however the bytes are cut, across batch edges', async () => {
    const data = randomBytes(5 * MB + 17)
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 3 * MB }), { maxLength: 12 }), async (cuts) => {
        const chunks: Uint8Array[] = []
        let at = 0
        for (const n of cuts) {
          if (at >= data.length) break
          chunks.push(data.subarray(at, at + n))
          at += n
        }
        chunks.push(data.subarray(at))
        expect(await hashOf(chunks)).toBe(sha(data))
      }),
      { numRuns: 15 },
    )
  })

  it('keeps uploads hashed at the same time apart', async () => {
    const inputs = [randomBytes(3 * MB), randomBytes(64 * 1024), randomBytes(2 * MB + 5)]
    const hashes = inputs.map(() => new ParallelSha256())
    // Interleaved, 64 KB at a time, as concurrent uploads reach the worker.
    for (let at = 0; at < 3 * MB; at += 64 * 1024) {
      for (const [i, h] of hashes.entries()) {
        const piece = inputs[i]!.subarray(at, at + 64 * 1024)
        if (piece.length) h.update(piece)
        await h.backpressure()
      }
    }
    expect(await Promise.all(hashes.map((h) => h.digest()))).toEqual(inputs.map((b) => sha(b)))
  })

  it('copies what it is given, so the caller may reuse its buffer at once', async () => {
    const hash = new ParallelSha256()
    const buffer = Buffer.alloc(300 * 1024)
    const expected = createHash('sha256')
    for (let i = 0; i < 8; i++) {
      buffer.fill(i)
      expected.update(buffer)
      hash.update(buffer)
      await hash.backpressure()
    }
    expect(await hash.digest()).toBe(expected.digest('hex'))
  })

  it('holds the caller back while several batches are with the worker', async () => {
    const hash = new ParallelSha256()
    const data = randomBytes(6 * MB)
    hash.update(data) // six batches posted at once: more than may be in flight
    const wait = hash.backpressure()
    expect(wait).toBeInstanceOf(Promise)
    await wait
    expect(await hash.digest()).toBe(sha(data))
  })

  it('refuses bytes after the digest was asked for', async () => {
    const hash = new ParallelSha256()
    hash.update(Buffer.from('done'))
    await hash.digest()
    expect(() => hash.update(Buffer.from('more'))).toThrow(/finished/)
  })

  it('keeps a script alive while it hashes, and lets it end when done', () => {
    // As `npm run seed` uses it: nothing else holds the process open.
    const script = `
      import { ParallelSha256 } from ${JSON.stringify(path.join(import.meta.dirname, 'parallel-sha256.ts'))}
      const hash = new ParallelSha256()
      hash.update(Buffer.from('seeded letter'))
      console.log(await hash.digest())
      const abandoned = new ParallelSha256()
      abandoned.update(Buffer.from('refused upload'))
      abandoned.discard()
    `
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(out.trim()).toBe(sha(Buffer.from('seeded letter')))
  })
})
