// International format: an optional +, then digits with spaces, dots, dashes
// or brackets between them, 6 to 15 digits in all (ITU-T E.164 allows 15).
// Whether the number rings is for a person to find out, not a pattern.
const phoneShape = /^\+?[0-9][0-9 ().-]*$/

/** Whether `text` reads as a phone number someone could dial. */
export function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length
  return phoneShape.test(text) && digits >= 6 && digits <= 15
}
