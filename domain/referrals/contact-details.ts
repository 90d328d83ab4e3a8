import { asciiDigits } from '../shared/digits.ts'

// A clinic talks to a family through Waypoint (its questions go by the case,
// where the coordinator sees them): a question that carries an email address
// or a phone number would take the conversation, and the family's trust,
// outside it. Dates and measurements are not phone numbers: a run counts only
// from nine digits, more than a date (2025-03-12) has.
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}/u
const PHONE_RUN = /\+?\d[\d\s().\-/]{6,}\d/gu
const MIN_PHONE_DIGITS = 9

/** Whether free text holds an email address or a phone number, in any script's digits. */
export function holdsContactDetails(text: string): boolean {
  const plain = asciiDigits(text)
  if (EMAIL.test(plain)) return true
  for (const run of plain.match(PHONE_RUN) ?? [])
    if ((run.match(/\d/g) ?? []).length >= MIN_PHONE_DIGITS) return true
  return false
}
