import type { Verdict } from '../listing/types.ts'

// Evidence is shown where the decision is made: before an offer with
// warnings, or a trial, stays on a patient's list, they read its evidence
// summary and say so.
export type OfferForAcknowledgement = { verdict: Verdict | string; pathway: string }

export function needsEvidenceAcknowledgement(offer: OfferForAcknowledgement): boolean {
  return offer.verdict === 'listable-with-warnings' || offer.pathway === 'registered-trial'
}

/** The offers still to confirm, in their order, given the ones ticked. */
export function unconfirmedOffers<T extends { offerId: string }>(
  toRead: readonly T[],
  confirmed: readonly string[],
): T[] {
  return toRead.filter((o) => !confirmed.includes(o.offerId))
}

export function hasEvidenceToRead(
  chosen: readonly (OfferForAcknowledgement & { acknowledged: boolean })[],
): boolean {
  return chosen.some((c) => needsEvidenceAcknowledgement(c) && !c.acknowledged)
}
