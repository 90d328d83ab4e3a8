import { err, ok, type Result } from '#domain/shared/result.ts'
import type { CaseKey } from '../../cases/case-vault.ts'
import type { Runtime } from '../../runtime.ts'
import { uploadDocuments } from '../documents/upload-documents.ts'
import type { CaseRow } from './case-records.ts'
import { postMessage } from './messages.ts'

export type SendMessageError = {
  /** Catalogue key of the message to show. */
  key: string
  /** What was typed, to put back in the form. */
  draft: string
  /** The upload itself could not be read: answer with a redirect, not the form. */
  unreadable?: boolean
}

/**
 * A message form as sent (multipart: the text, and at most one attachment that
 * goes through the same document rules as any record). Nothing is posted when
 * the attachment is refused.
 */
export async function sendMessageForm(
  rt: Runtime,
  input: {
    row: CaseRow
    key: CaseKey
    member?: { role: string } | null
    authorUserId: string
    side: 'patient' | 'coordinator'
  },
  request: Request,
): Promise<Result<{ id: string }, SendMessageError>> {
  const uploaded = await uploadDocuments(rt, input.authorUserId, input, request)
  if (!uploaded.ok) return err({ key: `documents.refusal.${uploaded.error}`, draft: '', unreadable: true })
  const draft = uploaded.value.fields['body'] ?? ''
  const refused = uploaded.value.outcomes.find((o) => !o.ok)
  if (refused && !refused.ok) return err({ key: `documents.refusal.${refused.reason}`, draft })
  const posted = await postMessage(rt, {
    row: input.row,
    key: input.key,
    authorUserId: input.authorUserId,
    side: input.side,
    body: draft,
    attachmentIds: uploaded.value.outcomes.flatMap((o) => (o.ok ? [o.documentId] : [])),
  })
  if (!posted.ok)
    return err({
      key: posted.error.code === 'message.empty' ? 'messages.error.empty' : 'messages.error.tooLong',
      draft,
    })
  return ok(posted.value)
}
