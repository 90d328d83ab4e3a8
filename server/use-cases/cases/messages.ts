import { randomUUID } from 'node:crypto'
import { and, asc, eq, inArray } from 'drizzle-orm'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { user } from '../../db/schema/auth.ts'
import { caseDocument, caseMessage } from '../../db/schema/cases.ts'
import { seal, unseal, type CaseKey } from '../../cases/case-vault.ts'
import type { Runtime } from '../../runtime.ts'
import type { CaseRow } from './case-records.ts'
import { coordinatorRecipients, notify, patientSideRecipients } from './notify.ts'

// One conversation per case between the patient side and the coordinator.
export const MAX_MESSAGE_LENGTH = 5000

export type MessageView = {
  id: string
  authorName: string
  side: 'patient' | 'coordinator'
  body: string
  createdAt: Date
}

export async function listMessages(rt: Runtime, caseId: string, key: CaseKey): Promise<MessageView[]> {
  const rows = await rt.database.db
    .select({ m: caseMessage, name: user.name })
    .from(caseMessage)
    .leftJoin(user, eq(user.id, caseMessage.authorUserId))
    .where(eq(caseMessage.caseId, caseId))
    .orderBy(asc(caseMessage.createdAt), asc(caseMessage.id))
  return rows.map(({ m, name }) => ({
    id: m.id,
    authorName: name ?? '—',
    side: m.authorSide,
    body: unseal<string>(key, m.body),
    createdAt: m.createdAt,
  }))
}

export type PostMessageError = { code: 'message.empty' } | { code: 'message.too-long'; max: number }

export async function postMessage(
  rt: Runtime,
  input: {
    row: CaseRow
    key: CaseKey
    authorUserId: string
    side: 'patient' | 'coordinator'
    body: string
    /** Documents just uploaded with the message (through the same document rules). */
    attachmentIds?: string[]
  },
): Promise<Result<{ id: string }, PostMessageError>> {
  const body = input.body.replace(/\u0000/g, '').trim()
  const attachments = input.attachmentIds ?? []
  if (!body && attachments.length === 0) return err({ code: 'message.empty' })
  if (body.length > MAX_MESSAGE_LENGTH) return err({ code: 'message.too-long', max: MAX_MESSAGE_LENGTH })
  const id = randomUUID()
  await rt.database.db.transaction(async (tx) => {
    await tx.insert(caseMessage).values({
      id,
      caseId: input.row.id,
      authorUserId: input.authorUserId,
      authorSide: input.side,
      body: seal(input.key, body),
    })
    if (attachments.length > 0) {
      await tx
        .update(caseDocument)
        .set({ messageId: id })
        .where(and(eq(caseDocument.caseId, input.row.id), inArray(caseDocument.id, attachments)))
    }
    await appendAudit(tx, {
      actorUserId: input.authorUserId,
      action: 'message.posted',
      subjectType: 'case',
      subjectId: input.row.id,
      details: { messageId: id, side: input.side },
    })
  })
  const recipients =
    input.side === 'patient'
      ? await coordinatorRecipients(rt.database.db, input.row.coordinatorUserId, input.authorUserId)
      : await patientSideRecipients(rt.database.db, input.row.id, input.authorUserId)
  await notify(rt, recipients, {
    template: 'case-message',
    params: {
      url: `${rt.config.publicUrl}/${input.side === 'patient' ? 'coordinator' : 'patient'}/cases/${input.row.id}/messages`,
      reference: input.row.reference,
    },
  })
  return ok({ id })
}
