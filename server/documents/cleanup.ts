import { and, eq, inArray, lt, ne } from 'drizzle-orm'
import { PENDING_UPLOAD_GRACE_MS } from '#domain/documents/document-status.ts'
import type { Db } from '../db/client.ts'
import { caseDocument } from '../db/schema/cases.ts'
import { providerDocument } from '../db/schema/review.ts'
import type { DocumentStorage } from './storage.ts'

// The sweeper for uploads that died: pending rows older than the grace period
// (the process crashed between the row and the object) go with their
// objects, and objects older than the grace period that no live row
// references (a crash before the row was marked, a deleted row whose object
// removal failed, a temporary file left by a killed process) are deleted.
// Clinics' credential documents (provider_document) share the storage and
// the same rules.
// Idempotent: running it twice, or on two instances at once, is harmless.

const BATCH = 500

export async function sweepOrphanDocuments(
  deps: { db: Db; storage: DocumentStorage },
  now: Date,
): Promise<{ rowsRemoved: number; objectsRemoved: number }> {
  const cutoff = new Date(now.getTime() - PENDING_UPLOAD_GRACE_MS)
  let objectsRemoved = 0

  // The row goes first (only if still pending and old), so an upload finishing
  // at this moment cannot lose its object while its row stays.
  const stale = await deps.db
    .delete(caseDocument)
    .where(and(eq(caseDocument.status, 'pending'), lt(caseDocument.createdAt, cutoff)))
    .returning({ storageKey: caseDocument.storageKey })
  const staleOfClinics = await deps.db
    .delete(providerDocument)
    .where(and(eq(providerDocument.status, 'pending'), lt(providerDocument.createdAt, cutoff)))
    .returning({ storageKey: providerDocument.storageKey })
  for (const row of [...stale, ...staleOfClinics]) {
    if ((await deps.storage.size(row.storageKey)) !== null) objectsRemoved++
    await deps.storage.delete(row.storageKey)
  }

  // Objects nobody can read any more: no row, or a row whose key was destroyed.
  let batch: string[] = []
  const sweep = async () => {
    const keys = batch
    batch = []
    const live = await deps.db
      .select({ storageKey: caseDocument.storageKey })
      .from(caseDocument)
      .where(and(inArray(caseDocument.storageKey, keys), ne(caseDocument.status, 'deleted')))
    const liveOfClinics = await deps.db
      .select({ storageKey: providerDocument.storageKey })
      .from(providerDocument)
      .where(inArray(providerDocument.storageKey, keys))
    const referenced = new Set([...live, ...liveOfClinics].map((r) => r.storageKey))
    for (const key of keys) {
      if (referenced.has(key)) continue
      await deps.storage.delete(key)
      objectsRemoved++
    }
  }
  for await (const object of deps.storage.list()) {
    if (object.modifiedAt >= cutoff) continue
    batch.push(object.key)
    if (batch.length >= BATCH) await sweep()
  }
  if (batch.length > 0) await sweep()

  return { rowsRemoved: stale.length + staleOfClinics.length, objectsRemoved }
}
