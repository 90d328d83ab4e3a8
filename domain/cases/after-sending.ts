import { finalReferralStatuses, type ReferralStatus } from '../referrals/referral.ts'
import type { ShareStatus } from './case-consent.ts'
import { finalStages, type CaseStage } from './case-stages.ts'
import { responseDue } from './response-due.ts'

// What a family sees on its case once it is sent: each chosen provider with
// where it stands, and what happens next and by when. Providers hear of a
// case only through its coordinator and see only what the family shared, so
// a provider's status follows from the case's stage and from the consent.

export type ProviderProgress =
  /** The family chose not to share: the provider sees nothing. */
  | 'not-shared'
  /** The family shared, then withdrew that consent: the provider sees nothing any more. */
  | 'consent-withdrawn'
  /** Sent: the coordinator checks the case before passing it on. */
  | 'with-coordinator'
  /** The coordinator has passed the case on, but not to this provider (yet): it sees nothing. */
  | 'not-sent'
  /** The provider is looking at what the family shared. */
  | 'reviewing'
  /** A plan is being made or followed; the coordinator tells the family in messages. */
  | 'in-touch'
  /** The case has ended (closed, withdrawn, not eligible). */
  | 'ended'

/**
 * Where a chosen provider stands. `sentTo`: the coordinator sent this
 * provider the case (it has a referral). Once the case is past the
 * coordinator's check, a provider chosen but never sent the case must not
 * read as if it had it.
 */
export function providerProgress(
  stage: CaseStage,
  share: ShareStatus | null,
  sentTo: boolean,
): ProviderProgress {
  if (finalStages.includes(stage)) return 'ended'
  if (share === 'withdrawn') return 'consent-withdrawn'
  if (share !== 'given') return 'not-shared'
  if (stage === 'inquiry' || stage === 'records-submitted') return 'with-coordinator'
  if (!sentTo) return 'not-sent'
  if (stage === 'under-evaluation') return 'reviewing'
  return 'in-touch'
}

export type NextStep =
  /** The coordinator's first reply is due by this date (the receipt email's promise). */
  | { code: 'first-reply'; due: Date }
  /** Later stages: what the stage means, said by the page, and the page to go to next, if any. */
  | { code: 'stage'; stage: CaseStage; go?: 'travel' }
  /** The clinic sent a changed plan and price: nothing goes on until the family answers it. */
  | { code: 'plan-change' }
  /** Every clinic the case went to has ended its referral, none with a plan to accept: the coordinator's move. */
  | { code: 'clinics-ended' }

/**
 * Whether the case went to clinics and every one of them has ended its
 * referral (declined, not eligible, a plan declined or lapsed): nothing is
 * waiting on anyone but the coordinator, who talks the family through what
 * is left (other providers, or ending the case).
 */
export function everyReferralEnded(statuses: readonly ReferralStatus[]): boolean {
  return statuses.length > 0 && statuses.every((s) => finalReferralStatuses.includes(s) && s !== 'closed')
}

/** What happens next on a sent case, and when, from the same rule as the receipt email. */
export function nextStepAfterSending(
  stage: CaseStage,
  submittedAt: Date | null,
  planChangeWaiting = false,
  referrals: readonly ReferralStatus[] = [],
): NextStep {
  if (stage === 'records-submitted' && submittedAt)
    return { code: 'first-reply', due: responseDue(submittedAt) }
  // "The providers are looking at it" would be untrue once all of them have answered no.
  if ((stage === 'under-evaluation' || stage === 'plan-proposed') && everyReferralEnded(referrals))
    return { code: 'clinics-ended' }
  // A changed price holds the sessions back (ADR 0069): the family's answer comes before the stage's story.
  if (planChangeWaiting && !finalStages.includes(stage)) return { code: 'plan-change' }
  // After accepting a plan, the family's own next task: who is travelling, for the visa letter.
  if (stage === 'plan-accepted') return { code: 'stage', stage, go: 'travel' }
  return { code: 'stage', stage }
}
