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

export type ReadAs = 'member' | 'coordinator' | 'clinic' | 'second-opinion'

/**
 * A read of health data, written before the data is returned. Reads `as`
 * coordinator or clinic are what the patient's "Who looked at my records" lists.
 */
export async function auditRead(
  db: Db,
  read: {
    viewer: { id: string; role: string }
    as: ReadAs
    subject: { type: 'case' | 'document'; id: string }
    requestId: string | null
    details?: Record<string, unknown>
  },
): Promise<void> {
  await appendAudit(db, {
    actorUserId: read.viewer.id,
    action: `${read.subject.type}.read`,
    subjectType: read.subject.type,
    subjectId: read.subject.id,
    requestId: read.requestId,
    details: { ...read.details, as: read.as, role: read.viewer.role },
  })
}
