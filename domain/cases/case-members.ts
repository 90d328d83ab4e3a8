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

/** Patients and representatives manage who else may act; caregivers help but do not invite. */
export function mayManageMembers(role: MemberRole): boolean {
  return role === 'patient' || role === 'representative'
}

/** Every active member may fill in, upload and message on the patient's behalf. */
export function mayAct(member: Pick<CaseMember, 'status'> | null | undefined): boolean {
  return member?.status === 'active'
}
