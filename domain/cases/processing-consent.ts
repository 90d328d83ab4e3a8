import { mayManageMembers, type MemberRole } from './case-members.ts'
import { err, ok, type Result } from '../shared/result.ts'

// Consent to process health data: one explicit statement, versioned so we
// know what was agreed to. Without it nothing may be shared.
export const PROCESSING_CONSENT_VERSION = '2026-12-01'

export type ProcessingConsentRefusal =
  | { code: 'consent.not-given' }
  | { code: 'consent.withdraw-not-confirmed'; field: 'confirm-withdraw' }
  | { code: 'consent.not-yours' }

/**
 * Consent, and what is shared with whom, is the patient's to give or withdraw,
 * or their representative's: a caregiver helps with the case on the patient's
 * behalf but does not decide who may see their health data (as they do not
 * decide who else may help).
 */
export function mayDecideConsent(role: MemberRole): boolean {
  return mayManageMembers(role)
}

/**
 * Consent is given only by ticking the box (never pre-ticked). Withdrawing it
 * ends every clinic's access at once, so that too is said in a ticked box.
 */
export function decideProcessingConsent(answer: {
  role: MemberRole
  withdraw: boolean
  agreed: boolean
  confirmedWithdrawal: boolean
}): Result<{ given: boolean }, ProcessingConsentRefusal> {
  if (!mayDecideConsent(answer.role)) return err({ code: 'consent.not-yours' })
  if (answer.withdraw)
    return answer.confirmedWithdrawal
      ? ok({ given: false })
      : err({ code: 'consent.withdraw-not-confirmed', field: 'confirm-withdraw' })
  return answer.agreed ? ok({ given: true }) : err({ code: 'consent.not-given' })
}
