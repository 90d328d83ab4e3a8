import { offerLabel } from '#domain/listing/offer-label.ts'
import { hasEvidenceToRead, unconfirmedOffers } from '#domain/cases/evidence-acknowledgement.ts'
import { viewerCurrency } from '#domain/cases/viewer-currency.ts'
import { decideOfferChoice, type OfferChoiceRefusal } from '#domain/cases/offer-choice.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { lockAnswers, saveAnswers } from '../../stores/case-store.ts'
import {
  acknowledgeEvidence as saveAcknowledgement,
  evidenceFor,
  exchangeRateOf,
  offersToChooseFrom as publicOffersFor,
  publicOfferIds,
  replaceChosenOffers,
} from '../../stores/offer-choice-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { unsealAnswers, type CaseContext } from '../../cases/case-context.ts'
import { readChosenOffers } from '../../cases/case-reads.ts'
import { seal } from '../../cases/case-vault.ts'

/** Offers a patient can choose from: public ones for their condition, in the countries they named, and those already chosen. */
export async function offersToChooseFrom(deps: CaseDeps, ctx: CaseContext) {
  const answers = ctx.answers()
  const countries = Array.isArray(answers['countries-of-interest'])
    ? answers['countries-of-interest'].filter((c) => c !== 'any')
    : []
  const currency = viewerCurrency(answers['budget'])
  const [offers, chosen, rate] = await Promise.all([
    publicOffersFor(deps.db, { conditionSlug: answers['condition'] === 'als' ? 'als' : null, countries }),
    readChosenOffers(deps.db, ctx.row.id as CaseId),
    exchangeRateOf(deps.db, currency),
  ])
  // Chosen offers stay visible even when the country filter would hide them.
  const extra = chosen.filter((c) => !offers.some((o) => o.id === c.offerId))
  return {
    offers: [
      ...offers.map((o) => ({ ...o, offerId: o.id, label: offerLabel(o.pathway, o.evidenceStanding) })),
      ...extra.map((c) => ({
        id: c.offerId,
        offerId: c.offerId,
        title: c.title,
        pathway: c.pathway,
        label: offerLabel(c.pathway, c.evidenceStanding),
        verdict: c.verdict,
        treatmentName: c.treatmentName,
        providerName: c.providerName,
        providerSlug: c.providerSlug,
        providerCity: c.providerCity,
        providerCountry: c.providerCountry,
        providerIsDemo: c.providerIsDemo,
        priceMinMinor: c.priceMinMinor,
        priceMaxMinor: c.priceMaxMinor,
        currency: c.currency,
        priceMinUsdCents: c.priceMinUsdCents,
        priceMaxUsdCents: c.priceMaxUsdCents,
        lengthOfStayDays: c.lengthOfStayDays,
      })),
    ],
    /** The family's currency and its rate, to show each price alongside; null without a rate. */
    viewer: rate,
    chosen: chosen.map((c) => c.offerId),
    helpMeChoose: answers['help-me-choose'] === 'yes',
  }
}

/** Replaces the chosen offers (up to five, public ones only), or records "help me choose". */
export async function chooseOffers(
  deps: CaseDeps,
  ctx: CaseContext,
  input: { offerIds: string[]; helpMeChoose: boolean },
): Promise<Result<{ evidenceToRead: boolean }, OfferChoiceRefusal>> {
  const caseId = ctx.row.id as CaseId
  const decided = await deps.db.transaction(async (tx) => {
    const decision = decideOfferChoice(input, await publicOfferIds(tx, input.offerIds))
    if (!decision.ok) return decision
    const { keep, helpMeChoose } = decision.value
    await replaceChosenOffers(tx, caseId, keep)
    const answers = {
      ...unsealAnswers(ctx.key, await lockAnswers(tx, caseId)),
      'help-me-choose': helpMeChoose ? 'yes' : 'no',
    }
    await saveAnswers(tx, caseId, seal(ctx.key, answers), deps.clock.now())
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case.offers-chosen',
      subjectType: 'case',
      subjectId: caseId,
      details: { offerIds: keep, helpMeChoose },
    })
    return decision
  })
  if (!decided.ok) return err(decided.error)
  return ok({ evidenceToRead: hasEvidenceToRead(await readChosenOffers(deps.db, caseId)) })
}

/** The chosen offers whose evidence the patient must read, with that evidence. */
export async function evidenceToRead(deps: CaseDeps, ctx: CaseContext) {
  const chosen = (await readChosenOffers(deps.db, ctx.row.id as CaseId)).filter((c) => c.needsAcknowledgement)
  const evidence = await evidenceFor(
    deps.db,
    chosen.map((c) => c.treatmentId),
  )
  return chosen.map((c) => ({
    offerId: c.offerId,
    title: c.title,
    providerName: c.providerName,
    pathway: c.pathway,
    acknowledged: c.acknowledged,
    warnings: c.warnings,
    evidence:
      evidence.find((e) => e.treatmentId === c.treatmentId && e.conditionId === c.conditionId) ?? null,
  }))
}

export type EvidenceRefusal = { code: 'evidence.not-confirmed'; field: string }

/** The patient confirms having read the evidence of every such offer; each one missing is refused on its own box. */
export async function acknowledgeEvidence(
  deps: CaseDeps,
  ctx: CaseContext,
  confirmed: readonly string[],
): Promise<Result<null, EvidenceRefusal[]>> {
  const caseId = ctx.row.id as CaseId
  const toRead = (await readChosenOffers(deps.db, caseId)).filter((c) => c.needsAcknowledgement)
  const missing = unconfirmedOffers(toRead, confirmed)
  if (missing.length > 0)
    return err(missing.map((m) => ({ code: 'evidence.not-confirmed' as const, field: `read-${m.offerId}` })))
  if (toRead.length === 0) return ok(null)
  const offerIds = toRead.map((o) => o.offerId)
  await deps.db.transaction(async (tx) => {
    await saveAcknowledgement(tx, caseId, offerIds, deps.clock.now())
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case.evidence-acknowledged',
      subjectType: 'case',
      subjectId: caseId,
      details: { offerIds },
    })
  })
  return ok(null)
}
