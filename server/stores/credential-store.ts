import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm'
import type { ReminderDays } from '#domain/review/credential-expiry.ts'
import type { CredentialKind, CredentialStanding } from '#domain/review/credentials.ts'
import type { Db } from '../db/client.ts'
import { provider, providerStaff } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { accreditation } from '../db/schema/catalogue.ts'
import { credential } from '../db/schema/review.ts'

// The SQL behind credential expiry and re-verification (issue 16, ADR 0057).
// Only approved credentials count: a pending one is not public and not relied on.

export type ExpiryCandidate = {
  id: string
  providerId: string
  kind: CredentialKind
  issuer: string
  reference: string
  validTo: string | null
  standing: CredentialStanding
  reminded60At: Date | null
  reminded14At: Date | null
  timeZone: string | null
}

/**
 * Approved, current credentials whose last valid day is on or before
 * `horizon`: the job's domain rule decides each, so a generous horizon only
 * costs a few rows (clinics' todays differ from UTC's by at most a day).
 */
export async function expiryCandidates(
  db: Db,
  horizon: string,
  providerIds?: readonly string[],
): Promise<ExpiryCandidate[]> {
  return db
    .select({
      id: credential.id,
      providerId: credential.providerId,
      kind: credential.kind,
      issuer: credential.issuer,
      reference: credential.reference,
      validTo: credential.validTo,
      standing: credential.standing,
      reminded60At: credential.reminded60At,
      reminded14At: credential.reminded14At,
      timeZone: provider.timeZone,
    })
    .from(credential)
    .innerJoin(provider, eq(provider.id, credential.providerId))
    .where(
      and(
        eq(credential.reviewStatus, 'approved'),
        eq(credential.standing, 'current'),
        lte(credential.validTo, horizon),
        providerIds ? inArray(credential.providerId, [...providerIds]) : undefined,
      ),
    )
    .orderBy(asc(credential.validTo), asc(credential.id))
}

/**
 * Records that a reminder is going out, once: true for the one caller that
 * set it. Claimed before the email is queued, so a crash between the two
 * loses a reminder rather than sending it twice.
 */
export async function claimReminder(db: Db, id: string, days: ReminderDays, now: Date): Promise<boolean> {
  const column = days === 60 ? credential.reminded60At : credential.reminded14At
  const set = days === 60 ? { reminded60At: now } : { reminded14At: now }
  const claimed = await db
    .update(credential)
    .set({ ...set, updatedAt: now })
    .where(and(eq(credential.id, id), isNull(column), eq(credential.standing, 'current')))
    .returning({ id: credential.id })
  return claimed.length === 1
}

/** The credential's new standing; false when another run got there first. */
export async function markExpired(db: Db, id: string, now: Date): Promise<boolean> {
  const marked = await db
    .update(credential)
    .set({ standing: 'expired', expiredAt: now, updatedAt: now })
    .where(and(eq(credential.id, id), eq(credential.standing, 'current')))
    .returning({ id: credential.id })
  return marked.length === 1
}

/**
 * An approved accreditation is also an `accreditation` row (ADR 0052), which
 * the listing policy, search and public pages read: it is kept to the
 * credential's last valid day, so all of them see it lapse on the same day.
 * Matched by id, or by the clinic, accreditor and reference it was written with.
 */
export async function alignAccreditation(
  db: Db,
  c: { id: string; providerId: string; issuer: string; reference: string; validTo: string },
): Promise<number> {
  const rows = await db
    .update(accreditation)
    .set({ validTo: c.validTo })
    .where(
      and(
        eq(accreditation.providerId, c.providerId),
        or(
          eq(accreditation.id, c.id),
          and(eq(accreditation.accreditor, c.issuer), eq(accreditation.reference, c.reference)),
        ),
      ),
    )
    .returning({ id: accreditation.id })
  return rows.length
}

/**
 * Who at a clinic hears about its credentials: its administrators, who keep
 * them; every member when the clinic has no administrator yet.
 */
