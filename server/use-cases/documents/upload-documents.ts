import { randomUUID } from 'node:crypto'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { caseDocument } from '../../db/schema/cases.ts'
import { seal } from '../../cases/case-vault.ts'
import { ingestDocument, type UploadRefusal } from '../../documents/ingest.ts'
import { readMultipart } from '../../documents/multipart.ts'
import type { Runtime } from '../../runtime.ts'
import type { CaseKey } from '../../cases/case-vault.ts'
import type { CaseRow } from '../cases/case-records.ts'

export type UploadOutcome =
  | { ok: true; documentId: string; filename: string }
  | { ok: false; filename: string; reason: UploadRefusal | 'document.case-full' }

export type UploadError = 'multipart.malformed' | 'multipart.too-many-files' | 'multipart.not-multipart'

export type DocumentMetaSealed = { filename: string; studyDate?: string; modality?: string; files?: number }

/** A file name as shown back to people: no path, no control characters, a sane length. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  return (cleaned || 'document').slice(0, 200)
}

const MB = 1024 * 1024

async function usedBytes(rt: Runtime, caseId: string): Promise<number> {
  const [row] = await rt.database.db
    .select({ n: sql<string>`coalesce(sum(${caseDocument.sizeBytes}), 0)` })
    .from(caseDocument)
    .where(and(eq(caseDocument.caseId, caseId), inArray(caseDocument.status, ['available', 'pending'])))
  return Number(row?.n ?? 0)
}

/**
 * Streams each uploaded file straight into encrypted storage. The order keeps
 * the row and the object in step: a pending row first, then the bytes, then
 * the row becomes available. A refusal or a broken upload removes both; a
 * crash leaves a pending row that no page shows and the sweeper removes.
 */
export async function uploadDocuments(
  rt: Runtime,
  actorUserId: string,
  found: { row: CaseRow; key: CaseKey; member?: { role: string } | null },
  request: Request,
): Promise<Result<{ outcomes: UploadOutcome[]; fields: Record<string, string> }, UploadError>> {
  const db = rt.database.db
  const parsed = await readMultipart<UploadOutcome | null>(
    request,
    async (file) => {
      const filename = cleanFilename(file.filename)
      const fileLimit = rt.config.UPLOAD_MAX_FILE_MB * MB
      const remaining = rt.config.UPLOAD_MAX_CASE_MB * MB - (await usedBytes(rt, found.row.id))
      const id = randomUUID()
      const storageKey = `${found.row.id}/${id}`
      await db.insert(caseDocument).values({
        id,
        caseId: found.row.id,
        uploadedByUserId: actorUserId,
        status: 'pending',
        storageKey,
      })
      const result = await ingestDocument({ storage: rt.storage, masterKey: rt.masterKey }, file.stream, {
        storageKey,
        maxBytes: Math.max(0, Math.min(fileLimit, remaining)),
      })
      if (!result.ok) {
        await db.delete(caseDocument).where(eq(caseDocument.id, id))
        const reason =
          result.error === 'document.too-large' && remaining < fileLimit ? 'document.case-full' : result.error
        return { ok: false, filename, reason }
      }
      const doc = result.value
      const meta: DocumentMetaSealed = { filename, ...doc.meta }
      await db.transaction(async (tx) => {
        await tx
          .update(caseDocument)
          .set({
            status: 'available',
            kind: doc.kind,
            sizeBytes: doc.bytes,
            sha256: doc.sha256,
            wrappedKey: doc.wrappedKey,
            meta: seal(found.key, meta),
            availableAt: new Date(),
          })
          .where(eq(caseDocument.id, id))
        await appendAudit(tx, {
          actorUserId,
          action: 'document.uploaded',
          subjectType: 'document',
          subjectId: id,
          details: {
            caseId: found.row.id,
            kind: doc.kind,
            bytes: doc.bytes,
            memberRole: found.member?.role ?? null,
          },
        })
      })
      return { ok: true, documentId: id, filename }
    },
    { files: 5 },
  )
  if (!parsed.ok) return err(parsed.error)
  const outcomes = parsed.value.files.filter((o): o is UploadOutcome => o !== null)
  return ok({ outcomes, fields: parsed.value.fields })
}
