import { asciiDigits } from '../shared/digits.ts'

// A clinic talks to a family through Waypoint (its questions go by the case,
// where the coordinator sees them): a question that carries an email address
// or a phone number would take the conversation, and the family's trust,
// outside it. Dates, times and registry numbers are not phone numbers: a run
// counts only from nine digits, more than a date (2025-03-12) has, and a run
// is cut where a slash or a spaced dash joins two things ("CTRI/2025/03/012345",
// "29/03/2027 - 09/04/2027", "09.00 - 12.30"), which a phone number never has.
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}/u
const PHONE_RUN = /\+?\d[\d\s().-]{6,}\d/gu
const BETWEEN_TWO = /\/|\s[-–]\s/u
const MIN_PHONE_DIGITS = 9

/** Whether free text holds an email address or a phone number, in any script's digits. */
export function holdsContactDetails(text: string): boolean {
  const plain = asciiDigits(text)
  if (EMAIL.test(plain)) return true
  for (const part of plain.split(BETWEEN_TWO))
    for (const run of part.match(PHONE_RUN) ?? [])
      if ((run.match(/\d/g) ?? []).length >= MIN_PHONE_DIGITS) return true
  return false
}
