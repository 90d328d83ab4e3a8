import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Readable } from 'node:stream'
import { mediaTypes, type DocumentKind } from '#domain/documents/document-kinds.ts'
import { appendAudit, auditRead, type ReadAs } from '../../audit/audit-log.ts'
import type { SessionUser } from '../../auth/session.ts'
import { providerStaff } from '../../db/schema/app.ts'
import { caseDocument, caseMember, caseShare, patientCase } from '../../db/schema/cases.ts'
import { openCaseKey, unseal, type CaseKey } from '../../cases/case-vault.ts'
import { openDocument } from '../../documents/ingest.ts'
import type { Runtime } from '../../runtime.ts'
import type { DocumentMetaSealed } from './upload-documents.ts'

export type CaseDocumentView = {
  id: string
  kind: DocumentKind
  sizeBytes: number
  sha256: string
  createdAt: Date
  messageId: string | null
  meta: DocumentMetaSealed
}

/** The available documents of a case, names unsealed, for its members and its coordinator. */
export async function listCaseDocuments(
  rt: Runtime,
  caseId: string,
  key: CaseKey,
  options: { onlyIds?: readonly string[] } = {},
): Promise<CaseDocumentView[]> {
  if (options.onlyIds && options.onlyIds.length === 0) return []
  const rows = await rt.database.db
    .select()
    .from(caseDocument)
    .where(
      and(
        eq(caseDocument.caseId, caseId),
        eq(caseDocument.status, 'available'),
        options.onlyIds ? inArray(caseDocument.id, [...options.onlyIds]) : undefined,
      ),
    )
    .orderBy(asc(caseDocument.createdAt))
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DocumentKind,
    sizeBytes: r.sizeBytes ?? 0,
    sha256: r.sha256 ?? '',
    createdAt: r.createdAt,
    messageId: r.messageId,
    meta: r.meta ? unseal<DocumentMetaSealed>(key, r.meta) : { filename: 'document' },
  }))
}

type Access = ReadAs

/**
 * Who may read a document, decided in one SQL query per audience: an active
 * member of the case; a coordinator; clinic staff only while their provider
 * holds a consent that names this document. Anyone else gets null (404).
 */
async function accessOf(
  rt: Runtime,
  viewer: SessionUser,
  caseId: string,
  documentId: string,
): Promise<Access | null> {
  const db = rt.database.db
  const [member] = await db
    .select({ id: caseMember.id })
    .from(caseMember)
    .where(
      and(eq(caseMember.caseId, caseId), eq(caseMember.userId, viewer.id), eq(caseMember.status, 'active')),
    )
    .limit(1)
  if (member) return 'member'
  if (viewer.role === 'coordinator' || viewer.role === 'admin') return 'coordinator'
  if (viewer.role === 'clinic-staff') {
    const [share] = await db
      .select({ providerId: caseShare.providerId })
      .from(caseShare)
      .innerJoin(providerStaff, eq(providerStaff.providerId, caseShare.providerId))
      .where(
        and(
          eq(caseShare.caseId, caseId),
          eq(providerStaff.userId, viewer.id),
          eq(caseShare.status, 'given'),
          sql`${documentId} = any(${caseShare.documentIds})`,
        ),
      )
      .limit(1)
    if (share) return 'clinic'
  }
  return null
}

/** Opens a document for download, writing the read to the audit log first. */
export async function openCaseDocument(
  rt: Runtime,
  viewer: SessionUser,
  caseId: string,
  documentId: string,
  requestId: string | null,
): Promise<{ stream: Readable; filename: string; contentType: string; sizeBytes: number } | null> {
  const access = await accessOf(rt, viewer, caseId, documentId)
  if (!access) return null
  const [row] = await rt.database.db
    .select({ doc: caseDocument, caseKey: patientCase.wrappedKey })
    .from(caseDocument)
    .innerJoin(patientCase, eq(patientCase.id, caseDocument.caseId))
    .where(
      and(
        eq(caseDocument.id, documentId),
        eq(caseDocument.caseId, caseId),
        eq(caseDocument.status, 'available'),
      ),
    )
  if (!row || !row.doc.wrappedKey) return null
  const caseKey = openCaseKey(row.caseKey, rt.masterKey)
  if (!caseKey) return null
  await auditRead(rt.database.db, {
    viewer,
    as: access,
    subject: { type: 'document', id: documentId },
    requestId,
    details: { caseId },
  })
  const meta = row.doc.meta ? unseal<DocumentMetaSealed>(caseKey, row.doc.meta) : { filename: 'document' }
  const stream = await openDocument(
    { storage: rt.storage, masterKey: rt.masterKey },
    { storageKey: row.doc.storageKey, wrappedKey: row.doc.wrappedKey },
  )
  return {
    stream,
    filename: meta.filename,
    contentType: mediaTypes[row.doc.kind as DocumentKind] ?? 'application/octet-stream',
    sizeBytes: row.doc.sizeBytes ?? 0,
  }
}

/** Removing a document destroys its key first (crypto-shred), then its object. */
export async function deleteCaseDocument(
  rt: Runtime,
  actorUserId: string,
  caseId: string,
  documentId: string,
) {
  const [row] = await rt.database.db
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
  if (!row) return false
  // A deleted document is no longer shared with anyone.
  await rt.database.db
    .update(caseShare)
    .set({ documentIds: sql`array_remove(${caseShare.documentIds}, ${documentId})` })
    .where(eq(caseShare.caseId, caseId))
  await appendAudit(rt.database.db, {
    actorUserId,
    action: 'document.deleted',
    subjectType: 'document',
    subjectId: documentId,
    details: { caseId },
  })
  await rt.storage.delete(row.storageKey).catch(() => {})
  return true
}
