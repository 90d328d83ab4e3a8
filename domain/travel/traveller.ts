import { daysBetween, parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { countryCodes } from '../intake/select-options.ts'

// Who travels for treatment (issue 17): the patient and up to the number of
// attendants the destination's rules allow. Passport details are health-trip
// data of the most sensitive sort: checked here, sealed with the case key by
// the shell, and shown only masked.

export const travellerRoles = ['patient', 'attendant'] as const
export type TravellerRole = (typeof travellerRoles)[number]

export const MAX_TRAVELLER_NAME = 100

export type TravellerInput = {
  role: string
  name: string
  nationality: string
  passportNumber: string
  passportExpiry: string
}

export type Traveller = {
  role: TravellerRole
  /** As printed in the passport. */
  name: string
  /** ISO 3166-1 alpha-2 of the issuing country. */
  nationality: string
  passportNumber: string
  passportExpiry: CalendarDate
}

export type TravellerField = 'role' | 'name' | 'nationality' | 'passportNumber' | 'passportExpiry'

export type TravellerProblem =
  | { code: 'traveller.role-invalid'; field: 'role' }
  | { code: 'traveller.name-missing'; field: 'name' }
  | { code: 'traveller.name-too-long'; field: 'name'; max: number }
  | { code: 'traveller.name-unreadable'; field: 'name' }
  | { code: 'traveller.nationality-invalid'; field: 'nationality' }
  | { code: 'traveller.passport-format'; field: 'passportNumber' }
  | { code: 'traveller.expiry-invalid'; field: 'passportExpiry' }
  | { code: 'traveller.expires-during-stay'; field: 'passportExpiry'; stayEnds: CalendarDate }
  | { code: 'traveller.expires-within-six-months'; field: 'passportExpiry'; needed: CalendarDate }
  | { code: 'traveller.patient-already-added'; field: 'role' }
  | { code: 'traveller.passport-taken'; field: 'passportNumber' }
  | { code: 'traveller.too-many-attendants'; field: 'role'; max: number }

/** A passport number as people type it: spaces and dashes dropped, capitals. */
export function normalisePassport(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase()
}

/**
 * Passport numbers are 6 to 9 letters and digits in every booklet we know of
 * (ICAO 9303 allows up to 9 in the machine-readable zone); a few countries
 * are stricter, and those patterns are checked too.
 */
const byCountry: Record<string, RegExp> = {
  IN: /^[A-Z][0-9]{7}$/,
  US: /^[A-Z0-9]{9}$/,
  GB: /^[0-9]{9}$/,
}

export function passportFormatOk(number: string, nationality: string): boolean {
  if (!/^[A-Z0-9]{6,9}$/.test(number)) return false
  const strict = byCountry[nationality]
  return strict ? strict.test(number) : true
}

/** The last three characters only, behind a mask of one length whatever the number's, which it would give away. */
export function maskPassport(number: string): string {
  return `•••••${number.slice(-3)}`
}

const normaliseName = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim()

/** The same person's name, whatever the spacing or capitals. */
export function sameName(a: string, b: string): boolean {
  return normaliseName(a).toLocaleUpperCase('en') === normaliseName(b).toLocaleUpperCase('en')
}

/**
 * Checks one traveller against those already added. `stayEnds` is the last
 * day of the planned stay (the passport must still be valid after it);
 * `validUntil`, when the destination's visa asks for a passport with six
 * more months (visa-rules.ts), is the day it must still be valid on.
 */
export function checkTraveller(
  input: TravellerInput,
  context: {
    existing: readonly { role: TravellerRole; passportNumber: string }[]
    maxAttendants: number
    stayEnds: CalendarDate
    sixMonthsFrom?: CalendarDate | null
  },
): Result<Traveller, TravellerProblem[]> {
  const problems: TravellerProblem[] = []
  const role = (travellerRoles as readonly string[]).includes(input.role)
    ? (input.role as TravellerRole)
    : null
  if (!role) problems.push({ code: 'traveller.role-invalid', field: 'role' })
  else if (role === 'patient' && context.existing.some((t) => t.role === 'patient'))
    problems.push({ code: 'traveller.patient-already-added', field: 'role' })
  else if (
    role === 'attendant' &&
    context.existing.filter((t) => t.role === 'attendant').length >= context.maxAttendants
  )
    problems.push({ code: 'traveller.too-many-attendants', field: 'role', max: context.maxAttendants })
  const name = normaliseName(input.name)
  if (name === '') problems.push({ code: 'traveller.name-missing', field: 'name' })
  else if ([...name].length > MAX_TRAVELLER_NAME)
    problems.push({ code: 'traveller.name-too-long', field: 'name', max: MAX_TRAVELLER_NAME })
  // As the passport prints it: letters, with spaces, hyphens, apostrophes and dots between them.
  else if (!/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(name))
    problems.push({ code: 'traveller.name-unreadable', field: 'name' })
  const nationality = input.nationality.trim().toUpperCase()
  if (!countryCodes.includes(nationality))
    problems.push({ code: 'traveller.nationality-invalid', field: 'nationality' })
  const passportNumber = normalisePassport(input.passportNumber)
  if (!passportFormatOk(passportNumber, nationality))
    problems.push({ code: 'traveller.passport-format', field: 'passportNumber' })
  // One passport, one person: also what a second click on "Add" (without JavaScript) would send again.
  else if (context.existing.some((t) => t.passportNumber === passportNumber))
    problems.push({ code: 'traveller.passport-taken', field: 'passportNumber' })
  const expiry = parseCalendarDate(input.passportExpiry.trim())
  if (!expiry) problems.push({ code: 'traveller.expiry-invalid', field: 'passportExpiry' })
  else if (daysBetween(context.stayEnds, expiry) <= 0)
    problems.push({
      code: 'traveller.expires-during-stay',
      field: 'passportExpiry',
      stayEnds: context.stayEnds,
    })
  else if (context.sixMonthsFrom && expiry < sixMonthsAfter(context.sixMonthsFrom))
    problems.push({
      code: 'traveller.expires-within-six-months',
      field: 'passportExpiry',
      needed: sixMonthsAfter(context.sixMonthsFrom),
    })
  if (problems.length > 0 || !role || !expiry) return err(problems)
  return ok({ role, name, nationality, passportNumber, passportExpiry: expiry })
}

/** The same day six months on (the last day of a shorter month when it has no such day). */
export function sixMonthsAfter(day: CalendarDate): CalendarDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + 6, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, last))
  return target.toISOString().slice(0, 10) as CalendarDate
}

/** A traveller as any screen shows them: the number masked, never whole. */
export type TravellerForScreen = Omit<Traveller, 'passportNumber'> & { passportMasked: string }

export function forScreen(t: Traveller): TravellerForScreen {
  const { passportNumber, ...rest } = t
  return { ...rest, passportMasked: maskPassport(passportNumber) }
}

/** Taking a traveller off the list once the hospital was asked for the letter that names them. */
export type RemoveTravellerRefusal = { code: 'traveller.letter-asked' }

/**
 * A traveller added by mistake (a passport mistyped, an attendant who will
 * not go) comes off the list until the hospital is asked for the invitation
 * letter: after that the letter names them, and the coordinator sorts it out.
 */
export function mayRemoveTraveller(letterAskedFor: boolean): Result<null, RemoveTravellerRefusal> {
  return letterAskedFor ? err({ code: 'traveller.letter-asked' }) : ok(null)
}
