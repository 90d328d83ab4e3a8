import type { CaseStage } from '../cases/case-stages.ts'
import { responseDue } from '../cases/response-due.ts'
import type { ProviderId } from '../shared/ids.ts'
import { err, ok, type Result } from '../shared/result.ts'

// The coordinator routes a sent case to the providers the family chose. A
// referral carries exactly what the family consented to share, so a provider
// the family did not choose, or chose but did not consent to share with, is
// refused by name (issue 15). One referral per case and provider: a provider
// already sent the case is refused too, so a double submit sends nothing twice.

/** The clinic's answer is due this many working days after the case is sent to it (issue 15). */
export const CLINIC_ANSWER_WORKING_DAYS = 3

/** The case stages from which a case can be sent to clinics: sent by the family, not yet decided. */
export const sendableStages: readonly CaseStage[] = ['records-submitted', 'under-evaluation', 'plan-proposed']

export type SendReferralsRefusal =
  | { code: 'referral.none-chosen' }
  | { code: 'referral.case-not-sendable'; stage: CaseStage }
  | { code: 'referral.provider-not-chosen'; providerId: ProviderId }
  | { code: 'referral.provider-not-consented'; providerId: ProviderId }
  | { code: 'referral.already-sent'; providerId: ProviderId }

export type SendReferralsInput = {
  stage: CaseStage
  /** The providers the coordinator picked on the form. */
  requested: readonly ProviderId[]
  /** The providers of the offers the family chose. */
  chosen: readonly ProviderId[]
  /** The providers the family's consent is given to now. */
  consented: readonly ProviderId[]
  /** The providers the case was already sent to. */
  alreadySent: readonly ProviderId[]
}

/** Which providers get a new referral, and by when each clinic should answer; or why none do. */
export function decideSendReferrals(
  input: SendReferralsInput,
  now: Date,
  workingDays = CLINIC_ANSWER_WORKING_DAYS,
): Result<{ providerIds: ProviderId[]; answerDueAt: Date }, SendReferralsRefusal> {
  if (!sendableStages.includes(input.stage))
    return err({ code: 'referral.case-not-sendable', stage: input.stage })
  const requested = [...new Set(input.requested)]
  if (requested.length === 0) return err({ code: 'referral.none-chosen' })
  for (const providerId of requested) {
    if (!input.chosen.includes(providerId)) return err({ code: 'referral.provider-not-chosen', providerId })
    if (!input.consented.includes(providerId))
      return err({ code: 'referral.provider-not-consented', providerId })
    if (input.alreadySent.includes(providerId)) return err({ code: 'referral.already-sent', providerId })
  }
  return ok({ providerIds: requested, answerDueAt: responseDue(now, workingDays) })
}
