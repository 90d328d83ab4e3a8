import { and, desc, eq, isNotNull, sql } from 'drizzle-orm'
import type { CaseId, ProviderId } from '#domain/shared/ids.ts'
import type { VisaStatus } from '#domain/travel/visa-status.ts'
import type { Db } from '../db/client.ts'
import { provider } from '../db/schema/app.ts'
import { caseOffer, quote, referral, treatmentPlan } from '../db/schema/cases.ts'
import { offer } from '../db/schema/catalogue.ts'
import { traveller, visaLetter } from '../db/schema/travel.ts'
import { isPublicOffer } from './public-offer.ts'

// The trip's travellers and visa letter (ADR 0061). Loads and saves; the
// rules are in domain/travel.

export type TravellerRow = typeof traveller.$inferSelect
export type VisaLetterRow = typeof visaLetter.$inferSelect

export async function travellersOf(db: Db, caseId: CaseId): Promise<TravellerRow[]> {
  return db.select().from(traveller).where(eq(traveller.caseId, caseId)).orderBy(traveller.createdAt)
}

export async function insertTraveller(tx: Db, values: typeof traveller.$inferInsert): Promise<void> {
  await tx.insert(traveller).values(values)
}

/** Deletes one traveller of the case; false when the case has no such traveller. */
export async function deleteTraveller(tx: Db, caseId: CaseId, id: string): Promise<boolean> {
  const gone = await tx
    .delete(traveller)
    .where(and(eq(traveller.caseId, caseId), eq(traveller.id, id)))
    .returning({ id: traveller.id })
  return gone.length === 1
}

/**
 * The case's accepted plan: its referral, the clinic's country, the plan's
 * length of stay, and whether the offer the family chose there may be shown
 * publicly now (isPublicOffer: a blocked or unreviewed offer gets no letter).
 */
export async function acceptedPlanOf(db: Db, caseId: CaseId) {
  const [row] = await db
    .select({
      referralId: referral.id,
      providerId: referral.providerId,
      providerName: provider.name,
      countryCode: provider.countryCode,
      lengthOfStayDays: treatmentPlan.lengthOfStayDays,
      offerListable: sql<boolean>`exists (
        select 1 from ${caseOffer} join ${offer} on ${offer.id} = ${caseOffer.offerId}
        where ${caseOffer.caseId} = ${caseId} and ${offer.providerId} = ${referral.providerId}
        and ${isPublicOffer})`,
    })
    .from(referral)
    .innerJoin(provider, eq(provider.id, referral.providerId))
    // The quote in force: the one the referral points to, which a changed plan
    // the family accepted replaces (ADR 0069); the superseded one is history.
    .leftJoin(quote, and(eq(quote.id, referral.quoteId), isNotNull(quote.acceptedAt)))
    .leftJoin(treatmentPlan, eq(treatmentPlan.id, quote.planId))
    .where(and(eq(referral.caseId, caseId), eq(referral.status, 'accepted')))
    .orderBy(desc(referral.statusChangedAt))
    .limit(1)
  return row ? { ...row, offerListable: Boolean(row.offerListable) } : null
}

export async function visaLetterOf(db: Db, caseId: CaseId, providerId?: ProviderId) {
  const [row] = await db
    .select()
    .from(visaLetter)
    .where(
      providerId
        ? and(eq(visaLetter.caseId, caseId), eq(visaLetter.providerId, providerId))
        : eq(visaLetter.caseId, caseId),
    )
    .orderBy(desc(visaLetter.requestedAt))
    .limit(1)
  return row ?? null
}

export async function insertVisaLetter(tx: Db, values: typeof visaLetter.$inferInsert): Promise<void> {
  await tx.insert(visaLetter).values(values)
}

/** Saves a step, only from the version read; false when someone else moved it first. */
export async function saveVisaLetter(
  tx: Db,
  id: string,
  fromVersion: number,
  values: Partial<typeof visaLetter.$inferInsert> & { status: VisaStatus; updatedAt: Date },
): Promise<boolean> {
  const done = await tx
    .update(visaLetter)
    .set({ ...values, version: fromVersion + 1 })
    .where(and(eq(visaLetter.id, id), eq(visaLetter.version, fromVersion)))
    .returning({ id: visaLetter.id })
  return done.length > 0
}
