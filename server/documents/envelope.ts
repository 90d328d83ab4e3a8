import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto'
import { open } from 'node:fs/promises'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { STREAM_BUFFER_BYTES, type DocumentStorage } from './storage.ts'

// Envelope encryption for health documents: each document has its own
// AES-256-GCM data key; only the wrapped data key (encrypted with the master
// key) is stored. Rotating the master key re-wraps data keys without touching
// documents; destroying a wrapped key crypto-shreds its document.
//
// Stored object layout: [12-byte IV][ciphertext][16-byte GCM tag].
export const IV_BYTES = 12
export const TAG_BYTES = 16

export type WrappedKey = string // base64url(iv | tag | encrypted key)

export function newDataKey(): Buffer {
  return randomBytes(32)
}

// The master key imported once as a KeyObject: given a Buffer, every cipher
// imports the key again, which was most of the cost of unwrapping a case key;
// a queue page unwraps one per row (bench:queue, issue 15).
const masterKeyObjects = new WeakMap<Buffer, KeyObject>()

function masterKeyObject(masterKey: Buffer): KeyObject {
  let key = masterKeyObjects.get(masterKey)
  if (!key) {
    key = createSecretKey(masterKey)
    masterKeyObjects.set(masterKey, key)
  }
  return key
}

export function wrapKey(dataKey: Buffer, masterKey: Buffer): WrappedKey {
  const iv = randomBytes(IV_BYTES)
  const c = createCipheriv('aes-256-gcm', masterKeyObject(masterKey), iv)
  const body = Buffer.concat([c.update(dataKey), c.final()])
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url')
}

export function unwrapKey(wrapped: WrappedKey, masterKey: Buffer): Buffer {
  const raw = Buffer.from(wrapped, 'base64url')
  const d = createDecipheriv('aes-256-gcm', masterKeyObject(masterKey), raw.subarray(0, IV_BYTES))
  d.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  return Buffer.concat([d.update(raw.subarray(IV_BYTES + TAG_BYTES)), d.final()])
}

/** Master-key rotation: the same data key, wrapped by the new master key. */
export function rewrapKey(wrapped: WrappedKey, oldMaster: Buffer, newMaster: Buffer): WrappedKey {
  return wrapKey(unwrapKey(wrapped, oldMaster), newMaster)
}

/** A transform that encrypts a stream chunk by chunk, so a document is never held whole in memory. */
export function encryptingStream(dataKey: Buffer): Transform {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv)
  let started = false
  return new Transform({
    highWaterMark: STREAM_BUFFER_BYTES,
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      if (!started) {
        started = true
        this.push(iv)
      }
      done(null, cipher.update(chunk))
    },
    flush(done: TransformCallback) {
      if (!started) this.push(iv)
      this.push(cipher.final())
      done(null, cipher.getAuthTag())
    },
  })
}

/**
 * Decrypts a stored file as a stream. The tag sits at the end, so it is read
 * first; a tampered or truncated file fails at the end of the stream, and
 * callers must treat the download as failed then.
 */
export async function decryptingFileStream(path: string, dataKey: Buffer): Promise<Readable> {
  const handle = await open(path, 'r')
  const { size } = await handle.stat()
  if (size < IV_BYTES + TAG_BYTES) {
    await handle.close()
    throw new Error('stored object is too short to be a document')
  }
  const iv = Buffer.alloc(IV_BYTES)
  const tag = Buffer.alloc(TAG_BYTES)
  await handle.read(iv, 0, IV_BYTES, 0)
  await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', dataKey, iv)
  decipher.setAuthTag(tag)
  // An empty document has no ciphertext between the IV and the tag.
  const body =
    size === IV_BYTES + TAG_BYTES
      ? (await handle.close(), Readable.from([]))
      : handle.createReadStream({ start: IV_BYTES, end: size - TAG_BYTES - 1 })
  return body.pipe(decipher)
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Decrypts a stored object from any storage, as a stream: the IV and the tag
 * are read with two small ranges, then the body with a third. As with files,
 * a tampered or truncated object makes the stream error at its end.
 */
export async function decryptingObjectStream(
  storage: DocumentStorage,
  key: string,
  dataKey: Buffer,
): Promise<Readable> {
  const size = await storage.size(key)
  if (size === null) throw new Error('stored object is missing')
  if (size < IV_BYTES + TAG_BYTES) throw new Error('stored object is too short to be a document')
  const [iv, tag] = await Promise.all([
    storage.get(key, { start: 0, end: IV_BYTES - 1 }).then(readAll),
    storage.get(key, { start: size - TAG_BYTES, end: size - 1 }).then(readAll),
  ])
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES)
    throw new Error('stored object changed while opening')
  const decipher = createDecipheriv('aes-256-gcm', dataKey, iv)
  decipher.setAuthTag(tag)
  if (size === IV_BYTES + TAG_BYTES) return Readable.from([]).pipe(decipher)
  const body = await storage.get(key, { start: IV_BYTES, end: size - TAG_BYTES - 1 })
  // Errors of the body (a dropped connection to the bucket) must reach the reader too.
  body.once('error', (e) => decipher.destroy(e))
  return body.pipe(decipher)
}
