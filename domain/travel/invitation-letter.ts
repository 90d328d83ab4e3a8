import { daysBetween, parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { normalisePassport, sameName, type Traveller } from './traveller.ts'
import type { VisaRules } from './visa-rules.ts'

// The treating clinic's invitation letter (issue 17). The hospital issues it
// and pre-validates it on the government portal; Waypoint never writes it.
// What Waypoint does is read back what the clinic says the letter carries
// and refuse it, field by field, unless it names every traveller exactly as
// their passport does and carries every field the destination's rules list:
// a letter missing an attendant gets that attendant's visa refused.

export const MAX_LETTER_TEXT = 300

export type LetterInput = {
  patientName: string
  patientPassport: string
  patientNationality: string
  /** In the order the letter lists them; empty rows are ignored. */
  attendants: { name: string; passport: string }[]
  treatment: string
  arrival: string
  departure: string
  treatingDoctor: string
  prevalidationReference: string
}

export type LetterFormField =
  | 'patientName'
  | 'patientPassport'
  | 'patientNationality'
  | `attendants.${number}.name`
  | `attendants.${number}.passport`
  | 'treatment'
  | 'arrival'
  | 'departure'
  | 'treatingDoctor'
  | 'prevalidationReference'

export type LetterProblem =
  | { code: 'letter.field-missing'; field: LetterFormField }
  | { code: 'letter.text-too-long'; field: LetterFormField; max: number }
  | { code: 'letter.name-differs'; field: LetterFormField }
  | { code: 'letter.passport-differs'; field: LetterFormField }
  | { code: 'letter.nationality-differs'; field: 'patientNationality' }
  | { code: 'letter.attendant-missing'; field: `attendants.${number}.name`; position: number }
  | { code: 'letter.attendant-unknown'; field: `attendants.${number}.name` }
  | { code: 'letter.date-invalid'; field: 'arrival' | 'departure' }
  | { code: 'letter.dates-reversed'; field: 'departure' }
  | { code: 'letter.arrival-past'; field: 'arrival' }
  | { code: 'letter.no-patient'; field: 'form' }

export type CheckedLetter = {
  patientName: string
  attendantNames: string[]
  treatment: string
  arrival: CalendarDate | null
  departure: CalendarDate | null
  treatingDoctor: string
  prevalidationReference: string
  /** Days from arrival to departure, when both are given. */
  stayDays: number | null
}

/**
 * Checks the letter against the case's travellers and the rules. Every
 * problem is reported at once, each on its field.
 */
export function checkInvitationLetter(
  input: LetterInput,
  travellers: readonly Traveller[],
  rules: VisaRules,
  /** The earliest date anywhere now: the letter's arrival is still to come. */
  today: CalendarDate,
): Result<CheckedLetter, LetterProblem[]> {
  const problems: LetterProblem[] = []
  const required = new Set(rules.letter.requiredFields)
  const patient = travellers.find((t) => t.role === 'patient')
  const attendants = travellers.filter((t) => t.role === 'attendant')
  if (!patient) problems.push({ code: 'letter.no-patient', field: 'form' })

  const textOf = (field: LetterFormField, value: string, needed: boolean): string => {
    const t = value.trim()
    if (t === '' && needed) problems.push({ code: 'letter.field-missing', field })
    else if ([...t].length > MAX_LETTER_TEXT)
      problems.push({ code: 'letter.text-too-long', field, max: MAX_LETTER_TEXT })
    return t
  }

  const patientName = textOf('patientName', input.patientName, required.has('patient-name'))
  if (patient && patientName !== '' && !sameName(patientName, patient.name))
    problems.push({ code: 'letter.name-differs', field: 'patientName' })
  const patientPassport = textOf('patientPassport', input.patientPassport, required.has('patient-passport'))
  if (patient && patientPassport !== '' && normalisePassport(patientPassport) !== patient.passportNumber)
    problems.push({ code: 'letter.passport-differs', field: 'patientPassport' })
  const nationality = textOf(
    'patientNationality',
    input.patientNationality,
    required.has('patient-nationality'),
  ).toUpperCase()
  if (patient && nationality !== '' && nationality !== patient.nationality)
    problems.push({ code: 'letter.nationality-differs', field: 'patientNationality' })

  // Every attendant on the case must be in the letter, with their passport;
  // nobody else may be.
  const listed = input.attendants
    .map((a, i) => ({ name: a.name.trim(), passport: normalisePassport(a.passport), i }))
    .filter((a) => a.name !== '' || a.passport !== '')
  const named = new Set<number>()
  if (required.has('attendants')) {
    for (const [position, attendant] of attendants.entries()) {
      const match = listed.find((a) => sameName(a.name, attendant.name))
      if (!match) {
        problems.push({
          code: 'letter.attendant-missing',
          field: `attendants.${position}.name`,
          position,
        })
        continue
      }
      named.add(match.i)
      if (match.passport !== attendant.passportNumber)
        problems.push({ code: 'letter.passport-differs', field: `attendants.${match.i}.passport` })
    }
    for (const a of listed)
      if (!named.has(a.i))
        problems.push({ code: 'letter.attendant-unknown', field: `attendants.${a.i}.name` })
  }

  const treatment = textOf('treatment', input.treatment, required.has('treatment'))
  const datesNeeded = required.has('expected-dates')
  const dateOf = (field: 'arrival' | 'departure', value: string): CalendarDate | null => {
    const t = value.trim()
    if (t === '') {
      if (datesNeeded) problems.push({ code: 'letter.field-missing', field })
      return null
    }
    const d = parseCalendarDate(t)
    if (!d) problems.push({ code: 'letter.date-invalid', field })
    return d
  }
  const arrival = dateOf('arrival', input.arrival)
  const departure = dateOf('departure', input.departure)
  if (arrival && arrival < today) problems.push({ code: 'letter.arrival-past', field: 'arrival' })
  if (arrival && departure && daysBetween(arrival, departure) < 0)
    problems.push({ code: 'letter.dates-reversed', field: 'departure' })
  const treatingDoctor = textOf('treatingDoctor', input.treatingDoctor, required.has('treating-doctor'))
  const prevalidationReference = textOf(
    'prevalidationReference',
    input.prevalidationReference,
    required.has('prevalidation-reference'),
  )
  if (problems.length > 0) return err(problems)
  return ok({
    patientName,
    attendantNames: attendants.map((a) => a.name),
    treatment,
    arrival,
    departure,
    treatingDoctor,
    prevalidationReference,
    stayDays: arrival && departure ? daysBetween(arrival, departure) : null,
  })
}
