import { and, desc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import { accessVisits, type AccessVisit } from '#domain/privacy/access-summary.ts'
import { user } from '../../db/schema/auth.ts'
import { auditEvent, provider } from '../../db/schema/app.ts'
import { caseDocument } from '../../db/schema/cases.ts'
import type { Db } from '../../db/client.ts'

// "Who looked at my records": every read of the case or its documents by
// someone who is not on the patient's side, straight from the audit log,
// grouped into visits and naming the provider a clinic's staff looked for.
export async function accessLog(
  db: Db,
  caseId: string,
): Promise<(AccessVisit & { provider: string | null })[]> {
  const docIds = db.select({ id: caseDocument.id }).from(caseDocument).where(eq(caseDocument.caseId, caseId))
  const rows = await db
    .select({
      at: auditEvent.at,
      subjectType: auditEvent.subjectType,
      subjectId: auditEvent.subjectId,
      details: auditEvent.details,
      name: user.name,
      role: user.role,
      provider: provider.name,
    })
    .from(auditEvent)
    .leftJoin(user, eq(user.id, auditEvent.actorUserId))
    .leftJoin(provider, sql`${provider.id} = ${auditEvent.details}->>'providerId'`)
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
    .limit(2000)
  const providers = new Map<string, string | null>()
  const reads = rows.map((r) => {
    const details = r.details as Record<string, unknown>
    const providerId = typeof details['providerId'] === 'string' ? details['providerId'] : null
    if (providerId) providers.set(providerId, r.provider)
    return {
      at: r.at,
      who: r.name ?? '—',
      role: r.role ?? 'unknown',
      as: String(details['as'] ?? ''),
      what: r.subjectType === 'document' ? ('document' as const) : ('case' as const),
      documentId: r.subjectType === 'document' ? r.subjectId : null,
      providerId,
    }
  })
  return accessVisits(reads).map((v) => ({
    ...v,
    provider: v.providerId ? (providers.get(v.providerId) ?? null) : null,
  }))
}