export async function credentialRecipients(db: Db, providerId: string) {
  const members = await db
    .select({ email: user.email, name: user.name, locale: user.locale, role: providerStaff.role })
    .from(providerStaff)
    .innerJoin(user, eq(user.id, providerStaff.userId))
    .where(eq(providerStaff.providerId, providerId))
    .orderBy(asc(user.email))
  const administrators = members.filter((m) => m.role === 'clinic-administrator')
  return administrators.length > 0 ? administrators : members
}

const reviewColumns = {
  id: credential.id,
  providerId: credential.providerId,
  kind: credential.kind,
  issuer: credential.issuer,
  reference: credential.reference,
  validTo: credential.validTo,
  standing: credential.standing,
  verifiedAt: credential.verifiedAt,
  verificationMethod: credential.verificationMethod,
}

/** A clinic's approved credentials, as the quote gate weighs them. */
export async function approvedCredentialsOf(db: Db, providerId: string) {
  return db
    .select(reviewColumns)
    .from(credential)
    .where(and(eq(credential.providerId, providerId), eq(credential.reviewStatus, 'approved')))
    .orderBy(asc(credential.kind), asc(credential.reference))
}

/**
 * Approved credentials that may need a reviewer now: expired, ending by
 * `today`, or verified before `staleBefore` (the domain decides exactly which).
 */
export async function credentialsPossiblyDue(db: Db, today: string, staleBefore: Date) {
  return db
    .select({ ...reviewColumns, providerName: provider.name, timeZone: provider.timeZone })
    .from(credential)
    .innerJoin(provider, eq(provider.id, credential.providerId))
    .where(
      and(
        eq(credential.reviewStatus, 'approved'),
        or(
          eq(credential.standing, 'expired'),
          lt(credential.validTo, sql`${today}::date + 1`),
          isNull(credential.verifiedAt),
          lt(credential.verifiedAt, staleBefore),
        ),
      ),
    )
    .orderBy(asc(provider.name), asc(credential.kind), asc(credential.reference))
    .limit(500)
}

/** The clinic's ethics fields and its credentials that may fill them (ADR 0070). */
export async function ethicsInputsOf(db: Db, providerId: string) {
  const [p] = await db
    .select({ ethicsCommittee: provider.ethicsCommittee, icscr: provider.icscr, timeZone: provider.timeZone })
    .from(provider)
    .where(eq(provider.id, providerId))
  if (!p) return null
  const credentials = await db
    .select({
      id: credential.id,
      kind: credential.kind,
      issuer: credential.issuer,
      reference: credential.reference,
      reviewStatus: credential.reviewStatus,
      standing: credential.standing,
      validTo: credential.validTo,
      verifiedAt: credential.verifiedAt,
      verificationMethod: credential.verificationMethod,
    })
    .from(credential)
    .where(
      and(eq(credential.providerId, providerId), inArray(credential.kind, ['ethics-committee', 'icscr'])),
    )
  return { provider: p, credentials }
}

export async function setEthicsFields(
  db: Db,
  providerId: string,
  fields: {
    ethicsCommittee: typeof provider.$inferInsert.ethicsCommittee
    icscr: typeof provider.$inferInsert.icscr
  },
): Promise<void> {
  await db.update(provider).set(fields).where(eq(provider.id, providerId))
}

/** An approved accreditation's public row goes with the credential the clinic withdrew. */
export async function removeAccreditationOf(
  db: Db,
  c: { id: string; providerId: string; issuer: string; reference: string },
): Promise<number> {
  const rows = await db
    .delete(accreditation)
    .where(
      and(
        eq(accreditation.providerId, c.providerId),
        or(
          eq(accreditation.id, c.id),
          and(eq(accreditation.accreditor, c.issuer), eq(accreditation.reference, c.reference)),
        ),
      ),
    )
    .returning({ id: accreditation.id })
  return rows.length
}
