import type { Role } from '../accounts/roles.ts'
import { decideStaffRole } from '../clinics/clinic-team.ts'
import { ianaTimeZone } from '../consultations/time-zone.ts'
import { countryCodes, languageCodes } from '../intake/select-options.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { readChoice, readText, readYesNo, type FieldProblem } from './form-problems.ts'
import { isPhoneNumber } from '../shared/phone-number.ts'

// A clinic's application to be listed (issue 16, ADR 0053): what it says about
// itself, checked field by field. Nothing of it is public until a reviewer
// approves the clinic (ADR 0052).
export const providerKinds = ['hospital', 'clinic'] as const
export type ProviderKind = (typeof providerKinds)[number]

export const MAX_NAME = 200
export const MAX_CITY = 100
export const MAX_ADDRESS = 500
export const MAX_REGISTRATION_NUMBER = 80
export const MAX_EMAIL = 254

export type ApplicationField =
  | 'name'
  | 'kind'
  | 'country'
  | 'city'
  | 'address'
  | 'registrationNumber'
  | 'contactEmail'
  | 'contactPhone'
  | 'languages'
  | 'internationalDesk'
  | 'timeZone'

export type ApplicationInput = Partial<Record<Exclude<ApplicationField, 'languages'>, string>> & {
  languages?: readonly string[]
}

export type ClinicApplication = {
  name: string
  kind: ProviderKind
  countryCode: string
  city: string
  address: string
  registrationNumber: string
  contactEmail: string
  contactPhone: string
  languages: string[]
  internationalDesk: boolean
  timeZone: string
}

export type ApplicationProblem =
  | FieldProblem
  | { code: 'onboarding.email-invalid'; field: 'contactEmail' }
  | { code: 'onboarding.phone-invalid'; field: 'contactPhone' }
  | { code: 'onboarding.time-zone-invalid'; field: 'timeZone' }

// One @, something on each side, a dot in the domain, no spaces: the mailbox
// itself is proved by a reviewer, not by a pattern.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function checkApplication(input: ApplicationInput): Result<ClinicApplication, ApplicationProblem[]> {
  const problems: ApplicationProblem[] = []
  const fieldProblems: FieldProblem[] = []
  const name = readText(fieldProblems, 'name', input.name, MAX_NAME)
  const kind = readChoice(fieldProblems, 'kind', input.kind, providerKinds)
  const countryCode = readChoice(fieldProblems, 'country', input.country, countryCodes)
  const city = readText(fieldProblems, 'city', input.city, MAX_CITY)
  const address = readText(fieldProblems, 'address', input.address, MAX_ADDRESS)
  const registrationNumber = readText(
    fieldProblems,
    'registrationNumber',
    input.registrationNumber,
    MAX_REGISTRATION_NUMBER,
  )
  const contactEmail = readText(fieldProblems, 'contactEmail', input.contactEmail, MAX_EMAIL).toLowerCase()
  const contactPhone = readText(fieldProblems, 'contactPhone', input.contactPhone, 30)
  const languages = [...new Set(input.languages ?? [])]
  if (languages.length === 0 || languages.some((l) => !languageCodes.includes(l)))
    fieldProblems.push({ code: 'onboarding.choose', field: 'languages' })
  const internationalDesk = readYesNo(fieldProblems, 'internationalDesk', input.internationalDesk)
  const zoneText = (input.timeZone ?? '').trim()
  const timeZone = zoneText === '' ? null : ianaTimeZone(zoneText)
  if (zoneText === '') fieldProblems.push({ code: 'onboarding.missing', field: 'timeZone' })
  problems.push(...fieldProblems)
  const named = (field: string) => fieldProblems.some((p) => p.field === field)
  if (!named('contactEmail') && !emailShape.test(contactEmail))
    problems.push({ code: 'onboarding.email-invalid', field: 'contactEmail' })
  if (!named('contactPhone') && !isPhoneNumber(contactPhone))
    problems.push({ code: 'onboarding.phone-invalid', field: 'contactPhone' })
  if (zoneText !== '' && timeZone === null)
    problems.push({ code: 'onboarding.time-zone-invalid', field: 'timeZone' })
  if (problems.length > 0 || !kind || !countryCode || !timeZone) return err(problems)
  return ok({
    name,
    kind,
    countryCode,
    city,
    address,
    registrationNumber,
    contactEmail,
    contactPhone,
    languages,
    internationalDesk,
    timeZone,
  })
}

export type ApplicantRefusal = { code: 'onboarding.account-in-use' }

/**
 * Who may apply for a clinic: the same accounts that may join a clinic's team
 * (decideStaffRole) — clinic staff, or a patient account on no case, which
 * then becomes clinic staff. A family's account or another staff role never
 * turns into a clinic's.
 */
export function decideApplicant(account: {
  role: Role
  onCases: boolean
}): Result<{ becomesStaff: boolean }, ApplicantRefusal> {
  const decided = decideStaffRole(account)
  return decided.ok ? decided : err({ code: 'onboarding.account-in-use' })
}

/**
 * The clinic's address on Waypoint: its name in lower-case ASCII words joined
 * by dashes, with a random suffix the caller passes so two clinics of one name
 * never collide and the slug says nothing about when it was made.
 */
export function providerSlug(name: string, suffix: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return words === '' ? `clinic-${suffix}` : `${words}-${suffix}`
}
