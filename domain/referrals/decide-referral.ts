import { clinicRoles, type ClinicRole } from '../clinics/clinic-roles.ts'
import { calendarDateIn, type CalendarDate } from '../shared/calendar-date.ts'
import type { ReferralId } from '../shared/ids.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { holdsContactDetails } from './contact-details.ts'
import {
  finalReferralStatuses,
  referralStatuses,
  type Referral,
  type ReferralActor,
  type ReferralCommand,
  type ReferralCommandType,
  type ReferralEvent,
  type ReferralStatus,
} from './referral.ts'

// Who may move a referral, from where, to where: decided here and nowhere
// else (the shell loads, calls decideReferral, saves the next state guarded by
// the status it was decided from, and records the events).

/** The part an actor plays: a clinic member by their role in the clinic. */
export type ReferralRole = 'coordinator' | 'patient' | 'representative' | 'caregiver' | 'system' | ClinicRole

export function roleOf(actor: ReferralActor): ReferralRole {
  return actor.kind === 'clinic-member' ? actor.role : actor.kind
}

type Rule = { from: readonly ReferralStatus[]; to: ReferralStatus; by: readonly ReferralRole[] }

const family = ['patient', 'representative', 'caregiver'] as const
// A plan commits the patient to treatment and its cost: the patient, or the
// person acting for them, answers it; a caregiver helping them does not.
const decidesForPatient = ['patient', 'representative'] as const
// Clinical work is the desk's and the doctor's; the administrator manages members.
const evaluators = ['international-desk', 'treating-doctor'] as const
const beforeAnswer: readonly ReferralStatus[] = [
  'sent',
  'opened',
  'evaluating',
  'information-requested',
  'information-provided',
]
const open = referralStatuses.filter((s) => !finalReferralStatuses.includes(s))

export const referralRules: Record<ReferralCommandType, Rule> = {
  open: { from: ['sent'], to: 'opened', by: clinicRoles },
  'start-evaluation': { from: ['opened'], to: 'evaluating', by: evaluators },
  // The question reaches the family through the coordinator, who may relay the answer.
  'request-information': {
    from: ['evaluating', 'information-provided'],
    to: 'information-requested',
    by: evaluators,
  },
  'provide-information': {
    from: ['information-requested'],
    to: 'information-provided',
    by: ['coordinator', ...family],
  },
  // The plan is signed by a treating doctor; a new quote before acceptance replaces the old one.
  'propose-plan': {
    from: ['evaluating', 'information-provided', 'plan-proposed'],
    to: 'plan-proposed',
    by: ['treating-doctor'],
  },
  'declare-not-eligible': {
    from: ['evaluating', 'information-requested', 'information-provided'],
    to: 'not-eligible',
    by: ['treating-doctor'],
  },
  decline: { from: beforeAnswer, to: 'declined-by-clinic', by: clinicRoles },
  // Only the family accepts or turns down a plan: nobody accepts a price for them.
  accept: { from: ['plan-proposed'], to: 'accepted', by: decidesForPatient },
  'decline-plan': { from: ['plan-proposed'], to: 'declined-by-patient', by: decidesForPatient },
  expire: { from: ['plan-proposed'], to: 'expired', by: ['system'] },
  withdraw: { from: open, to: 'withdrawn', by: ['coordinator', ...family] },
  // Only as the consequence of accepting another plan (closeOtherReferrals).
  close: { from: open.filter((s) => s !== 'accepted'), to: 'closed', by: ['system'] },
}

/** The longest question, answer or explanation, in characters. */
export const MAX_REFERRAL_TEXT = 4000

export type ReferralRefusal =
  | { code: 'referral.not-yours' }
  | { code: 'referral.final'; status: ReferralStatus }
  | { code: 'referral.not-allowed'; role: ReferralRole; command: ReferralCommandType }
  | { code: 'referral.wrong-state'; status: ReferralStatus; command: ReferralCommandType }
  | { code: 'referral.question-missing' }
  | { code: 'referral.contact-details' }
  | { code: 'referral.answer-contact-details' }
  | { code: 'referral.explanation-contact-details' }
  | { code: 'referral.answer-missing' }
  | { code: 'referral.explanation-missing' }
  | { code: 'referral.decline-explanation-missing' }
  | { code: 'referral.text-too-long'; max: number }
  | { code: 'referral.quote-expired'; validUntil: CalendarDate }
  | { code: 'referral.quote-changed' }
  | { code: 'referral.quote-still-valid'; validUntil: CalendarDate }
  | { code: 'referral.other-accepted'; acceptedReferralId: ReferralId }

export type ReferralDecision = { next: Referral; events: ReferralEvent[] }

type Missing = 'referral.question-missing' | 'referral.answer-missing' | 'referral.explanation-missing'

function checkText(text: string, missing: Missing): ReferralRefusal | null {
  const t = text.trim()
  if (t === '') return { code: missing }
  if ([...t].length > MAX_REFERRAL_TEXT) return { code: 'referral.text-too-long', max: MAX_REFERRAL_TEXT }
  return null
}

/** A proposed or accepted plan always carries its quote; one without is a bug in the shell, not a refusal. */
function quoteOf(referral: Referral) {
  if (!referral.quote) throw new Error(`referral ${referral.id} is ${referral.status} without a quote`)
  return referral.quote
}

/** Has the last day of the quote's validity ended where the clinic is? */
function lapsed(quote: { validUntil: CalendarDate; timeZone: string }, now: Date): boolean {
  return calendarDateIn(now, quote.timeZone) > quote.validUntil
}

