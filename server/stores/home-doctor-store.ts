import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { auditEvent } from '../db/schema/app.ts'
import { homeDoctorLink, type HomeDoctorLinkRow } from '../db/schema/home-doctor.ts'

// The home doctor's links (ADR 0066): rows keyed by the token's hash, and
// their accesses as the audit log holds them.

export async function insertHomeDoctorLink(db: Db, row: typeof homeDoctorLink.$inferInsert): Promise<void> {
  await db.insert(homeDoctorLink).values(row)
}

export async function liveLinkCount(db: Db, caseId: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(homeDoctorLink)
    .where(
      and(
        eq(homeDoctorLink.caseId, caseId),
        isNull(homeDoctorLink.revokedAt),
        gt(homeDoctorLink.expiresAt, now),
      ),
    )
  return row?.n ?? 0
}

export async function linksOfCase(db: Db, caseId: string): Promise<HomeDoctorLinkRow[]> {
  return db
    .select()
    .from(homeDoctorLink)
    .where(eq(homeDoctorLink.caseId, caseId))
    .orderBy(desc(homeDoctorLink.createdAt), asc(homeDoctorLink.id))
}

export async function linkByTokenHash(db: Db, tokenHash: string): Promise<HomeDoctorLinkRow | null> {
  const [row] = await db.select().from(homeDoctorLink).where(eq(homeDoctorLink.tokenHash, tokenHash))
  return row ?? null
}

/** Revokes a live link of this case; false when there is none (another case's, or already revoked). */
export async function revokeLink(
  db: Db,
  caseId: string,
  linkId: string,
  by: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(homeDoctorLink)
    .set({ revokedAt: now, revokedByUserId: by })
    .where(
      and(eq(homeDoctorLink.id, linkId), eq(homeDoctorLink.caseId, caseId), isNull(homeDoctorLink.revokedAt)),
    )
    .returning({ id: homeDoctorLink.id })
  return rows.length > 0
}

/** Every read through these links, newest first: when, and whether the page or the FHIR Bundle. */
export async function linkAccesses(db: Db, caseId: string, linkIds: readonly string[]) {
  if (linkIds.length === 0) return []
  return db
    .select({
      at: auditEvent.at,
      linkId: sql<string>`${auditEvent.details}->>'linkId'`,
      view: sql<string>`${auditEvent.details}->>'view'`,
    })
    .from(auditEvent)
    .where(
      and(
        eq(auditEvent.action, 'case.read'),
        eq(auditEvent.subjectType, 'case'),
        eq(auditEvent.subjectId, caseId),
        sql`${auditEvent.details}->>'as' = 'home-doctor'`,
        inArray(sql`${auditEvent.details}->>'linkId'`, [...linkIds]),
      ),
    )
    .orderBy(desc(auditEvent.at))
    .limit(1000)
}
