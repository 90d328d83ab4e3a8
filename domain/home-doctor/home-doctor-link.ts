import { mayManageMembers, type MemberRole } from '../cases/case-members.ts'
import { err, ok, type Result } from '../shared/result.ts'

// A link the patient gives their home doctor (issue 17): a readable summary
// and a FHIR Bundle of the treatment and the follow-up, without an account.
// The patient (or their representative) chooses how long it lives and may
// revoke it at any time; once expired or revoked it shows nothing at all.
// ADR 0066.

/** How long a link may live, in days: a week for one appointment, up to a quarter for a care episode. */
export const linkLifetimes = [7, 30, 90] as const
export type LinkLifetime = (typeof linkLifetimes)[number]

/** The doctor's name as the patient writes it ("Dr Martin, Lyon"): a label for the patient, sealed. */
export const DOCTOR_NAME_MAX = 120

export type HomeDoctorLinkProblem =
  | { code: 'home-doctor.doctor-missing'; field: 'doctor' }
  | { code: 'home-doctor.doctor-too-long'; field: 'doctor'; max: number }
  | { code: 'home-doctor.lifetime-invalid'; field: 'days' }

export type NewHomeDoctorLink = { doctor: string; days: LinkLifetime }

export function parseNewLink(raw: {
  doctor?: string | null
  days?: string | null
}): Result<NewHomeDoctorLink, HomeDoctorLinkProblem[]> {
  const problems: HomeDoctorLinkProblem[] = []
  const doctor = (raw.doctor ?? '').trim().replace(/\s+/g, ' ')
  if (doctor === '') problems.push({ code: 'home-doctor.doctor-missing', field: 'doctor' })
  else if ([...doctor].length > DOCTOR_NAME_MAX)
    problems.push({ code: 'home-doctor.doctor-too-long', field: 'doctor', max: DOCTOR_NAME_MAX })
  const days = linkLifetimes.find((d) => String(d) === (raw.days ?? '').trim())
  if (days === undefined) problems.push({ code: 'home-doctor.lifetime-invalid', field: 'days' })
  return problems.length > 0 || days === undefined ? err(problems) : ok({ doctor, days })
}

const DAY_MS = 24 * 60 * 60 * 1000

/** When a link made now stops working: exactly that many days later. */
export function expiryOf(now: Date, days: LinkLifetime): Date {
  return new Date(now.getTime() + days * DAY_MS)
}

export type LinkStanding = 'live' | 'expired' | 'revoked'

/** A revoked link stays revoked; otherwise it works until the instant it expires. */
export function standingOf(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): LinkStanding {
  if (link.revokedAt !== null) return 'revoked'
  return now.getTime() < link.expiresAt.getTime() ? 'live' : 'expired'
}

export type HomeDoctorRefusal =
  | { code: 'home-doctor.not-allowed' }
  | { code: 'home-doctor.link-not-found' }
  | { code: 'home-doctor.too-many-live'; field: 'form'; max: number }

/** Only who manages the case's people (the patient, a representative) hands its records to a doctor. */
export const mayManageHomeDoctorLinks = (role: MemberRole): boolean => mayManageMembers(role)

/** Live links at once: enough for a GP, a neurologist and a palliative team, few enough to keep track of. */
export const MAX_LIVE_LINKS = 5

export function decideNewLink(role: MemberRole, liveLinks: number): Result<null, HomeDoctorRefusal> {
  if (!mayManageHomeDoctorLinks(role)) return err({ code: 'home-doctor.not-allowed' })
  if (liveLinks >= MAX_LIVE_LINKS)
    return err({ code: 'home-doctor.too-many-live', field: 'form', max: MAX_LIVE_LINKS })
  return ok(null)
}

/** What the doctor opened: the page or the FHIR Bundle; the access log names which. */
export type HomeDoctorView = 'page' | 'fhir'

/** A token's shape: 32 random bytes as base64url (43 characters). Anything else is not looked up. */
export const isTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token)

/** The birth year, all a doctor needs to place the person; the full date stays with the patient. */
export function birthYearOf(birthDate: unknown): string | null {
  return typeof birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate.slice(0, 4) : null
}
