import type { Role } from '../accounts/roles.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { ClinicRole } from './clinic-roles.ts'

// Who may change a clinic's team (issue 15). Only the clinic's administrators
// invite and remove members; a clinic always keeps one administrator; an
// invitation is for one email address and is accepted by the account that
// owns it. An account that already acts elsewhere on Waypoint (a family with
// cases, a coordinator, a reviewer) never turns into clinic staff by a link:
// health data and staff powers stay on separate accounts.

export type TeamRefusal =
  | { code: 'team.not-allowed' }
  | { code: 'team.already-member' }
  | { code: 'team.already-invited' }
  | { code: 'team.last-administrator' }
  | { code: 'team.not-found' }
  /** The person is not (or no longer) on this clinic's team. */
  | { code: 'team.member-not-found' }
  | { code: 'team.wrong-account' }
  | { code: 'team.account-in-use' }
  | { code: 'team.not-a-doctor' }
  | { code: 'team.registration-number-missing'; field: 'registrationNumber' }
  | { code: 'team.registration-council-missing'; field: 'registrationCouncil' }
  | { code: 'team.registration-too-long'; field: 'registrationNumber' | 'registrationCouncil'; max: number }
  /** Printed on every plan the doctor signs: it must hold a letter or a digit, not only punctuation. */
  | { code: 'team.registration-unreadable'; field: 'registrationNumber' | 'registrationCouncil' }

/** Only an administrator of this clinic manages its team. */
export function mayManageTeam(role: ClinicRole | null): boolean {
  return role === 'clinic-administrator'
}

export function decideTeamInvite(
  inviter: ClinicRole | null,
  invitee: { isMember: boolean; hasOpenInvitation: boolean },
): Result<null, TeamRefusal> {
  if (!mayManageTeam(inviter)) return err({ code: 'team.not-allowed' })
  if (invitee.isMember) return err({ code: 'team.already-member' })
  if (invitee.hasOpenInvitation) return err({ code: 'team.already-invited' })
  return ok(null)
}

/** Removing a member, or an administrator leaving: the clinic must keep an administrator. */
export function decideTeamRemoval(
  remover: ClinicRole | null,
  target: { role: ClinicRole } | null,
  administrators: number,
): Result<null, TeamRefusal> {
  if (!mayManageTeam(remover)) return err({ code: 'team.not-allowed' })
  if (!target) return err({ code: 'team.member-not-found' })
  if (target.role === 'clinic-administrator' && administrators <= 1)
    return err({ code: 'team.last-administrator' })
  return ok(null)
}

/** A member's new role: the clinic must still keep an administrator afterwards. */
export function decideRoleChange(
  changer: ClinicRole | null,
  target: { role: ClinicRole } | null,
  to: ClinicRole,
  administrators: number,
): Result<null, TeamRefusal> {
  if (!mayManageTeam(changer)) return err({ code: 'team.not-allowed' })
  if (!target) return err({ code: 'team.member-not-found' })
  if (target.role === 'clinic-administrator' && to !== 'clinic-administrator' && administrators <= 1)
    return err({ code: 'team.last-administrator' })
  return ok(null)
}

export type AcceptingAccount = {
  email: string
  emailVerified: boolean
  role: Role
  /** Whether the account belongs to any case as patient, representative or caregiver. */
  onCases: boolean
}

/** What accepting does to the account: nothing, or it becomes clinic staff (and must then set up two-step sign-in). */
export type TeamAcceptance = { becomesStaff: boolean }

export function decideTeamAcceptance(
  invitation: { email: string },
  account: AcceptingAccount,
): Result<TeamAcceptance, TeamRefusal> {
  if (!account.emailVerified || account.email.trim().toLowerCase() !== invitation.email)
    return err({ code: 'team.wrong-account' })
  return decideStaffRole(account)
}

/**
 * Whether an account may work for a clinic, and whether its role must change:
 * clinic staff already are; a patient account on no case becomes staff; any
 * other (a family's account, another staff role) is refused. Joining a team
 * and applying for a new clinic (issue 16) share this rule.
 */
export function decideStaffRole(account: {
  role: Role
  onCases: boolean
}): Result<TeamAcceptance, { code: 'team.account-in-use' }> {
  if (account.role === 'clinic-staff') return ok({ becomesStaff: false })
  if (account.role === 'patient' && !account.onCases) return ok({ becomesStaff: true })
  return err({ code: 'team.account-in-use' })
}

export const MAX_REGISTRATION = 80

export type Registration = { number: string; council: string }

/**
 * A treating doctor's registration, as their administrator records it: the
 * number and the medical council that holds it, both required, since both
 * are printed on every plan the doctor signs.
 */
export function decideRegistration(
  editor: ClinicRole | null,
  doctor: { role: ClinicRole } | null,
  input: { number: string; council: string },
): Result<Registration, TeamRefusal[]> {
  if (!mayManageTeam(editor)) return err([{ code: 'team.not-allowed' }])
  if (!doctor) return err([{ code: 'team.member-not-found' }])
  if (doctor.role !== 'treating-doctor') return err([{ code: 'team.not-a-doctor' }])
  const problems: TeamRefusal[] = []
  const value = { number: input.number.trim(), council: input.council.trim() }
  for (const [field, text] of [
    ['registrationNumber', value.number],
    ['registrationCouncil', value.council],
  ] as const) {
    // Each box says what it lacks: one message for both read twice in the summary.
    if (text === '')
      problems.push(
        field === 'registrationNumber'
          ? { code: 'team.registration-number-missing', field }
          : { code: 'team.registration-council-missing', field },
      )
    else if (text.length > MAX_REGISTRATION)
      problems.push({ code: 'team.registration-too-long', field, max: MAX_REGISTRATION })
    else if (!/[\p{L}\p{N}]/u.test(text)) problems.push({ code: 'team.registration-unreadable', field })
  }
  return problems.length > 0 ? err(problems) : ok(value)
}
