import { and, asc, eq, isNull } from 'drizzle-orm'
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
