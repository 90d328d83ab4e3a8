import type { Readable } from 'node:stream'
import { clinicMayReadDocument, providerMayReadDocument, type CaseShare } from '#domain/cases/case-consent.ts'
import { mediaTypes, type DocumentKind } from '#domain/documents/document-kinds.ts'
import type { RecordType } from '#domain/documents/record-types.ts'
import type { CaseId, DocumentId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit, auditRead, type ReadAs } from '../../audit/audit-log.ts'
import { openDocument } from '../../documents/ingest.ts'
import {
  documentsIssuedByProvider,
  findAvailableDocument,
  lockDocumentMeta,
  saveDocumentMeta,
  shredDocument,
} from '../../stores/document-store.ts'
import { unshareDocument } from '../../stores/share-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { DocumentMeta } from '../../cases/case-reads.ts'
import { seal, unseal } from '../../cases/case-vault.ts'

export type OpenedDocument = { stream: Readable; filename: string; contentType: string; sizeBytes: number }

/** Opens a document of an opened case for download, writing the read to the audit log first. */
export async function openCaseDocument(
  deps: CaseDeps,
  ctx: CaseContext,
  documentId: DocumentId,
  as: ReadAs,
  details: Record<string, unknown> = {},
): Promise<OpenedDocument | null> {
  const found = await findAvailableDocument(deps.db, ctx.row.id as CaseId, documentId)
  if (!found || !found.doc.wrappedKey) return null
  await auditRead(deps.db, {
    viewer: { id: ctx.actor.userId, role: ctx.actor.kind },
    as,
    subject: { type: 'document', id: documentId },
    requestId: ctx.requestId,
    details: { caseId: ctx.row.id, ...details },
  })
  const meta = metaOf(ctx, found.doc.meta)
  const stream = await openDocument(
    { storage: deps.storage, masterKey: deps.keys.master },
    { storageKey: found.doc.storageKey, wrappedKey: found.doc.wrappedKey },
  )
  return {
    stream,
    filename: meta.filename,
    contentType: mediaTypes[found.doc.kind as DocumentKind] ?? 'application/octet-stream',
    sizeBytes: found.doc.sizeBytes ?? 0,
  }
}

/**
 * A clinic's download: what the family shares with it, or what it issued
 * itself on the case, its invitation letter or discharge summary (ADR 0069).
 * Another clinic's letter is never its own; the read is audited either way.
 */
export async function openDocumentForClinic(
  deps: CaseDeps,
  ctx: CaseContext,
  share: CaseShare,
  documentId: DocumentId,
): Promise<OpenedDocument | null> {
  const issued = await documentsIssuedByProvider(deps.db, ctx.row.id as CaseId, share.providerId)
  if (!clinicMayReadDocument(share, documentId, issued)) return null
  const own = !providerMayReadDocument(share, documentId)
  return openCaseDocument(deps, ctx, documentId, 'clinic', {
    providerId: share.providerId,
    ...(own ? { issuedByClinic: true } : {}),
  })
}

export type DeleteRefusal =
  | { code: 'document.not-found' }
  /** The treating clinic's invitation letter (ADR 0061): the visa rests on it, so the family cannot remove it. */
  | { code: 'document.issued-by-clinic' }

/**
 * Removing a document destroys its key first (crypto-shred), then its object.
 * The answer names the file that went, so the page can say which one.
 */
export async function deleteCaseDocument(
  deps: CaseDeps,
  ctx: CaseContext,
  documentId: DocumentId,
  /** The clinic taking back a summary its refused discharge stored; the family never removes what a clinic issued. */
  by: 'member' | 'issuer' = 'member',
): Promise<Result<{ filename: string }, DeleteRefusal>> {
  const caseId = ctx.row.id as CaseId
  const removed = await deps.db.transaction(async (tx) => {
    const before = await lockDocumentMeta(tx, caseId, documentId)
    if (!before) return null
    if (by === 'member' && metaOf(ctx, before.meta).issued) return 'issued' as const
    const row = await shredDocument(tx, caseId, documentId)
    if (!row) return null
    // A deleted document is no longer shared with anyone.
    await unshareDocument(tx, caseId, documentId)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'document.deleted',
      subjectType: 'document',
      subjectId: documentId,
      details: { caseId },
    })
    return { ...row, meta: before.meta }
  })
  if (!removed) return err({ code: 'document.not-found' })
  if (removed === 'issued') return err({ code: 'document.issued-by-clinic' })
  await deps.storage.delete(removed.storageKey).catch(() => {})
  return ok({ filename: metaOf(ctx, removed.meta).filename })
}

function metaOf(ctx: CaseContext, sealed: string | null): DocumentMeta {
  return sealed ? unseal<DocumentMeta>(ctx.key, sealed) : { filename: 'document' }
}

/**
 * The family says what a record is (a neurologist's letter, an MRI…), or
 * changes what they said. The type is sealed with the file name: it says
 * something about the patient's health.
 */
export async function describeCaseDocument(
  deps: CaseDeps,
  ctx: CaseContext,
  documentId: DocumentId,
  type: RecordType,
): Promise<Result<{ filename: string }, DeleteRefusal>> {
  const caseId = ctx.row.id as CaseId
  const described = await deps.db.transaction(async (tx) => {
    const row = await lockDocumentMeta(tx, caseId, documentId)
    if (!row) return null
    // What a clinic issued is the clinic's to say, not the family's to relabel.
    if (metaOf(ctx, row.meta).issued) return 'issued' as const
    const meta: DocumentMeta = { ...metaOf(ctx, row.meta), type }
    await saveDocumentMeta(tx, documentId, seal(ctx.key, meta))
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'document.described',
      subjectType: 'document',
      subjectId: documentId,
      // Not the type: it is health data, and the audit log is kept for good.
      details: { caseId },
    })
    return meta
  })
  if (!described) return err({ code: 'document.not-found' })
  if (described === 'issued') return err({ code: 'document.issued-by-clinic' })
  return ok({ filename: described.filename })
}
