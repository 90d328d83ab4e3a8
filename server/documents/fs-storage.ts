import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ensurePrivateFolder } from '../db/data-folder.ts'
import {
  assertRange,
  STREAM_BUFFER_BYTES,
  assertStorageKey,
  ObjectNotFoundError,
  type DocumentStorage,
} from './storage.ts'

/** Prefix of an object still being written; it never carries a final name. */
export const PARTIAL_PREFIX = '.partial-'

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ENOENT'

/**
 * Objects as files under `dir` (keys with `/` become folders). A write goes
 * to a temporary name in the same folder, is flushed to disk, then renamed,
 * so a crash or a broken stream never leaves a partial file under a real key.
 * Folders are 0700 and files 0600: only the account running Waypoint reads them.
 */
export function createFsStorage(dir: string): DocumentStorage {
  const root = path.resolve(dir)
  ensurePrivateFolder(root)
  const fileOf = (key: string) => {
    assertStorageKey(key)
    return path.join(root, ...key.split('/'))
  }

  async function* walk(folder: string, prefix: string): AsyncGenerator<{ key: string; modifiedAt: Date }> {
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (e) {
      if (isMissing(e)) return
      throw e
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name)
      const key = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) yield* walk(full, key)
      else if (entry.isFile()) {
        try {
          yield { key, modifiedAt: (await stat(full)).mtime }
        } catch (e) {
          if (!isMissing(e)) throw e // removed meanwhile
        }
      }
    }
  }

  return {
    async put(key, body: Readable) {
      const target = fileOf(key)
      const folder = path.dirname(target)
      await mkdir(folder, { recursive: true, mode: 0o700 })
      const temp = path.join(folder, `${PARTIAL_PREFIX}${path.basename(target)}-${randomUUID()}`)
      try {
        // `flush` fsyncs the file before it is closed, so the rename only ever names complete bytes.
        await pipeline(
          body,
          createWriteStream(temp, {
            flags: 'wx',
            mode: 0o600,
            flush: true,
            highWaterMark: STREAM_BUFFER_BYTES,
          }),
        )
        await rename(temp, target)
      } catch (e) {
        await rm(temp, { force: true }).catch(() => {})
        throw e
      }
      // Make the rename itself durable (best effort: not every platform can fsync a folder).
      const folderHandle = await open(folder, 'r').catch(() => null)
      await folderHandle?.sync().catch(() => {})
      await folderHandle?.close().catch(() => {})
    },

    async get(key, range) {
      assertRange(range)
      const file = fileOf(key)
      const handle = await open(file, 'r').catch((e: unknown) => {
        throw isMissing(e) ? new ObjectNotFoundError(key) : e
      })
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {})
    },

    async size(key) {
      try {
        const s = await stat(fileOf(key))
        return s.isFile() ? s.size : null
      } catch (e) {
        if (isMissing(e)) return null
        throw e
      }
    },

    async delete(key) {
      await rm(fileOf(key), { force: true })
    },

    list() {
      return walk(root, '')
    },
  }
}
