import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { CaseId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { evidenceStandingColumn } from './evidence-standing-column.ts'
import { isPublicOffer } from './public-offer.ts'
import { provider } from '../db/schema/app.ts'
import { caseOffer } from '../db/schema/cases.ts'
import { condition, evidence, exchangeRate, offer, treatment } from '../db/schema/catalogue.ts'

// The offers a patient chose for a case, and the catalogue they choose from.

/** What a family weighs an offer by: its price range (as quoted, and in US cents to convert) and its stay. */
const priceAndStay = {
  priceMinMinor: offer.priceMinMinor,
  priceMaxMinor: offer.priceMaxMinor,
  currency: offer.currency,
  priceMinUsdCents: offer.priceMinUsdCents,
  priceMaxUsdCents: offer.priceMaxUsdCents,
  lengthOfStayDays: offer.lengthOfStayDays,
  evidenceStanding: evidenceStandingColumn,
}

export async function chosenOfferRows(db: Db, caseId: CaseId) {
  return db
    .select({
      offerId: caseOffer.offerId,
      position: caseOffer.position,
      evidenceAcknowledgedAt: caseOffer.evidenceAcknowledgedAt,
      title: offer.title,
      pathway: offer.pathway,
      verdict: offer.verdict,
      verdictReasons: offer.verdictReasons,
      treatmentId: offer.treatmentId,
      conditionId: offer.conditionId,
      treatmentName: treatment.name,
      providerId: provider.id,
      providerName: provider.name,
      providerSlug: provider.slug,
      providerCity: provider.city,
      providerCountry: provider.countryCode,
      providerIsDemo: provider.isDemo,
      ...priceAndStay,
    })
    .from(caseOffer)
    .innerJoin(offer, eq(offer.id, caseOffer.offerId))
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .where(eq(caseOffer.caseId, caseId))
    .orderBy(asc(caseOffer.position))
}

/** Public offers for a condition, in the countries named. */
export async function offersToChooseFrom(
  db: Db,
  input: { conditionSlug: string | null; countries: string[] },
) {
  const filters = [isPublicOffer]
  if (input.conditionSlug) filters.push(eq(condition.slug, input.conditionSlug))
  if (input.countries.length > 0) filters.push(inArray(provider.countryCode, input.countries))
  return db
    .select({
      id: offer.id,
      title: offer.title,
      pathway: offer.pathway,
      verdict: offer.verdict,
      treatmentName: treatment.name,
      providerName: provider.name,
      providerSlug: provider.slug,
      providerCity: provider.city,
      providerCountry: provider.countryCode,
      providerIsDemo: provider.isDemo,
      ...priceAndStay,
    })
    .from(offer)
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .innerJoin(condition, eq(condition.id, offer.conditionId))
    .where(and(...filters))
    .orderBy(sql`${provider.lastVerifiedAt} desc nulls last`, asc(provider.name), asc(offer.title))
    .limit(60)
}

/** Which of these offers may be shown publicly now, whatever a form says. */
export async function publicOfferIds(tx: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await tx
    .select({ id: offer.id })
    .from(offer)
    .where(and(inArray(offer.id, [...ids]), isPublicOffer))
  return new Set(rows.map((r) => r.id))
}

/** Replaces the chosen offers, keeping when evidence was read for those that stay. */
export async function replaceChosenOffers(tx: Db, caseId: CaseId, keep: readonly string[]): Promise<void> {
  await tx
    .delete(caseOffer)
    .where(
      keep.length
        ? and(eq(caseOffer.caseId, caseId), notInArray(caseOffer.offerId, [...keep]))
        : eq(caseOffer.caseId, caseId),
    )
  for (const [position, offerId] of keep.entries()) {
    await tx
      .insert(caseOffer)
      .values({ caseId, offerId, position })
      .onConflictDoUpdate({ target: [caseOffer.caseId, caseOffer.offerId], set: { position } })
  }
}

export async function acknowledgeEvidence(
  tx: Db,
  caseId: CaseId,
  offerIds: readonly string[],
  now: Date,
): Promise<void> {
  await tx
    .update(caseOffer)
    .set({ evidenceAcknowledgedAt: now })
    .where(and(eq(caseOffer.caseId, caseId), inArray(caseOffer.offerId, [...offerIds])))
}

/** The evidence records for these treatments. */
export async function evidenceFor(db: Db, treatmentIds: readonly string[]) {
  if (treatmentIds.length === 0) return []
  return db
    .select({
      treatmentId: evidence.treatmentId,
      conditionId: evidence.conditionId,
      standing: evidence.standing,
      summary: evidence.summary,
      lastReviewed: evidence.lastReviewed,
    })
    .from(evidence)
    .where(inArray(evidence.treatmentId, [...new Set(treatmentIds)]))
}

/** Units of a currency per US dollar, and the date of that rate; null for a currency we have no rate for. */
export async function exchangeRateOf(db: Db, currency: string) {
  const [row] = await db
    .select({ currency: exchangeRate.currency, perUsd: exchangeRate.perUsd, asOf: exchangeRate.asOf })
    .from(exchangeRate)
    .where(eq(exchangeRate.currency, currency))
  return row ? { currency: row.currency, perUsd: Number(row.perUsd), asOf: String(row.asOf) } : null
}
