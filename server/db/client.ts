import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema.ts'
import { ensurePrivateFolder, privateTree } from './data-folder.ts'
import { DurableNodeFS, durableSettings, durableStartParams, type SyncObserver } from './durable-node-fs.ts'

export type Schema = typeof schema
export type Db = PgDatabase<PgQueryResultHKT, Schema>

export type Database =
  | { engine: 'pglite'; db: Db; pglite: PGlite; close(): Promise<void>; ping(): Promise<void> }
  | { engine: 'postgres'; db: Db; pool: pg.Pool; close(): Promise<void>; ping(): Promise<void> }

export class DatabaseUnavailableError extends Error {}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url))

/**
 * Rejects when `promise` has made no progress for `ms`. Opening after a crash
 * syncs the whole folder (PostgreSQL's recovery, ADR 0029), which can take
 * longer than a plain open on a slow disk but keeps moving; a stale lock
 * never does.
 */
function unlessStalled<T>(
  promise: Promise<T>,
  ms: number,
  lastProgress: () => number,
  message: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    const check = () => {
      const idle = Date.now() - lastProgress()
      if (idle >= ms) reject(new DatabaseUnavailableError(message))
      else timer = setTimeout(check, ms - idle)
    }
    timer = setTimeout(check, ms)
  })
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * One process per PGlite folder. Our own lock file says who holds it; a lock
 * left by a killed process is taken over, and PostgreSQL's stale postmaster.pid
 * with it (it once made open hang).
 */
function lockDataFolder(dir: string): () => void {
  const lock = path.join(dir, 'waypoint.lock')
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim())
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      throw new DatabaseUnavailableError(
        `The data folder ${dir} is in use by another Waypoint process (pid ${pid}). Stop it first, or set DATA_DIR to another folder.`,
      )
    }
    rmSync(path.join(dir, 'postmaster.pid'), { force: true })
  }
  writeFileSync(lock, String(process.pid), { mode: 0o600 })
  return () => rmSync(lock, { force: true })
}

/**
 * The embedded database in `DATA_DIR/pglite`. A commit it acknowledges has
 * reached the disk: PostgreSQL syncs the WAL at every commit through
 * `DurableNodeFS` (ADR 0029). The folder and everything in it is private to
 * the account running Waypoint. `onSync` observes each sync (tests).
 */
export async function openPglite(
  dataDir: string,
  timeoutMs: number,
  options: { onSync?: SyncObserver } = {},
): Promise<Database> {
  ensurePrivateFolder(path.resolve(dataDir))
  const dir = path.resolve(dataDir, 'pglite')
  ensurePrivateFolder(dir)
  const unlock = lockDataFolder(dir)
  try {
    privateTree(dir)
    const fs = new DurableNodeFS(dir, options)
    const pglite = await unlessStalled(
      PGlite.create({ fs, startParams: [...durableStartParams], extensions: { pg_trgm } }),
      timeoutMs,
      () => fs.lastProgress,
      `The embedded database in ${dir} did not open: no progress for ${Math.round(timeoutMs / 1000)} s. If another process uses it, stop that process; otherwise move the folder aside and start again.`,
    )
    try {
      await assertDurable(pglite, fs)
    } catch (error) {
      await pglite.close().catch(() => {})
      throw error
    }
    const db = drizzlePglite(pglite, { schema, casing: 'snake_case' }) as unknown as Db
    return {
      engine: 'pglite',
      db,
      pglite,
      async close() {
        if (!pglite.closed) await pglite.close()
        unlock()
      },
      async ping() {
        await pglite.query('select 1')
      },
    }
  } catch (error) {
    unlock()
    throw error
  }
}

/** Refuses to serve when a PGlite upgrade has quietly taken durability away. */
async function assertDurable(pglite: PGlite, fs: DurableNodeFS): Promise<void> {
  const { rows } = await pglite.query<{ name: string; setting: string }>(
    'select name, setting from pg_settings where name = any($1)',
    [Object.keys(durableSettings)],
  )
  const actual = Object.fromEntries(rows.map((r) => [r.name, r.setting]))
  const wrong = Object.entries(durableSettings).filter(([name, value]) => actual[name] !== value)
  if (!fs.patched || wrong.length > 0) {
    throw new DatabaseUnavailableError(
      `The embedded database would not sync its commits to disk (${
        fs.patched ? wrong.map(([n]) => `${n}=${actual[n]}`).join(', ') : 'file system hook not installed'
      }); refusing to start. See docs/decisions/0029-durable-commits-on-pglite.md.`,
    )
  }
}

export async function openPostgres(url: string, timeoutMs: number, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: timeoutMs })
  // A client losing its server (a restart, a dropped connection) must not crash
  // the process, idle or checked out: the query in flight fails, /readyz reports
  // it, and the pool reconnects once the server is back.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  try {
    await pool.query('select 1')
  } catch (error) {
    await pool.end().catch(() => {})
    const reason = error instanceof Error ? error.message : String(error)
    throw new DatabaseUnavailableError(
      `The PostgreSQL server at DATABASE_URL could not be reached: ${reason}`,
    )
  }
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db
  return {
    engine: 'postgres',
    db,
    pool,
    close: () => pool.end(),
    async ping() {
      await pool.query('select 1')
    },
  }
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder })
  } else {
    // Several app instances may start at once: one migrates, the others wait.
    const client = await database.pool.connect()
    try {
      await client.query('select pg_advisory_lock(727274)')
      await client.query('create extension if not exists pg_trgm')
      await migratePg(drizzlePg(client), { migrationsFolder })
    } finally {
      await client.query('select pg_advisory_unlock(727274)').catch(() => {})
      client.release()
    }
  }
}
