import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { CaseId, DocumentId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { caseDocument, patientCase } from '../db/schema/cases.ts'
import { visaLetter } from '../db/schema/travel.ts'
import { treatmentDischarge } from '../db/schema/treatment.ts'

// Stored records of a case. A row is `pending` before any byte is stored and
// becomes `available` only once the object is complete (ADR 0017).
export type DocumentRow = typeof caseDocument.$inferSelect

export async function availableDocuments(db: Db, caseId: CaseId, onlyIds?: readonly string[]) {
  if (onlyIds && onlyIds.length === 0) return []
  return db
    .select()
    .from(caseDocument)
    .where(
      and(
        eq(caseDocument.caseId, caseId),
        eq(caseDocument.status, 'available'),
        onlyIds ? inArray(caseDocument.id, [...onlyIds]) : undefined,
      ),
    )
    .orderBy(asc(caseDocument.createdAt))
}

export async function countAvailable(db: Db, caseId: CaseId): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseDocument)
    .where(and(eq(caseDocument.caseId, caseId), eq(caseDocument.status, 'available')))
  return row?.n ?? 0
}

/** Bytes a case holds (and, unless only available ones are asked for, is receiving). */
export async function usedBytes(
  db: Db,
  caseId: CaseId,
  options: { availableOnly?: boolean } = {},
): Promise<number> {
  const statuses: DocumentRow['status'][] = options.availableOnly ? ['available'] : ['available', 'pending']
  const [row] = await db
    .select({ n: sql<string>`coalesce(sum(${caseDocument.sizeBytes}), 0)` })
    .from(caseDocument)
    .where(and(eq(caseDocument.caseId, caseId), inArray(caseDocument.status, statuses)))
  return Number(row?.n ?? 0)
}

export async function insertPending(
  db: Db,
  values: { id: DocumentId; caseId: CaseId; uploadedByUserId: UserId; storageKey: string },
): Promise<void> {
  await db.insert(caseDocument).values({ ...values, status: 'pending' })
}

export async function removePending(db: Db, id: DocumentId): Promise<void> {
  await db.delete(caseDocument).where(eq(caseDocument.id, id))
}

export async function markAvailable(
  tx: Db,
  id: DocumentId,
  values: {
    kind: string
    sizeBytes: number
    sha256: string
    wrappedKey: string
    meta: string
    availableAt: Date
  },
): Promise<void> {
  await tx
    .update(caseDocument)
    .set({ status: 'available', ...values })
    .where(eq(caseDocument.id, id))
}

/** An available record of the case with exactly these bytes, if there is one (a duplicate upload). */
export async function availableWithHash(tx: Db, caseId: CaseId, sha256: string) {
  const [row] = await tx
    .select({ id: caseDocument.id })
    .from(caseDocument)
    .where(
      and(
        eq(caseDocument.caseId, caseId),
        eq(caseDocument.status, 'available'),
        eq(caseDocument.sha256, sha256),
      ),
    )
    .limit(1)
  return row ?? null
}

/** An available record's sealed metadata, locked until the transaction ends; null when there is none. */
export async function lockDocumentMeta(tx: Db, caseId: CaseId, documentId: DocumentId) {
  const [row] = await tx
    .select({ meta: caseDocument.meta })
    .from(caseDocument)
    .where(
      and(
        eq(caseDocument.id, documentId),
        eq(caseDocument.caseId, caseId),
        eq(caseDocument.status, 'available'),
      ),
    )
    .for('update')
  return row ?? null
}

export async function saveDocumentMeta(tx: Db, documentId: DocumentId, meta: string): Promise<void> {
  await tx.update(caseDocument).set({ meta }).where(eq(caseDocument.id, documentId))
}

/** Marks a document deleted and forgets its key (crypto-shred); null when there was none to delete. */
export async function shredDocument(tx: Db, caseId: CaseId, documentId: DocumentId) {
  const [row] = await tx
    .update(caseDocument)
    .set({ status: 'deleted', wrappedKey: null, meta: null })
    .where(
      and(
        eq(caseDocument.id, documentId),
        eq(caseDocument.caseId, caseId),
        eq(caseDocument.status, 'available'),
      ),
    )
    .returning({ storageKey: caseDocument.storageKey })
  return row ?? null
}

export async function attachToMessage(
  tx: Db,
  caseId: CaseId,
  messageId: string,
  documentIds: readonly string[],
): Promise<void> {
  if (documentIds.length === 0) return
  await tx
    .update(caseDocument)
    .set({ messageId })
    .where(and(eq(caseDocument.caseId, caseId), inArray(caseDocument.id, [...documentIds])))
}

/** One available document with its case's wrapped key, for a download. */
export async function findAvailableDocument(db: Db, caseId: CaseId, documentId: DocumentId) {
  const [row] = await db
    .select({ doc: caseDocument, caseKey: patientCase.wrappedKey })
    .from(caseDocument)
    .innerJoin(patientCase, eq(patientCase.id, caseDocument.caseId))
    .where(
      and(
        eq(caseDocument.id, documentId),
        eq(caseDocument.caseId, caseId),
        eq(caseDocument.status, 'available'),
        sql`${patientCase.erasedAt} is null`,
      ),
    )
  return row ?? null
}

/** The documents a provider issued on a case itself: its invitation letter and its discharge summary (ADR 0069). */
export async function documentsIssuedByProvider(
  db: Db,
  caseId: CaseId,
  providerId: string,
): Promise<string[]> {
  const letters = await db
    .select({ id: visaLetter.documentId })
    .from(visaLetter)
    .where(and(eq(visaLetter.caseId, caseId), eq(visaLetter.providerId, providerId)))
  const summaries = await db
    .select({ id: treatmentDischarge.documentId })
    .from(treatmentDischarge)
    .where(and(eq(treatmentDischarge.caseId, caseId), eq(treatmentDischarge.providerId, providerId)))
  return [...letters, ...summaries].flatMap((r) => (r.id ? [r.id] : []))
}
