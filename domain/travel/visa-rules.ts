import { parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'

// A destination's visa rules as reviewed data (content/rules/visa/*.json,
// ADR 0061): how long the medical visa lasts and from when, how many
// attendants may go with the patient, who issues the invitation letter and
// what it must carry. Read from a file, so checked here field by field; a
// file that does not read as rules is a content bug, reported whole.

/** What an invitation letter carries, as the rules name it. */
export const letterFields = [
  'patient-name',
  'patient-passport',
  'patient-nationality',
  'attendants',
  'treatment',
  'expected-dates',
  'treating-doctor',
  'prevalidation-reference',
] as const
export type LetterField = (typeof letterFields)[number]

/** What the family gathers for the application. */
export const visaDocuments = [
  'passport-bio-page',
  'photo',
  'passport-six-months',
  'return-ticket',
  'invitation-letter',
] as const
export type VisaDocument = (typeof visaDocuments)[number]

export type VisaRules = {
  id: string
  countryCode: string
  visa: { name: string; validityDays: number; validFrom: 'arrival'; entries: number; extendable: boolean }
  attendants: { name: string; max: number }
  letter: { issuedBy: 'hospital'; prevalidation: string; requiredFields: LetterField[] }
  documents: VisaDocument[]
  summary: string
  sourceIds: string[]
  reviewDate: CalendarDate
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0
const whole = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
const listOf = <T extends string>(v: unknown, allowed: readonly T[]): v is T[] =>
  Array.isArray(v) &&
  v.every((x) => (allowed as readonly unknown[]).includes(x)) &&
  new Set(v).size === v.length

/** The rules in a parsed JSON file, or every problem found in it. */
export function parseVisaRules(raw: unknown): Result<VisaRules, string[]> {
  const problems: string[] = []
  const need = (good: boolean, what: string) => void (good || problems.push(what))
  if (!isRecord(raw)) return err(['not an object'])
  const visa = isRecord(raw.visa) ? raw.visa : {}
  const attendants = isRecord(raw.attendants) ? raw.attendants : {}
  const letter = isRecord(raw.letter) ? raw.letter : {}
  need(typeof raw.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw.id), 'id: lower-case words')
  need(typeof raw.countryCode === 'string' && /^[A-Z]{2}$/.test(raw.countryCode), 'countryCode: two capitals')
  need(text(visa.name), 'visa.name: required')
  need(whole(visa.validityDays, 1, 3650), 'visa.validityDays: whole days')
  need(visa.validFrom === 'arrival', 'visa.validFrom: "arrival"')
  need(whole(visa.entries, 1, 10), 'visa.entries: a small whole number')
  need(typeof visa.extendable === 'boolean', 'visa.extendable: true or false')
  need(text(attendants.name), 'attendants.name: required')
  need(whole(attendants.max, 0, 10), 'attendants.max: a small whole number')
  need(letter.issuedBy === 'hospital', 'letter.issuedBy: "hospital"')
  need(text(letter.prevalidation), 'letter.prevalidation: required')
  need(
    listOf(letter.requiredFields, letterFields) && letter.requiredFields.length > 0,
    'letter.requiredFields: known fields, each once',
  )
  need(listOf(raw.documents, visaDocuments), 'documents: known documents, each once')
  need(text(raw.summary), 'summary: required')
  need(
    Array.isArray(raw.sourceIds) && raw.sourceIds.length > 0 && raw.sourceIds.every(text),
    'sourceIds: at least one',
  )
  const reviewDate = parseCalendarDate(raw.reviewDate)
  need(reviewDate !== null, 'reviewDate: a date')
  if (problems.length > 0) return err(problems)
  return ok(raw as unknown as VisaRules)
}

/** Whether the rules are past their review date on this day: shown to staff, never silently trusted. */
export function rulesReviewOverdue(rules: VisaRules, today: CalendarDate): boolean {
  return today > rules.reviewDate
}
