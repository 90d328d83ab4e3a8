import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import type { CaseId, ProviderId, QuoteId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { provider, providerStaff } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { quote, referral, treatmentPlan } from '../db/schema/cases.ts'

// Plans and quotes of the case aggregate (issue 15): inserted with the
// propose-plan step, read by the family and the clinic, and never changed but
// to record the one acceptance that freezes a quote.

/** A clinic member as the signer of a plan: their name and registration, or null when they do not work there. */
export async function signingDoctorOf(db: Db, userId: UserId, providerId: ProviderId) {
  const [row] = await db
    .select({
      name: user.name,
      registrationNumber: providerStaff.registrationNumber,
      registrationCouncil: providerStaff.registrationCouncil,
      countryCode: provider.countryCode,
      timeZone: provider.timeZone,
    })
    .from(providerStaff)
    .innerJoin(user, eq(user.id, providerStaff.userId))
    .innerJoin(provider, eq(provider.id, providerStaff.providerId))
    .where(and(eq(providerStaff.userId, userId), eq(providerStaff.providerId, providerId)))
  return row ?? null
}

export async function insertPlan(tx: Db, values: typeof treatmentPlan.$inferInsert): Promise<void> {
  await tx.insert(treatmentPlan).values(values)
}

export async function insertQuote(tx: Db, values: typeof quote.$inferInsert): Promise<void> {
  await tx.insert(quote).values(values)
}

/** The quote each referral of the case carries now (a replaced one is history), with its plan and clinic. */
export async function currentQuotesOfCase(db: Db, caseId: CaseId) {
  return db
    .select({ quote, plan: treatmentPlan, referral, providerName: provider.name })
    .from(referral)
    .innerJoin(quote, eq(quote.id, referral.quoteId))
    .innerJoin(treatmentPlan, eq(treatmentPlan.id, quote.planId))
    .innerJoin(provider, eq(provider.id, referral.providerId))
    .where(eq(referral.caseId, caseId))
    .orderBy(asc(quote.createdAt), asc(provider.name))
}

/** Records the acceptance that freezes a quote; false when it was already accepted. */
export async function markQuoteAccepted(tx: Db, quoteId: QuoteId, now: Date): Promise<boolean> {
  const done = await tx
    .update(quote)
    .set({ acceptedAt: now })
    .where(and(eq(quote.id, quoteId), isNull(quote.acceptedAt)))
    .returning({ id: quote.id })
  return done.length > 0
}

/** Every quote of one referral with its plan, oldest first: the current one, a pending change, and history. */
export async function quotesOfReferral(db: Db, caseId: CaseId, referralId: string) {
  return db
    .select({ quote, plan: treatmentPlan, referral, providerName: provider.name })
    .from(quote)
    .innerJoin(referral, eq(referral.id, quote.referralId))
    .innerJoin(treatmentPlan, eq(treatmentPlan.id, quote.planId))
    .innerJoin(provider, eq(provider.id, referral.providerId))
    .where(and(eq(quote.caseId, caseId), eq(quote.referralId, referralId)))
    .orderBy(asc(quote.createdAt))
}

/** A changed price sent after acceptance that the family has not accepted yet (ADR 0069). */
export async function pendingRevisionOf(db: Db, caseId: CaseId) {
  const [row] = await db
    .select()
    .from(quote)
    .where(
      and(
        eq(quote.caseId, caseId),
        isNotNull(quote.revisesQuoteId),
        isNull(quote.acceptedAt),
        isNull(quote.supersededAt),
        // A declined or withdrawn change leaves the agreed plan in force (ADR 0073, 0081).
        isNull(quote.declinedAt),
        isNull(quote.withdrawnAt),
      ),
    )
  return row ?? null
}

/** A changed quote of the case, whatever its state; null for any other quote or another case's. */
export async function revisionOfCase(db: Db, caseId: CaseId, quoteId: string) {
  const [row] = await db
    .select()
    .from(quote)
    .where(and(eq(quote.id, quoteId), eq(quote.caseId, caseId), isNotNull(quote.revisesQuoteId)))
  return row ?? null
}

/**
 * Closes a changed quote still waiting: the family declined it (ADR 0073) or
 * the clinic withdrew it (ADR 0081). False when it was answered meanwhile.
 */
export async function closeWaitingRevision(
  tx: Db,
  quoteId: string,
  how: 'declined' | 'withdrawn',
  userId: string,
  now: Date,
): Promise<boolean> {
  const done = await tx
    .update(quote)
    .set(
      how === 'declined'
        ? { declinedAt: now, declinedByUserId: userId }
        : { withdrawnAt: now, withdrawnByUserId: userId },
    )
    .where(
      and(
        eq(quote.id, quoteId),
        isNull(quote.acceptedAt),
        isNull(quote.declinedAt),
        isNull(quote.supersededAt),
        isNull(quote.withdrawnAt),
      ),
    )
    .returning({ id: quote.id })
  return done.length > 0
}

/**
 * The changed quote takes the accepted one's place: it is accepted (by the
 * family's signature, or as a confirmed plan at the same price), the old one
 * superseded, and the referral points to the new one. False when either
 * moved meanwhile, so the caller undoes everything.
 */
export async function replaceAcceptedQuote(
  tx: Db,
  change: {
    referralId: string
    next: { id: string; validUntil: string; timeZone: string }
    previousId: string
    acceptedByUserId: string | null
    sealedSignature: string | null
  },
  now: Date,
): Promise<boolean> {
  const accepted = await tx
    .update(quote)
    .set({
      acceptedAt: now,
      acceptedByUserId: change.acceptedByUserId,
      sealedSignature: change.sealedSignature,
    })
    .where(and(eq(quote.id, change.next.id), isNull(quote.acceptedAt)))
    .returning({ id: quote.id })
  const superseded = await tx
    .update(quote)
    .set({ supersededAt: now })
    .where(and(eq(quote.id, change.previousId), isNull(quote.supersededAt)))
    .returning({ id: quote.id })
  const pointed = await tx
    .update(referral)
    .set({
      quoteId: change.next.id,
      quoteValidUntil: change.next.validUntil,
      quoteTimeZone: change.next.timeZone,
      version: sql`${referral.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(referral.id, change.referralId), eq(referral.quoteId, change.previousId)))
    .returning({ id: referral.id })
  return accepted.length > 0 && superseded.length > 0 && pointed.length > 0
}

export async function quoteById(db: Db, quoteId: string) {
  const [row] = await db.select().from(quote).where(eq(quote.id, quoteId))
  return row ?? null
}
