import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { pgTable, serial, text } from 'drizzle-orm/pg-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openPglite, type Database } from './client.ts'
import { DurableNodeFS } from './durable-node-fs.ts'

// Issue 14: on the embedded engine an acknowledged commit has reached the
// disk. Every fsync NODEFS passes to the kernel is observed (the `onSync`
// port, called after fsync returned), and each way the app writes — Drizzle's
// autocommit statements and transactions, which better-auth uses too, and
// PGlite's query/exec/transaction, which pg-boss's adapter calls — must show
// a sync of the WAL after its last statement and before its promise
// resolves. A real power cut cannot be staged here: this proves the order
// (write, fsync returned, acknowledgement), and the kernel's fsync contract
// does the rest. tests/e2e/durable-commits.e2e.ts checks the same order on
// the system calls of the running app.

const probe = pgTable('durability_probe', { id: serial().primaryKey(), note: text().notNull() })
const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-durable-'))
let events: string[] = []
let database: Extract<Database, { engine: 'pglite' }>
const onSync = (file: string) => events.push(`sync ${path.relative(dataDir, file)}`)

beforeAll(async () => {
  const opened = await openPglite(dataDir, 110_000, { onSync })
  if (opened.engine !== 'pglite') throw new Error('expected PGlite')
  database = opened
  await database.db.execute(sql`create table durability_probe (id serial primary key, note text not null)`)
})
afterAll(async () => {
  await database?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Runs `write`, which calls `done()` after its last statement; returns what happened between that and the acknowledgement. */
async function afterLastStatement(write: (done: () => void) => Promise<unknown>): Promise<string[]> {
  events = []
  await write(() => events.push('last statement returned'))
  events.push('acknowledged')
  const from = events.lastIndexOf('last statement returned')
  expect(from, 'the write never called done()').toBeGreaterThanOrEqual(0)
  return events.slice(from + 1, -1)
}

const walSynced = (between: string[]) => between.some((e) => /^sync pglite\/pg_wal\/[0-9A-F]{24}$/.test(e))

describe('durable commits on PGlite', () => {
  test('a Drizzle autocommit insert returns only after the WAL was synced', async () => {
    events = []
    await database.db.insert(probe).values({ note: 'autocommit' })
    events.push('acknowledged')
    // The statement is its own transaction: its commit, and the sync, happen inside the call.
    expect(walSynced(events.slice(0, -1)), events.join('\n')).toBe(true)
  })

  test('a Drizzle transaction is synced at COMMIT, before it resolves', async () => {
    const between = await afterLastStatement((done) =>
      database.db.transaction(async (tx) => {
        await tx.insert(probe).values({ note: 'one' })
        await tx.insert(probe).values({ note: 'two' })
        done()
      }),
    )
    expect(walSynced(between), between.join('\n')).toBe(true)
  })

  test("PGlite's own transaction() (upstream issue 1065) is synced before it resolves", async () => {
    const between = await afterLastStatement((done) =>
      database.pglite.transaction(async (tx) => {
        await tx.query('insert into durability_probe (note) values ($1)', ['pglite tx'])
        done()
      }),
    )
    expect(walSynced(between), between.join('\n')).toBe(true)
  })

  test("pg-boss's adapter calls: a parameterised query and a multi-statement exec with COMMIT", async () => {
    events = []
    await database.pglite.query('insert into durability_probe (note) values ($1)', ['query'])
    events.push('acknowledged')
    expect(walSynced(events.slice(0, -1)), events.join('\n')).toBe(true)

    events = []
    await database.pglite.exec("begin; insert into durability_probe (note) values ('exec'); commit;")
    events.push('acknowledged')
    expect(walSynced(events.slice(0, -1)), events.join('\n')).toBe(true)
  })

  test('a read syncs nothing: only writes pay for the disk', async () => {
    events = []
    const rows = await database.db.select().from(probe)
    expect(rows.length).toBeGreaterThan(0)
    expect(events).toEqual([])
  })

  test('the check can fail: with PGlite as shipped (-F, fsync off), a commit syncs nothing', async () => {
    await database.close()
    let syncs = 0
    // The same folder and the same fsync hook, but PGlite's default start parameters.
    const shipped = await PGlite.create({
      fs: new DurableNodeFS(path.join(dataDir, 'pglite'), { onSync: () => syncs++ }),
    })
    try {
      expect((await shipped.query<{ fsync: string }>('show fsync')).rows[0]?.fsync).toBe('off')
      const start = syncs
      await shipped.query('insert into durability_probe (note) values ($1)', ['unsynced'])
      await shipped.transaction((tx) =>
        tx.query('insert into durability_probe (note) values ($1)', ['unsynced']),
      )
      expect(syncs - start).toBe(0)
    } finally {
      await shipped.close()
    }
    const reopened = await openPglite(dataDir, 110_000, { onSync })
    if (reopened.engine !== 'pglite') throw new Error('expected PGlite')
    database = reopened
  })
})
