import { randomUUID } from 'node:crypto'
import { parseRecordType, type RecordType } from '#domain/documents/record-types.ts'
import { fitsCase, tooLargeRefusal, uploadAllowance } from '#domain/documents/upload-allowance.ts'
import type { CaseId, DocumentId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { ingestDocument, type UploadRefusal } from '../../documents/ingest.ts'
import { readMultipart, type MultipartError } from '../../documents/multipart.ts'
import { lockCase } from '../../stores/case-store.ts'
import {
  availableWithHash,
  insertPending,
  markAvailable,
  removePending,
  usedBytes,
} from '../../stores/document-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { DocumentMeta } from '../../cases/case-reads.ts'
import { seal } from '../../cases/case-vault.ts'

/** A file the case already holds, byte for byte, is not stored twice. */
export type DuplicateRefusal = 'document.duplicate'

export type UploadOutcome =
  | { ok: true; documentId: DocumentId; filename: string; type: RecordType | null }
  | { ok: false; filename: string; reason: UploadRefusal | 'document.case-full' | DuplicateRefusal }

/** A file name as shown back to people: no path, no control characters, a sane length. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  return (cleaned || 'document').slice(0, 200)
}

/**
 * Streams each uploaded file straight into encrypted storage. The order keeps
 * the row and the object in step: a pending row first, then the bytes, then
 * the row becomes available. A refusal or a broken upload removes both; a
 * crash leaves a pending row that no page shows and the sweeper removes.
 * The case's allowance is checked again when each file is committed, under a
 * lock on the case, so uploads racing each other cannot overfill it; under
 * the same lock a file whose SHA-256 matches a record the case already holds
 * is refused, so a second click (or the same file chosen twice) stores
 * nothing new. A `type` field sent before the files says what they are.
 */
export async function uploadDocuments(
  deps: CaseDeps,
  ctx: CaseContext,
  request: Request,
  /** A document the clinic issues (its discharge summary) rather than one of the family's records. */
  issued?: DocumentMeta['issued'],
): Promise<Result<{ outcomes: UploadOutcome[]; fields: Record<string, string> }, MultipartError>> {
  const caseId = ctx.row.id as CaseId
  const parsed = await readMultipart<UploadOutcome | null>(
    request,
    async (file, fieldsSoFar) => {
      const filename = cleanFilename(file.filename)
      const type = parseRecordType(fieldsSoFar['type'])
      const allowance = uploadAllowance(deps.limits, await usedBytes(deps.db, caseId))
      const id = randomUUID() as DocumentId
      const storageKey = `${caseId}/${id}`
      await insertPending(deps.db, { id, caseId, uploadedByUserId: ctx.actor.userId, storageKey })
      const result = await ingestDocument(
        { storage: deps.storage, masterKey: deps.keys.master },
        file.stream,
        {
          storageKey,
          maxBytes: allowance.maxBytes,
        },
      )
      if (!result.ok) {
        await removePending(deps.db, id)
        const reason = result.error === 'document.too-large' ? tooLargeRefusal(allowance) : result.error
        return { ok: false, filename, reason }
      }
      const doc = result.value
      const meta: DocumentMeta = {
        filename,
        ...doc.meta,
        ...(type ? { type } : {}),
        ...(issued ? { issued } : {}),
      }
      const committed = await deps.db.transaction(
        async (tx): Promise<true | 'document.case-full' | DuplicateRefusal> => {
          await lockCase(tx, caseId)
          if (await availableWithHash(tx, caseId, doc.sha256)) return 'document.duplicate'
          if (!fitsCase(deps.limits, await usedBytes(tx, caseId, { availableOnly: true }), doc.bytes))
            return 'document.case-full'
          await markAvailable(tx, id, {
            kind: doc.kind,
            sizeBytes: doc.bytes,
            sha256: doc.sha256,
            wrappedKey: doc.wrappedKey,
            meta: seal(ctx.key, meta),
            availableAt: deps.clock.now(),
          })
          await appendAudit(tx, {
            actorUserId: ctx.actor.userId,
            action: 'document.uploaded',
            subjectType: 'document',
            subjectId: id,
            details: { caseId, kind: doc.kind, bytes: doc.bytes, memberRole: ctx.actor.member?.role ?? null },
          })
          return true
        },
      )
      if (committed !== true) {
        await removePending(deps.db, id)
        await deps.storage.delete(storageKey).catch(() => {})
        return { ok: false, filename, reason: committed }
      }
      return { ok: true, documentId: id, filename, type }
    },
    { files: 5 },
  )
  if (!parsed.ok) return err(parsed.error)
  const outcomes = parsed.value.files.filter((o): o is UploadOutcome => o !== null)
  return ok({ outcomes, fields: parsed.value.fields })
}
