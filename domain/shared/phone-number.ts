import { asciiDigits } from './digits.ts'

// International format: an optional +, then digits with spaces, dots, dashes
// or brackets between them, 6 to 15 digits in all (ITU-T E.164 allows 15).
// A leading bracket may hold the country code ("(+962) 79-123-4567"), and the
// digits may be typed on an Arabic keyboard. Whether the number rings is for
// a person to find out, not a pattern.
const phoneShape = /^\(?\+?[0-9][0-9 ().-]*$/

/** The number as typed, with any script's digits as 0–9, so that anyone can dial it. */
export function dialableNumber(text: string): string {
  return asciiDigits(text.trim())
}

/** Whether `text` reads as a phone number someone could dial. */
export function isPhoneNumber(text: string): boolean {
  const number = dialableNumber(text)
  const digits = number.replace(/\D/g, '').length
  return phoneShape.test(number) && digits >= 6 && digits <= 15
}

/**
 * Whether `text` is a number someone in another country could dial: with its
 * country code, after "+" or "00". A family is written to from abroad.
 */
export function isInternationalNumber(text: string): boolean {
  return isPhoneNumber(text) && /^\(?(\+|00)/.test(dialableNumber(text))
}
