import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sql } from 'drizzle-orm'
import { readConfig } from '../config.ts'
import { createFsStorage } from '../documents/fs-storage.ts'
import { loadInstanceSecrets } from '../secrets.ts'
import { openPglite } from './client.ts'

// Issue 14: the data folder holds health data. Whatever the process umask,
// the embedded database, the generated secrets and the documents are readable
// by the account running Waypoint only: folders 0700, files 0600. A folder
// written by an older version (PGlite's 0666 files) is made private on start.

const root = mkdtempSync(path.join(tmpdir(), 'waypoint-modes-'))
const dataDir = path.join(root, 'data')
let umask: number

beforeAll(() => {
  // The worst case: a umask that lets everyone read what is created.
  umask = process.umask(0)
})
afterAll(() => {
  process.umask(umask)
  rmSync(root, { recursive: true, force: true })
})

/** Every folder and file under `dir` (itself included) whose mode is not private. */
function notPrivate(dir: string): string[] {
  const entries = [dir, ...readdirSync(dir, { recursive: true }).map((e) => path.join(dir, String(e)))]
  const wrong: string[] = []
  for (const entry of entries) {
    const stat = lstatSync(entry)
    const mode = stat.mode & 0o777
    const expected = stat.isDirectory() ? 0o700 : 0o600
    if (mode !== expected) wrong.push(`${mode.toString(8)} ${path.relative(root, entry)}`)
  }
  return wrong
}

async function startEmbedded() {
  const config = readConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: '3999' })
  loadInstanceSecrets(config)
  const database = await openPglite(config.DATA_DIR, 110_000)
  const storage = createFsStorage(config.DOCUMENTS_DIR)
  return { database, storage }
}

describe('the data folder is private', () => {
  test('database, secrets and documents: folders 0700, files 0600', async () => {
    const { database, storage } = await startEmbedded()
    try {
      await database.db.execute(sql`create table mode_probe (id int)`)
      await storage.put('cases/c1/documents/d1', Readable.from([Buffer.from('sealed bytes')]))
      const files = readdirSync(dataDir, { recursive: true }).length
      expect(files).toBeGreaterThan(900) // PGlite's ~970 files are in the walk
      expect(notPrivate(dataDir)).toEqual([])
    } finally {
      await database.close()
    }
  })

  test('a folder left with open modes by an older version is made private on start', async () => {
    // As versions before ADR 0029 left it: PGlite's files 0666, folders 0755,
    // documents 0600 in 0755 folders.
    for (const e of readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
      const file = path.join(e.parentPath, e.name)
      if (e.isDirectory()) chmodSync(file, 0o755)
      else if (!file.includes(`${path.sep}documents${path.sep}`)) chmodSync(file, 0o666)
    }
    chmodSync(dataDir, 0o755)
    expect(notPrivate(dataDir).length).toBeGreaterThan(900)

    const { database } = await startEmbedded()
    try {
      // Old document folders are left as they were (a store can be large), but
      // nobody else can reach them: the documents folder itself is private again.
      expect(notPrivate(dataDir).filter((l) => !l.startsWith('755 data/documents/'))).toEqual([])
      expect(lstatSync(path.join(dataDir, 'documents')).mode & 0o777).toBe(0o700)
    } finally {
      await database.close()
    }
  })
})
