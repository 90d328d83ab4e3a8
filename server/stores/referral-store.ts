import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { ClinicRole } from '#domain/clinics/clinic-roles.ts'
import type { Referral, ReferralStatus } from '#domain/referrals/referral.ts'
import type { CalendarDate } from '#domain/shared/calendar-date.ts'
import type { CaseId, ProviderId, QuoteId, ReferralId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { provider, providerStaff } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { referral, referralEvent } from '../db/schema/cases.ts'
import type { Recipient } from './member-store.ts'

// Referrals of the case aggregate: a case sent to one provider, and its
// timeline. Loads and saves; the rules are domain/referrals' (ADR 0042, 0043).
export type ReferralRow = typeof referral.$inferSelect

export function referralOf(row: ReferralRow): Referral {
  return {
    id: row.id as ReferralId,
    caseId: row.caseId as CaseId,
    providerId: row.providerId as ProviderId,
    status: row.status,
    quote:
      row.quoteId && row.quoteValidUntil && row.quoteTimeZone
        ? {
            id: row.quoteId as QuoteId,
            validUntil: row.quoteValidUntil as CalendarDate,
            timeZone: row.quoteTimeZone,
          }
        : null,
  }
}

/** Every referral of a case, with its provider's name, oldest first. */
export async function referralsOfCase(db: Db, caseId: CaseId) {
  return db
    .select({ row: referral, providerName: provider.name })
    .from(referral)
    .innerJoin(provider, eq(provider.id, referral.providerId))
    .where(eq(referral.caseId, caseId))
    .orderBy(asc(referral.createdAt), asc(provider.name))
}

/** The referral of a case to one provider, if the case was sent there. */
export async function referralTo(
  db: Db,
  caseId: CaseId,
  providerId: ProviderId,
  options: { lock?: boolean } = {},
): Promise<ReferralRow | null> {
  const query = db
    .select()
    .from(referral)
    .where(and(eq(referral.caseId, caseId), eq(referral.providerId, providerId)))
  // Locked until the transaction ends, where a step must not cross the referral's end (a booking).
  const [row] = options.lock ? await query.for('update') : await query
  return row ?? null
}

export async function insertReferral(
  tx: Db,
  values: {
    id: ReferralId
    caseId: CaseId
    providerId: ProviderId
    status: ReferralStatus
    answerDueAt: Date
    sentByUserId: UserId
    at: Date
  },
): Promise<void> {
  const { at, ...rest } = values
  await tx.insert(referral).values({ ...rest, createdAt: at, statusChangedAt: at, updatedAt: at })
}

/**
 * Saves the next state only if the referral is still at the version it was
 * decided from, and raises the version; false when someone else was first.
 */
export async function saveReferral(
  tx: Db,
  next: Referral,
  fromVersion: number,
  now: Date,
  /** A new date for the clinic's answer (its clock stopped while it waited on the family). */
  answerDueAt?: Date,
): Promise<boolean> {
  const updated = await tx
    .update(referral)
    .set({
      status: next.status,
      ...(answerDueAt ? { answerDueAt } : {}),
      quoteId: next.quote?.id ?? null,
      quoteValidUntil: next.quote?.validUntil ?? null,
      quoteTimeZone: next.quote?.timeZone ?? null,
      version: fromVersion + 1,
      statusChangedAt: now,
      updatedAt: now,
    })
    .where(and(eq(referral.id, next.id), eq(referral.version, fromVersion)))
    .returning({ id: referral.id })
  return updated.length > 0
}

export type ReferralEventRow = typeof referralEvent.$inferSelect

export async function insertReferralEvent(tx: Db, values: typeof referralEvent.$inferInsert): Promise<void> {
  await tx.insert(referralEvent).values(values)
}

/** A case's referral timeline, oldest first, with who acted. */
export async function referralEventsOfCase(db: Db, caseId: CaseId) {
  return db
    .select({ e: referralEvent, name: user.name })
    .from(referralEvent)
    .leftJoin(user, eq(user.id, referralEvent.actorUserId))
    .where(eq(referralEvent.caseId, caseId))
    .orderBy(asc(referralEvent.at), asc(referralEvent.id))
}

/** The role a staff member has at a provider, or null when they do not work there. */
export async function clinicRoleOf(
  db: Db,
  userId: UserId,
  providerId: ProviderId,
): Promise<ClinicRole | null> {
  const [row] = await db
    .select({ role: providerStaff.role })
    .from(providerStaff)
    .where(and(eq(providerStaff.userId, userId), eq(providerStaff.providerId, providerId)))
  return row?.role ?? null
}

/** A provider's name, for staff emails that say which clinic a referral is with. */
export async function providerNameOf(db: Db, providerId: ProviderId): Promise<string | null> {
  const [row] = await db.select({ name: provider.name }).from(provider).where(eq(provider.id, providerId))
  return row?.name ?? null
}

/** Everyone who works for a provider, to be told of a referral. */
export async function providerRecipients(db: Db, providerId: ProviderId): Promise<Recipient[]> {
  return db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(providerStaff)
    .innerJoin(user, eq(user.id, providerStaff.userId))
    .where(eq(providerStaff.providerId, providerId))
}

/** A new answer deadline for a case's referral, guarded by its version like every change. */
export async function moveAnswerDeadline(
  tx: Db,
  target: { id: ReferralId; caseId: CaseId; fromVersion: number },
  answerDueAt: Date,
  now: Date,
): Promise<boolean> {
  const updated = await tx
    .update(referral)
    .set({ answerDueAt, version: target.fromVersion + 1, updatedAt: now })
    .where(
      and(
        eq(referral.id, target.id),
        eq(referral.caseId, target.caseId),
        eq(referral.version, target.fromVersion),
      ),
    )
    .returning({ id: referral.id })
  return updated.length > 0
}

/** One referral of a case, by its id. */
export async function referralOfCase(
  db: Db,
  caseId: CaseId,
  referralId: ReferralId,
): Promise<ReferralRow | null> {
  const [row] = await db
    .select()
    .from(referral)
    .where(and(eq(referral.id, referralId), eq(referral.caseId, caseId)))
  return row ?? null
}

/**
 * Referrals whose proposed plan's quote has lapsed at this instant: its last
 * valid day has ended in the clinic's zone (the zone stored with the quote).
 * Accepted quotes are never here: only a plan still waiting for the family.
 */
/** `caseIds` limits the search to some cases (a test's own, on a database other files share). */
export async function referralsWithLapsedQuotes(db: Db, now: Date, caseIds?: readonly string[]) {
  return db
    .select({
      id: referral.id,
      caseId: referral.caseId,
      providerId: referral.providerId,
      version: referral.version,
    })
    .from(referral)
    .where(
      and(
        eq(referral.status, 'plan-proposed'),
        sql`${referral.quoteValidUntil} < (${now.toISOString()}::timestamptz at time zone ${referral.quoteTimeZone})::date`,
        caseIds ? inArray(referral.caseId, [...caseIds]) : undefined,
      ),
    )
    .orderBy(asc(referral.caseId), asc(referral.id))
}
