import type { Db } from '../db/client.ts'
import { auditEvent } from '../db/schema/app.ts'

export type AuditEntry = {
  actorUserId: string | null
  action: string
  subjectType: string
  subjectId: string
  requestId?: string | null
  details?: Record<string, unknown>
}

/** Append-only: the audit trail is written, never updated or deleted. Identifiers only, no content. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvent).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    requestId: entry.requestId ?? null,
    details: entry.details ?? {},
  })
}
