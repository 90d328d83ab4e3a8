import type { Readable } from 'node:stream'

// Where encrypted document objects live. The filesystem adapter is the
// default (embedded mode, tests); the S3-compatible adapter is for production.
// Both pass the same contract suite (storage.int.test.ts).
export interface DocumentStorage {
  /** Streams body to key. Rejects if the stream errors; leaves no object behind then (best effort). */
  put(key: string, body: Readable): Promise<void>
  /** Inclusive byte range like HTTP Range. Rejects with `ObjectNotFoundError` when there is no such object. */
  get(key: string, range?: { start: number; end: number }): Promise<Readable>
  size(key: string): Promise<number | null>
  /** Idempotent. */
  delete(key: string): Promise<void>
  list(): AsyncIterable<{ key: string; modifiedAt: Date }>
}

/**
 * Buffer size of each stage of the upload pipeline. Node's 16 KB default made
 * every stage stop and start for each network chunk; 1 MB, like the file-copy
 * ceiling in bench/upload.ts, keeps a few MB in flight per upload at most.
 */
export const STREAM_BUFFER_BYTES = 1024 * 1024

export class ObjectNotFoundError extends Error {
  constructor(key: string) {
    super(`no stored object under ${JSON.stringify(key)}`)
    this.name = 'ObjectNotFoundError'
  }
}

export class InvalidStorageKeyError extends Error {}

/**
 * Keys are chosen by the server (ids joined by `/`), never by a client; this
 * check is the last line against a key that would escape the storage root.
 */
export function assertStorageKey(key: string): void {
  const segments = key.split('/')
  if (
    key.length === 0 ||
    key.length > 512 ||
    segments.some((s) => s === '' || s === '.' || s === '..' || !/^[A-Za-z0-9._-]+$/.test(s))
  ) {
    throw new InvalidStorageKeyError(`invalid storage key ${JSON.stringify(key)}`)
  }
}

export function assertRange(range: { start: number; end: number } | undefined): void {
  if (!range) return
  if (
    !Number.isSafeInteger(range.start) ||
    !Number.isSafeInteger(range.end) ||
    range.start < 0 ||
    range.end < range.start
  ) {
    throw new RangeError(`invalid byte range ${range.start}-${range.end}`)
  }
}
