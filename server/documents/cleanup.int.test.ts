import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PENDING_UPLOAD_GRACE_MS } from '#domain/documents/document-status.ts'
import type { DocumentStatus } from '#domain/documents/document-status.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { caseDocument, patientCase } from '../db/schema/cases.ts'
import { sweepOrphanDocuments } from './cleanup.ts'
import { createFsStorage } from './fs-storage.ts'

// The sweeper on a real database and a real folder: what a crash leaves
// behind goes, everything a live row needs stays, and a second run finds
// nothing to do.

let rt: Awaited<ReturnType<typeof startTestRuntime>>
const dir = mkdtempSync(path.join(tmpdir(), 'waypoint-sweep-'))
const storage = createFsStorage(dir)
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
  rmSync(dir, { recursive: true, force: true })
})

const HOUR = 60 * 60 * 1000

describe(`orphan sweeper on ${engineUnderTest}`, () => {
  test('stale pending uploads and unreferenced old objects go; live documents stay', async () => {
    const db = rt.database.db
    const now = new Date()
    const caseId = `case-${randomUUID()}`
    await db.insert(patientCase).values({ id: caseId, reference: `WP-${randomUUID().slice(0, 8)}` })

    const old = new Date(now.getTime() - PENDING_UPLOAD_GRACE_MS - HOUR)
    const recent = new Date(now.getTime() - HOUR)
    const key = (name: string) => `${caseId}/${name}`
    async function object(name: string, modifiedAt: Date) {
      await storage.put(key(name), Readable.from([Buffer.from(`object ${name}`)]))
      utimesSync(path.join(dir, caseId, name), modifiedAt, modifiedAt)
    }
    async function row(name: string, status: DocumentStatus, createdAt: Date) {
      await db
        .insert(caseDocument)
        .values({ id: `${caseId}-${name}`, caseId, status, storageKey: key(name), createdAt })
    }

    await row('stale-pending', 'pending', old) // died mid-upload hours ago
    await object('stale-pending', old)
    await row('stale-pending-no-object', 'pending', old) // died before any byte
    await row('fresh-pending', 'pending', recent) // an upload in progress
    await object('fresh-pending', old)
    await row('available', 'available', new Date(now.getTime() - 30 * 24 * HOUR))
    await object('available', old)
    await row('deleted', 'deleted', old) // key destroyed; its object removal had failed
    await object('deleted', old)
    await object('no-row-old', old) // crashed before the row, or an old leftover
    await object('no-row-recent', recent) // may be an upload about to get its row
    await object('.partial-doc-123', old) // a temporary file of a killed process

    const first = await sweepOrphanDocuments({ db, storage }, now)
    expect(first).toEqual({ rowsRemoved: 2, objectsRemoved: 4 })

    const rows = await db
      .select({ id: caseDocument.id, status: caseDocument.status })
      .from(caseDocument)
      .where(eq(caseDocument.caseId, caseId))
    expect(rows.map((r) => r.id.slice(caseId.length + 1)).sort()).toEqual([
      'available',
      'deleted',
      'fresh-pending',
    ])
    const left: string[] = []
    for await (const o of storage.list()) left.push(o.key.slice(caseId.length + 1))
    expect(left.sort()).toEqual(['available', 'fresh-pending', 'no-row-recent'])

    expect(await sweepOrphanDocuments({ db, storage }, now)).toEqual({ rowsRemoved: 0, objectsRemoved: 0 })
  })
})
