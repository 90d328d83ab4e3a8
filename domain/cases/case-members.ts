// Who may act on a case. The patient owns it; a representative opened it for
// someone they care for; caregivers are invited by email and can be revoked.
export const memberRoles = ['patient', 'representative', 'caregiver'] as const
export type MemberRole = (typeof memberRoles)[number]

export const memberStatuses = ['invited', 'active', 'revoked'] as const
export type MemberStatus = (typeof memberStatuses)[number]

export type CaseMember = {
  id: string
  userId: string | null
  email: string
  role: MemberRole
  status: MemberStatus
}

import { err, ok, type Result } from '../shared/result.ts'
import { isStaff, type Role } from '../accounts/roles.ts'

/** Patients and representatives manage who else may act; caregivers help but do not invite. */
export function mayManageMembers(role: MemberRole): boolean {
  return role === 'patient' || role === 'representative'
}

/** Every active member may fill in, upload and message on the patient's behalf. */
export function mayAct(member: Pick<CaseMember, 'status'> | null | undefined): boolean {
  return member?.status === 'active'
}

export type MemberRefusal =
  | { code: 'members.not-allowed' }
  | { code: 'members.already-invited' }
  | { code: 'members.own-address' }
  | { code: 'members.not-found' }

/**
 * An invitation: by a member who manages the case, to someone not already
 * invited or helping. `live` is the member already on the case with the
 * address typed, if any: the inviter's own address says so, not "already invited".
 */
export function decideInvite(
  inviter: { id: string; role: MemberRole },
  live: { id: string } | null,
): Result<null, MemberRefusal> {
  if (!mayManageMembers(inviter.role)) return err({ code: 'members.not-allowed' })
  if (live?.id === inviter.id) return err({ code: 'members.own-address' })
  if (live) return err({ code: 'members.already-invited' })
  return ok(null)
}

/** Revoking: by a member who manages the case, never themselves. */
export function decideRevoke(
  revoker: { id: string; role: MemberRole },
  memberId: string,
): Result<null, MemberRefusal> {
  if (!mayManageMembers(revoker.role)) return err({ code: 'members.not-allowed' })
  if (memberId === revoker.id) return err({ code: 'members.not-found' })
  return ok(null)
}

/** Whether the people page offers to remove this member: a caregiver, removed by someone who manages the case. */
export function mayBeRemovedBy(
  member: { id: string; role: MemberRole },
  viewer: { id: string; role: MemberRole },
) {
  return member.role === 'caregiver' && decideRevoke(viewer, member.id).ok
}

/** Saying who the case is for makes its opener the patient or the patient's representative. */
export function roleOfOpener(current: MemberRole, whoFor: unknown): MemberRole {
  if (current === 'caregiver') return current
  return whoFor === 'someone-else' ? 'representative' : 'patient'
}

export type AcceptanceRefusal = { code: 'invitation.other-address' } | { code: 'invitation.staff-account' }

/**
 * A case invitation is accepted only by the account of the address it was
 * sent to: a forwarded link does not make its holder a helper. Nor by a staff
 * account (a clinic's, a coordinator's): staff work in their own area, so the
 * case would be a dead end for them and its emails would reach them outside it.
 */
export function decideInvitationAcceptance(
  invitedEmail: string,
  viewer: { email: string; role: Role },
): Result<null, AcceptanceRefusal> {
  if (invitedEmail.trim().toLowerCase() !== viewer.email.trim().toLowerCase())
    return err({ code: 'invitation.other-address' })
  return isStaff(viewer.role) ? err({ code: 'invitation.staff-account' }) : ok(null)
}
