import type { ClinicRole } from '../clinics/clinic-roles.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import type { CaseId, ProviderId, QuoteId, ReferralId } from '../shared/ids.ts'

// A case goes to several clinics at once and each answers on its own, so each
// referral (the case sent to one clinic, with the scope the patient consented
// to) has its own life beside the case's (issue 15, ADR 0042):
//
//   sent → opened → evaluating → information-requested ⇄ information-provided
//   evaluating | information-provided → plan-proposed (eligible, with a plan and a quote)
//   evaluating | information-requested | information-provided → not-eligible (with a reason)
//   sent … information-provided → declined-by-clinic
//   plan-proposed → accepted | declined-by-patient | expired (the quote's validity ran out)
//   any open state → withdrawn (by the family or the coordinator)
//                  | closed (the family accepted another clinic's plan)
export const referralStatuses = [
  'sent',
  'opened',
  'evaluating',
  'information-requested',
  'information-provided',
  'plan-proposed',
  'not-eligible',
  'declined-by-clinic',
  'accepted',
  'declined-by-patient',
  'expired',
  'withdrawn',
  'closed',
] as const
export type ReferralStatus = (typeof referralStatuses)[number]

/** Nothing more happens to a referral in one of these. An accepted one can still be withdrawn. */
export const finalReferralStatuses: readonly ReferralStatus[] = [
  'not-eligible',
  'declined-by-clinic',
  'declined-by-patient',
  'expired',
  'withdrawn',
  'closed',
]

export const notEligibleReasons = [
  'does-not-meet-criteria',
  'condition-too-advanced',
  'treatment-not-suitable',
  'other',
] as const
export type NotEligibleReason = (typeof notEligibleReasons)[number]

export const clinicDeclineReasons = ['no-capacity', 'outside-scope', 'other'] as const
export type ClinicDeclineReason = (typeof clinicDeclineReasons)[number]

export const withdrawReasons = ['case-withdrawn', 'consent-withdrawn', 'coordinator-decision'] as const
export type WithdrawReason = (typeof withdrawReasons)[number]

/** The quote a proposed plan carries: which one, and the last day its price holds where the clinic is. */
export type ReferralQuote = { id: QuoteId; validUntil: CalendarDate; timeZone: string }

/** What the rules need to know of a referral. */
export type Referral = {
  id: ReferralId
  caseId: CaseId
  providerId: ProviderId
  status: ReferralStatus
  /** The quote out with the plan: set by propose-plan, kept once accepted (then frozen). */
  quote: ReferralQuote | null
}

/** Who acts. A clinic member acts only on their own clinic's referrals, within their role. */
export type ReferralActor =
  | { kind: 'coordinator' }
  | { kind: 'clinic-member'; providerId: ProviderId; role: ClinicRole }
  | { kind: 'patient' }
  // Acts for the patient (opened the case for them): their steps are the patient's, named as theirs.
  | { kind: 'representative' }
  | { kind: 'caregiver' }
  | { kind: 'system' }

export type ReferralCommand =
  | { type: 'open' }
  | { type: 'start-evaluation' }
  | { type: 'request-information'; question: string }
  | { type: 'provide-information'; answer: string }
  | { type: 'propose-plan'; quote: ReferralQuote }
  | { type: 'declare-not-eligible'; reason: NotEligibleReason; explanation: string }
  /** The explanation is for the coordinator; it is required for "another reason", which says nothing alone. */
  | { type: 'decline'; reason: ClinicDeclineReason; explanation?: string }
  | { type: 'accept'; quoteId: QuoteId }
  | { type: 'decline-plan' }
  | { type: 'expire' }
  | { type: 'withdraw'; reason: WithdrawReason }
  | { type: 'close'; acceptedReferralId: ReferralId }
export type ReferralCommandType = ReferralCommand['type']

type EventBase = {
  referralId: ReferralId
  caseId: CaseId
  providerId: ProviderId
  from: ReferralStatus
  to: ReferralStatus
  by: ReferralActor
  at: Date
}

/**
 * What happened, past tense, for the audit log and the notifications. The
 * question and answer texts are health data: the shell seals them into the
 * case conversation and audits the event without them.
 */
export type ReferralEvent = EventBase &
  (
    | { type: 'referral.opened' }
    | { type: 'referral.evaluation-started' }
    | { type: 'referral.information-requested'; question: string }
    | { type: 'referral.information-provided'; answer: string }
    | { type: 'referral.plan-proposed'; quoteId: QuoteId; replacesQuoteId: QuoteId | null }
    | { type: 'referral.found-not-eligible'; reason: NotEligibleReason; explanation: string }
    | { type: 'referral.declined-by-clinic'; reason: ClinicDeclineReason; explanation?: string }
    | { type: 'referral.accepted'; quoteId: QuoteId }
    | { type: 'referral.declined-by-patient' }
    | { type: 'referral.expired'; quoteId: QuoteId }
    | { type: 'referral.withdrawn'; reason: WithdrawReason }
    | { type: 'referral.closed'; acceptedReferralId: ReferralId }
  )
