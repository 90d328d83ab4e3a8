import type { Readable } from 'node:stream'
import type { UserId } from '#domain/shared/ids.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { openDocument } from '../../documents/ingest.ts'
import { availableClinicDocument } from '../../stores/review-store.ts'

// A reviewer downloads a document a clinic uploaded to prove a credential
// (issue 16, ADR 0054). The read is audited before a byte is decrypted; the
// route answers "not found" for anything that is not a stored document.
type DocumentDeps = Pick<CaseDeps, 'db' | 'storage' | 'keys'>

export type OpenedClinicDocument = {
  stream: Readable
  filename: string
  contentType: string
  sizeBytes: number
}

export async function openClinicDocument(
  deps: DocumentDeps,
  viewer: { id: UserId },
  documentId: string,
  requestId: string | null,
): Promise<OpenedClinicDocument | null> {
  const doc = await availableClinicDocument(deps.db, documentId)
  if (!doc || !doc.wrappedKey) return null
  await appendAudit(deps.db, {
    actorUserId: viewer.id,
    action: 'provider-document.read',
    subjectType: 'provider-document',
    subjectId: doc.id,
    requestId,
    details: { providerId: doc.providerId, as: 'reviewer' },
  })
  const stream = await openDocument(
    { storage: deps.storage, masterKey: deps.keys.master },
    { storageKey: doc.storageKey, wrappedKey: doc.wrappedKey },
  )
  return {
    stream,
    filename: doc.fileName ?? `${doc.id}`,
    contentType: doc.contentType ?? 'application/octet-stream',
    sizeBytes: doc.sizeBytes ?? 0,
  }
}
