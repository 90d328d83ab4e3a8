import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm'
import { MAX_CHOSEN_OFFERS } from '#domain/intake/task-list.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { provider } from '../../db/schema/app.ts'
import { caseOffer, patientCase } from '../../db/schema/cases.ts'
import { condition, evidence, offer, treatment } from '../../db/schema/catalogue.ts'
import { seal } from '../../cases/case-vault.ts'
import type { Runtime } from '../../runtime.ts'
import type { Reason } from '#domain/listing/types.ts'
import { answersOf, chosenOffers, type MemberCase } from './case-records.ts'

const publicVerdicts = ['listable', 'listable-with-warnings']

/** Offers a patient can choose from: public ones for their condition, in the countries they named. */
export async function offersToChooseFrom(
  rt: Runtime,
  input: { conditionSlug: string | null; countries: string[] },
) {
  const filters = [inArray(offer.verdict, publicVerdicts)]
  if (input.conditionSlug) filters.push(eq(condition.slug, input.conditionSlug))
  if (input.countries.length > 0) filters.push(inArray(provider.countryCode, input.countries))
  return rt.database.db
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
      priceMinMinor: offer.priceMinMinor,
      priceMaxMinor: offer.priceMaxMinor,
      currency: offer.currency,
    })
    .from(offer)
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .innerJoin(condition, eq(condition.id, offer.conditionId))
    .where(and(...filters))
    .orderBy(sql`${provider.lastVerifiedAt} desc nulls last`, asc(provider.name), asc(offer.title))
    .limit(60)
}

export type ChooseOffersError = { code: 'offers.too-many'; max: number } | { code: 'offers.none' }

/** Replaces the chosen offers (up to five, public ones only), or records "help me choose". */
export async function chooseOffers(
  rt: Runtime,
  actorUserId: string,
  found: MemberCase,
  input: { offerIds: string[]; helpMeChoose: boolean },
): Promise<Result<{ chosen: number }, ChooseOffersError>> {
  const ids = [...new Set(input.offerIds)]
  if (ids.length > MAX_CHOSEN_OFFERS) return err({ code: 'offers.too-many', max: MAX_CHOSEN_OFFERS })
  if (ids.length === 0 && !input.helpMeChoose) return err({ code: 'offers.none' })
  return rt.database.db.transaction(async (tx) => {
    // Only offers that may be shown publicly can be chosen, whatever the form says.
    const valid = ids.length
      ? await tx
          .select({ id: offer.id })
          .from(offer)
          .where(and(inArray(offer.id, ids), inArray(offer.verdict, publicVerdicts)))
      : []
    const keep = ids.filter((id) => valid.some((v) => v.id === id))
    if (keep.length === 0 && !input.helpMeChoose) return err({ code: 'offers.none' } as const)
    await tx
      .delete(caseOffer)
      .where(
        keep.length
          ? and(eq(caseOffer.caseId, found.row.id), notInArray(caseOffer.offerId, keep))
          : eq(caseOffer.caseId, found.row.id),
      )
    for (const [position, offerId] of keep.entries()) {
      await tx
        .insert(caseOffer)
        .values({ caseId: found.row.id, offerId, position })
        .onConflictDoUpdate({ target: [caseOffer.caseId, caseOffer.offerId], set: { position } })
    }
    const [current] = await tx
      .select({ answers: patientCase.answers })
      .from(patientCase)
      .where(eq(patientCase.id, found.row.id))
      .for('update')
    const answers = {
      ...answersOf(found.key, current ?? found.row),
      'help-me-choose': input.helpMeChoose ? 'yes' : 'no',
    }
    await tx
      .update(patientCase)
      .set({ answers: seal(found.key, answers), updatedAt: new Date() })
      .where(eq(patientCase.id, found.row.id))
    await appendAudit(tx, {
      actorUserId,
      action: 'case.offers-chosen',
      subjectType: 'case',
      subjectId: found.row.id,
      details: { offerIds: keep, helpMeChoose: input.helpMeChoose },
    })
    return ok({ chosen: keep.length })
  })
}

/** The evidence a patient must read before a warned or trial offer stays on their list. */
export async function evidenceFor(rt: Runtime, pairs: { treatmentId: string; conditionId: string }[]) {
  if (pairs.length === 0) return []
  return rt.database.db
    .select({
      treatmentId: evidence.treatmentId,
      conditionId: evidence.conditionId,
      standing: evidence.standing,
      summary: evidence.summary,
      lastReviewed: evidence.lastReviewed,
    })
    .from(evidence)
    .where(
      inArray(
        evidence.treatmentId,
        pairs.map((p) => p.treatmentId),
      ),
    )
}

export async function acknowledgeEvidence(
  rt: Runtime,
  actorUserId: string,
  found: MemberCase,
  offerIds: string[],
) {
  if (offerIds.length === 0) return
  await rt.database.db.transaction(async (tx) => {
    await tx
      .update(caseOffer)
      .set({ evidenceAcknowledgedAt: new Date() })
      .where(and(eq(caseOffer.caseId, found.row.id), inArray(caseOffer.offerId, offerIds)))
    await appendAudit(tx, {
      actorUserId,
      action: 'case.evidence-acknowledged',
      subjectType: 'case',
      subjectId: found.row.id,
      details: { offerIds },
    })
  })
}

/**
 * Evidence is shown where the decision is made: before a warned or trial
 * offer stays on the list, the patient reads its summary and says so.
 */
export async function offersToAcknowledge(rt: Runtime, caseId: string) {
  const chosen = (await chosenOffers(rt.database.db, caseId)).filter((c) => c.needsAcknowledgement)
  const found = await evidenceFor(rt, chosen)
  return chosen.map((c) => ({
    offerId: c.offerId,
    title: c.title,
    providerName: c.providerName,
    pathway: c.pathway,
    acknowledged: c.evidenceAcknowledgedAt !== null,
    warnings: c.verdict === 'listable-with-warnings' ? (c.verdictReasons as Reason[]) : [],
    evidence: found.find((e) => e.treatmentId === c.treatmentId && e.conditionId === c.conditionId) ?? null,
  }))
}
