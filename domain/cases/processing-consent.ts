import { err, ok, type Result } from '../shared/result.ts'

// Consent to process health data: one explicit statement, versioned so we
// know what was agreed to. Without it nothing may be shared.
export const PROCESSING_CONSENT_VERSION = '2026-12-01'

export type ProcessingConsentRefusal = { code: 'consent.not-given' }

/** Consent is given only by ticking the box (never pre-ticked), and withdrawn the same way it was given: on request. */
export function decideProcessingConsent(answer: {
  withdraw: boolean
  agreed: boolean
}): Result<{ given: boolean }, ProcessingConsentRefusal> {
  if (answer.withdraw) return ok({ given: false })
  return answer.agreed ? ok({ given: true }) : err({ code: 'consent.not-given' })
}
