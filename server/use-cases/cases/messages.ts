import { randomUUID } from 'node:crypto'
import { decideMessageBody, type MessageRefusal } from '#domain/cases/message-body.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { UploadRefusal } from '../../documents/ingest.ts'
import type { MultipartError } from '../../documents/multipart.ts'
import { attachToMessage } from '../../stores/document-store.ts'
import { insertMessage } from '../../stores/message-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import { seal } from '../../cases/case-vault.ts'
import { deleteCaseDocument } from '../documents/case-documents.ts'
import { uploadDocuments, type DuplicateRefusal } from '../documents/upload-documents.ts'
import { notifyCoordinators, notifyPatientSide } from './notify.ts'

// One conversation per case between the patient side and the coordinator.
// A message form is multipart: the text, and at most one attachment that
// goes through the same document rules as any record. Nothing is posted
// when the attachment is refused.
export type SendMessageRefusal =
  /** `attached`: a file came with the refused text, and was not kept; the person must choose it again. */
  | (MessageRefusal & { draft: string; attached: boolean })
  | { code: UploadRefusal | 'document.case-full' | DuplicateRefusal; draft: string }
  | { code: MultipartError; draft: ''; unreadable: true }

export async function sendMessage(
  deps: CaseDeps,
  ctx: CaseContext,
  side: 'patient' | 'coordinator',
  request: Request,
): Promise<Result<{ id: string }, SendMessageRefusal>> {
  const uploaded = await uploadDocuments(deps, ctx, request)
  if (!uploaded.ok) return err({ code: uploaded.error, draft: '', unreadable: true })
  const draft = uploaded.value.fields['body'] ?? ''
  const attachments = uploaded.value.outcomes.flatMap((o) => (o.ok ? [o.documentId] : []))
  // A refused message keeps none of its files: stored alone they would sit in
  // the records unasked, and the same file chosen again would be refused as
  // one the case already holds.
  const dropAttachments = async () => {
    for (const documentId of attachments) await deleteCaseDocument(deps, ctx, documentId)
  }
  const refused = uploaded.value.outcomes.find((o) => !o.ok)
  if (refused && !refused.ok) {
    await dropAttachments()
    return err({ code: refused.reason, draft })
  }
  const body = decideMessageBody(draft, attachments.length)
  if (!body.ok) {
    await dropAttachments()
    return err({ ...body.error, draft, attached: attachments.length > 0 })
  }
  const caseId = ctx.row.id as CaseId
  const id = randomUUID()
  await deps.db.transaction(async (tx) => {
    await insertMessage(tx, {
      id,
      caseId,
      authorUserId: ctx.actor.userId,
      authorSide: side,
      body: seal(ctx.key, body.value),
    })
    await attachToMessage(tx, caseId, id, attachments)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'message.posted',
      subjectType: 'case',
      subjectId: caseId,
      details: { messageId: id, side },
    })
  })
  const email = {
    template: 'case-message' as const,
    path: `/${side === 'patient' ? 'coordinator' : 'patient'}/cases/${caseId}/messages`,
    params: { reference: ctx.row.reference },
  }
  if (side === 'patient') await notifyCoordinators(deps, ctx, email)
  else await notifyPatientSide(deps, ctx, email)
  return ok({ id })
}
