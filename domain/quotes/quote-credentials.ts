import { credentialsDueForReverification, type CredentialToReverify } from '../review/credential-expiry.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'

export type QuoteCredentialsRefusal = {
  code: 'quote.credentials-need-reverification'
  /** What the clinic must renew or have checked, named by kind and reference only. */
  credentials: { kind: CredentialToReverify['kind']; reference: string }[]
}

/**
 * A clinic sends a quote only while every credential a reviewer approved still
 * holds and was verified in the last 90 days (issue 16): the family is about to
 * pay on the strength of them.
 */
export function checkCredentialsForQuote(
  approved: readonly CredentialToReverify[],
  now: Date,
  today: CalendarDate,
): Result<null, QuoteCredentialsRefusal> {
  const due = credentialsDueForReverification(approved, now, today)
  if (due.length === 0) return ok(null)
  return err({
    code: 'quote.credentials-need-reverification',
    credentials: due.map((c) => ({ kind: c.kind, reference: c.reference })),
  })
}
