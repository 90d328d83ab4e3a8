import { makeTranslator } from '../i18n/format-message.ts'
import { en } from '../i18n/messages/en.ts'
import { readableValues, reasonMessageKey } from './reason-text.ts'
import type { Reason, ReasonCode, ReasonValues, Severity, SourceRef } from './types.ts'

const english = makeTranslator('en', en)

/**
 * A reason the policy gives. Its words are the message `listing.reason.<code>`
 * (content/messages/<locale>/catalogue.json), which pages show in the reader's
 * language; the English is kept on the reason too, for policy:check, logs and
 * anyone reading a stored verdict.
 */
export function policyReason(reason: {
  code: ReasonCode
  severity: Severity
  basis: { ruleId?: string; source: SourceRef }
  values?: ReasonValues
  excerpt?: string
}): Reason {
  const values = reason.values ?? {}
  return {
    code: reason.code,
    severity: reason.severity,
    explanation: english(reasonMessageKey(reason.code), readableValues(values, 'en')),
    values,
    basis: reason.basis,
    ...(reason.excerpt === undefined ? {} : { excerpt: reason.excerpt }),
  }
}