/**
 * One step of a referral's life: who acts, what they ask for, at what time.
 * Refusals come in a fixed order: another clinic's referral (the shell answers
 * 404 and says nothing more), a closed referral, a role that may not, a step
 * the status does not allow, then what the step itself needs.
 */
export function decideReferral(
  referral: Referral,
  actor: ReferralActor,
  command: ReferralCommand,
  now: Date,
): Result<ReferralDecision, ReferralRefusal> {
  if (actor.kind === 'clinic-member' && actor.providerId !== referral.providerId)
    return err({ code: 'referral.not-yours' })
  const from = referral.status
  if (finalReferralStatuses.includes(from)) return err({ code: 'referral.final', status: from })
  const rule = referralRules[command.type]
  const role = roleOf(actor)
  if (!rule.by.includes(role)) return err({ code: 'referral.not-allowed', role, command: command.type })
  if (!rule.from.includes(from))
    return err({ code: 'referral.wrong-state', status: from, command: command.type })

  const base = {
    referralId: referral.id,
    caseId: referral.caseId,
    providerId: referral.providerId,
    from,
    to: rule.to,
    by: actor,
    at: now,
  }
  const next: Referral = { ...referral, status: rule.to }
  const done = (event: ReferralEvent, changed: Referral = next) => ok({ next: changed, events: [event] })

  switch (command.type) {
    case 'open':
      return done({ ...base, type: 'referral.opened' })
    case 'start-evaluation':
      return done({ ...base, type: 'referral.evaluation-started' })
    case 'request-information': {
      const refused = checkText(command.question, 'referral.question-missing')
      if (refused) return err(refused)
      if (holdsContactDetails(command.question)) return err({ code: 'referral.contact-details' })
      return done({ ...base, type: 'referral.information-requested', question: command.question.trim() })
    }
    case 'provide-information': {
      const refused = checkText(command.answer, 'referral.answer-missing')
      if (refused) return err(refused)
      // The family's contact details are never shared with a clinic, not even by their own hand here.
      if (holdsContactDetails(command.answer)) return err({ code: 'referral.answer-contact-details' })
      return done({ ...base, type: 'referral.information-provided', answer: command.answer.trim() })
    }
    case 'propose-plan': {
      if (lapsed(command.quote, now))
        return err({ code: 'referral.quote-expired', validUntil: command.quote.validUntil })
      return done(
        {
          ...base,
          type: 'referral.plan-proposed',
          quoteId: command.quote.id,
          replacesQuoteId: referral.quote?.id ?? null,
        },
        { ...next, quote: command.quote },
      )
    }
    case 'declare-not-eligible': {
      const refused = checkText(command.explanation, 'referral.explanation-missing')
      if (refused) return err(refused)
      // The family reads it: a clinic's number or address in it would take the conversation outside Waypoint.
      if (holdsContactDetails(command.explanation))
        return err({ code: 'referral.explanation-contact-details' })
      return done({
        ...base,
        type: 'referral.found-not-eligible',
        reason: command.reason,
        explanation: command.explanation.trim(),
      })
    }
    case 'decline': {
      const explanation = (command.explanation ?? '').trim()
      // "Another reason" alone tells the coordinator nothing: it is explained.
      if (command.reason === 'other' && explanation === '')
        return err({ code: 'referral.decline-explanation-missing' })
      if (explanation.length > MAX_REFERRAL_TEXT)
        return err({ code: 'referral.text-too-long', max: MAX_REFERRAL_TEXT })
      if (holdsContactDetails(explanation)) return err({ code: 'referral.explanation-contact-details' })
      return done({
        ...base,
        type: 'referral.declined-by-clinic',
        reason: command.reason,
        ...(explanation ? { explanation } : {}),
      })
    }
    case 'accept': {
      const quote = quoteOf(referral)
      // The family accepts the quote they were shown: if the clinic has since replaced it, they must see the new one.
      if (quote.id !== command.quoteId) return err({ code: 'referral.quote-changed' })
      if (lapsed(quote, now)) return err({ code: 'referral.quote-expired', validUntil: quote.validUntil })
      return done({ ...base, type: 'referral.accepted', quoteId: quote.id })
    }
    case 'decline-plan':
      return done({ ...base, type: 'referral.declined-by-patient' })
    case 'expire': {
      const quote = quoteOf(referral)
      if (!lapsed(quote, now))
        return err({ code: 'referral.quote-still-valid', validUntil: quote.validUntil })
      return done({ ...base, type: 'referral.expired', quoteId: quote.id })
    }
    case 'withdraw':
      return done({ ...base, type: 'referral.withdrawn', reason: command.reason })
    case 'close':
      return done({ ...base, type: 'referral.closed', acceptedReferralId: command.acceptedReferralId })
  }
}

/** What this actor may do next with this referral (buttons, inbox filters); payload checks aside. */
export function availableReferralCommands(referral: Referral, actor: ReferralActor): ReferralCommandType[] {
  if (actor.kind === 'clinic-member' && actor.providerId !== referral.providerId) return []
  if (finalReferralStatuses.includes(referral.status)) return []
  const role = roleOf(actor)
  return (Object.keys(referralRules) as ReferralCommandType[]).filter((c) => {
    const rule = referralRules[c]
    return rule.by.includes(role) && rule.from.includes(referral.status)
  })
}
