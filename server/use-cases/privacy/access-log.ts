import { and, desc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import { user } from '../../db/schema/auth.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { caseDocument } from '../../db/schema/cases.ts'
import type { Db } from '../../db/client.ts'

// "Who looked at my records": every read of the case or its documents by
// someone who is not on the patient's side, straight from the audit log.
export async function accessLog(db: Db, caseId: string) {
  const docIds = db.select({ id: caseDocument.id }).from(caseDocument).where(eq(caseDocument.caseId, caseId))
  const rows = await db
    .select({
      at: auditEvent.at,
      action: auditEvent.action,
      subjectType: auditEvent.subjectType,
      subjectId: auditEvent.subjectId,
      details: auditEvent.details,
      name: user.name,
      role: user.role,
    })
    .from(auditEvent)
    .leftJoin(user, eq(user.id, auditEvent.actorUserId))
    .where(
      and(
        inArray(auditEvent.action, ['case.read', 'document.read']),
        sql`${auditEvent.details}->>'as' <> 'member'`,
        or(
          and(eq(auditEvent.subjectType, 'case'), eq(auditEvent.subjectId, caseId)),
          and(eq(auditEvent.subjectType, 'document'), inArray(auditEvent.subjectId, docIds)),
        ),
        ne(auditEvent.subjectId, ''),
      ),
    )
    .orderBy(desc(auditEvent.at))
    .limit(500)
  return rows.map((r) => ({
    at: r.at,
    what: r.subjectType === 'document' ? ('document' as const) : ('case' as const),
    documentId: r.subjectType === 'document' ? r.subjectId : null,
    who: r.name ?? '—',
    role: r.role ?? 'unknown',
    as: String((r.details as Record<string, unknown>)['as'] ?? ''),
  }))
}
