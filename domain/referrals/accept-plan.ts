import type { MemberRole } from '../cases/case-members.ts'
import type { ProviderId, QuoteId, ReferralId } from '../shared/ids.ts'
import { err, ok, type Result } from '../shared/result.ts'
import {
  decideReferral,
  referralRules,
  type ReferralDecision,
  type ReferralRefusal,
} from './decide-referral.ts'
import { finalReferralStatuses, type Referral, type ReferralActor } from './referral.ts'

// The family accepts one plan; every other referral of the case that is still
// open closes, so the other clinics are told and stop working on it (issue 15).
// The shell runs this under the case's lock with all of the case's referrals,
// so two tabs accepting two quotes at once end with exactly one acceptance.

/** The closing steps for every other open referral of the case, once `accepted` is accepted. */
export function closeOtherReferrals(
  referrals: readonly Referral[],
  acceptedId: ReferralId,
  now: Date,
): ReferralDecision[] {
  const closing: ReferralDecision[] = []
  for (const r of referrals) {
    if (r.id === acceptedId || finalReferralStatuses.includes(r.status)) continue
    const decided = decideReferral(
      r,
      { kind: 'system' },
      { type: 'close', acceptedReferralId: acceptedId },
      now,
    )
    // Every open status but "accepted" may close; an accepted sibling is refused before we get here.
    if (!decided.ok) throw new Error(`referral ${r.id} (${r.status}) cannot close: ${decided.error.code}`)
    closing.push(decided.value)
  }
  return closing
}

export type AcceptPlanDecision = { accepted: ReferralDecision; closed: ReferralDecision[] }

/** Accept one referral's plan among all of its case's referrals, closing the rest. */
export function acceptPlan(
  referrals: readonly Referral[],
  referralId: ReferralId,
  quoteId: QuoteId,
  actor: ReferralActor,
  now: Date,
): Result<AcceptPlanDecision, ReferralRefusal> {
  const target = referrals.find((r) => r.id === referralId)
  if (!target) return err({ code: 'referral.not-yours' })
  if (referrals.some((r) => r.caseId !== target.caseId))
    throw new Error('acceptPlan takes the referrals of one case')
  const already = referrals.find((r) => r.status === 'accepted' && r.id !== referralId)
  if (already) return err({ code: 'referral.other-accepted', acceptedReferralId: already.id })
  const accepted = decideReferral(target, actor, { type: 'accept', quoteId }, now)
  if (!accepted.ok) return accepted
  return ok({ accepted: accepted.value, closed: closeOtherReferrals(referrals, referralId, now) })
}

/** Accepting a plan without ticking the box that says the family read it and wants this clinic to go ahead. */
export type AcceptUnconfirmed = { code: 'quote.accept-not-confirmed'; field: string }

/** The box on the form that accepts this quote: one per quote, so the error sits on the right one. */
export const acceptConfirmFieldOf = (quoteId: string) => `confirm-${quoteId}`

/**
 * Accepting closes the case with every other clinic and cannot be undone, so
 * the family says so in as many words, as they do to sign a changed price.
 */
/** Whether the family can still accept or turn down this plan: it is proposed, and no plan of the case is accepted. */
export function planStillOpen(
  plan: { referralStatus: string },
  plans: readonly { acceptedAt: unknown }[],
): boolean {
  return plan.referralStatus === 'plan-proposed' && !plans.some((p) => p.acceptedAt !== null)
}

export function confirmAcceptance(quoteId: string, ticked: boolean): Result<null, AcceptUnconfirmed> {
  return ticked ? ok(null) : err({ code: 'quote.accept-not-confirmed', field: acceptConfirmFieldOf(quoteId) })
}

/** Accepting the plan of a clinic the family no longer shares the case with. */
export type AcceptWithoutConsent = { code: 'quote.consent-withdrawn' }

/**
 * A plan goes ahead only with a clinic that may read the case: after the
 * family withdraws consent for it, the clinic sees nothing of the case, so an
 * acceptance would leave a plan nobody can carry out. Consent first, then accept.
 */
export function consentStandsFor(
  providerId: ProviderId,
  sharedWith: readonly ProviderId[],
): Result<null, AcceptWithoutConsent> {
  return sharedWith.includes(providerId) ? ok(null) : err({ code: 'quote.consent-withdrawn' })
}

/** Whether this member of the case may accept or turn down a plan (the referral rules decide). */
export function mayAnswerPlans(role: MemberRole): boolean {
  return referralRules.accept.by.includes(role) && referralRules['decline-plan'].by.includes(role)
}
