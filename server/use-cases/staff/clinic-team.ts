import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { ClinicRole } from '#domain/clinics/clinic-roles.ts'
import {
  decideRegistration,
  decideRoleChange,
  decideTeamAcceptance,
  decideTeamInvite,
  decideTeamRemoval,
  mayManageTeam,
  type TeamRefusal,
} from '#domain/clinics/clinic-team.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { asUserId, type ProviderId, type UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import {
  accountForTeam,
  acceptedTeamInvitation,
  administratorCount,
  clinicName,
  closeTeamInvitation,
  deleteTeamMember,
  hasOpenInvitation,
  insertTeamInvitation,
  isMemberByEmail,
  lockAccount,
  lockClinic,
  lockTeamInvitation,
  makeClinicStaff,
  openTeamInvitation,
  openTeamInvitations,
  putTeamMember,
  saveRegistration,
  setTeamRole,
  teamMembers,
  teamRoleOf,
} from '../../stores/clinic-team-store.ts'
import { providersOfStaff } from '../../stores/consultation-store.ts'

// A clinic administrator invites members by email and removes them (issue 15).
// The link carries a one-time token kept only as a hash, lasts 14 days, and is
// accepted by the signed-in account of the invited address. Each change is
// audited; the email carries the clinic's link only.
const INVITATION_DAYS = 14
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

type TeamDeps = Pick<CaseDeps, 'db' | 'clock' | 'notify'>

/** The team as one of its members sees it; null for anyone else (the page is then "not found"). */
export async function clinicTeam(deps: TeamDeps, viewerId: UserId, providerId: ProviderId) {
  const viewerRole = await teamRoleOf(deps.db, viewerId, providerId)
  if (!viewerRole) return null
  const manages = mayManageTeam(viewerRole)
  const [name, members, invitations] = await Promise.all([
    clinicName(deps.db, providerId),
    teamMembers(deps.db, providerId),
    manages ? openTeamInvitations(deps.db, providerId, deps.clock.now()) : Promise.resolve([]),
  ])
  return { providerId, name: name ?? '', viewerRole, manages, members, invitations }
}

export async function inviteToTeam(
  deps: TeamDeps,
  viewerId: UserId,
  providerId: ProviderId,
  invitee: { email: string; role: ClinicRole; locale: Locale },
): Promise<Result<{ invitationId: string }, TeamRefusal>> {
  const email = invitee.email.trim().toLowerCase()
  const now = deps.clock.now()
  const token = randomBytes(32).toString('base64url')
  const invitationId = randomUUID()
  const result = await deps.db.transaction(async (tx) => {
    if (!(await lockClinic(tx, providerId))) return err({ code: 'team.not-allowed' } as const)
    const decided = decideTeamInvite(await teamRoleOf(tx, viewerId, providerId), {
      isMember: await isMemberByEmail(tx, providerId, email),
      hasOpenInvitation: await hasOpenInvitation(tx, providerId, email, now),
    })
    if (!decided.ok) return decided
    await insertTeamInvitation(tx, {
      id: invitationId,
      providerId,
      email,
      role: invitee.role,
      tokenHash: hashToken(token),
      invitedByUserId: viewerId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    })
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: 'clinic-team.invited',
      subjectType: 'provider',
      subjectId: providerId,
      details: { invitationId, role: invitee.role },
    })
    return ok({ invitationId })
  })
  if (result.ok) {
    await deps.notify.email({
      template: 'clinic-invitation',
      to: email,
      locale: invitee.locale,
      params: {
        url: `${deps.notify.publicUrl}/clinic-invitations/${token}`,
        clinic: (await clinicName(deps.db, providerId)) ?? '',
        clinicRole: invitee.role,
      },
    })
  }
  return result
}

export async function revokeTeamInvitation(
  deps: TeamDeps,
  viewerId: UserId,
  providerId: ProviderId,
  invitationId: string,
): Promise<Result<null, TeamRefusal>> {
  return deps.db.transaction(async (tx) => {
    if (!mayManageTeam(await teamRoleOf(tx, viewerId, providerId))) return err({ code: 'team.not-allowed' })
    if (!(await closeTeamInvitation(tx, providerId, invitationId, deps.clock.now())))
      return err({ code: 'team.not-found' })
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: 'clinic-team.invitation-revoked',
      subjectType: 'provider',
      subjectId: providerId,
      details: { invitationId },
    })
    return ok(null)
  })
}

/** Removes a member (an administrator may remove themselves while another remains). */
export async function removeFromTeam(
  deps: TeamDeps,
  viewerId: UserId,
  providerId: ProviderId,
  memberId: string,
): Promise<Result<null, TeamRefusal>> {
  const member = asUserId(memberId)
  return deps.db.transaction(async (tx) => {
    // Under the clinic's lock, so two administrators removing each other cannot leave none.
    if (!(await lockClinic(tx, providerId))) return err({ code: 'team.not-allowed' })
    const role = await teamRoleOf(tx, member, providerId)
    const decided = decideTeamRemoval(
      await teamRoleOf(tx, viewerId, providerId),
      role ? { role } : null,
      await administratorCount(tx, providerId),
    )
    if (!decided.ok) return decided
    if (!(await deleteTeamMember(tx, member, providerId))) return err({ code: 'team.member-not-found' })
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: 'clinic-team.removed',
      subjectType: 'provider',
      subjectId: providerId,
      details: { memberUserId: member, role },
    })
    return ok(null)
  })
}

/** Gives a member another role, under the clinic's lock, so the clinic keeps an administrator. */
export async function changeTeamRole(
  deps: TeamDeps,
  viewerId: UserId,
  providerId: ProviderId,
  memberId: string,
  to: ClinicRole,
): Promise<Result<{ changed: boolean }, TeamRefusal>> {
  const member = asUserId(memberId)
  return deps.db.transaction(async (tx) => {
    if (!(await lockClinic(tx, providerId))) return err({ code: 'team.not-allowed' })
    const from = await teamRoleOf(tx, member, providerId)
    const decided = decideRoleChange(
      await teamRoleOf(tx, viewerId, providerId),
      from ? { role: from } : null,
      to,
      await administratorCount(tx, providerId),
    )
    if (!decided.ok) return decided
    if (from === to) return ok({ changed: false })
    await setTeamRole(tx, member, providerId, to)
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: 'clinic-team.role-changed',
      subjectType: 'provider',
      subjectId: providerId,
      details: { memberUserId: member, from, to },
    })
    return ok({ changed: true })
  })
}

/**
 * What the accept page shows before anything changes: which clinic and role
 * the link offers, and the refusal accepting would meet (another address, an
 * account in use), so the person learns it before pressing the button.
 */
export async function previewTeamInvitation(
  deps: TeamDeps,
  userId: UserId,
  token: string,
): Promise<{
  clinic: string
  role: ClinicRole
  refusal: TeamRefusal | null
  /** The clinics this account already works for: told before it also sees this one's referrals. */
  otherClinics: string[]
} | null> {
  const invitation = await openTeamInvitation(deps.db, hashToken(token), deps.clock.now())
  const account = invitation ? await accountForTeam(deps.db, userId) : null
  if (!invitation || !account) return null
  const decided = decideTeamAcceptance(invitation, account)
  const otherClinics = decided.ok
    ? (await providersOfStaff(deps.db, userId))
        .filter((p) => p.id !== invitation.providerId)
        .map((p) => p.name)
    : []
  return {
    clinic: invitation.clinic,
    role: invitation.role,
    refusal: decided.ok ? null : decided.error,
    otherClinics,
  }
}

/** Accepting binds the invitation to the signed-in account of its address; a used, revoked or old link finds nothing. */
export async function acceptTeamInvitation(
  deps: TeamDeps,
  userId: UserId,
  token: string,
): Promise<Result<{ providerId: ProviderId; becomesStaff: boolean }, TeamRefusal>> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    const invitation = await lockTeamInvitation(tx, hashToken(token), now)
    if (!invitation) return err({ code: 'team.not-found' } as const)
    const account = await lockAccount(tx, userId)
    if (!account) return err({ code: 'team.not-found' } as const)
    const decided = decideTeamAcceptance(invitation, account)
    if (!decided.ok) return decided
    const providerId = invitation.providerId as ProviderId
    if (decided.value.becomesStaff) await makeClinicStaff(tx, userId)
    await putTeamMember(tx, userId, providerId, invitation.role)
    await acceptedTeamInvitation(tx, invitation.id, userId, now)
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'clinic-team.joined',
      subjectType: 'provider',
      subjectId: providerId,
      details: {
        invitationId: invitation.id,
        role: invitation.role,
        becameStaff: decided.value.becomesStaff,
      },
    })
    return ok({ providerId, becomesStaff: decided.value.becomesStaff })
  })
}

/** Records a treating doctor's registration, printed on every plan they sign from now on. */
export async function recordRegistration(
  deps: TeamDeps,
  viewerId: UserId,
  providerId: ProviderId,
  memberId: string,
  input: { number: string; council: string },
): Promise<Result<null, TeamRefusal[]>> {
  const doctorId = asUserId(memberId)
  return deps.db.transaction(async (tx) => {
    const role = await teamRoleOf(tx, doctorId, providerId, true)
    const decided = decideRegistration(
      await teamRoleOf(tx, viewerId, providerId),
      role ? { role } : null,
      input,
    )
    if (!decided.ok) return decided
    await saveRegistration(tx, doctorId, providerId, decided.value)
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: 'clinic-team.registration-recorded',
      subjectType: 'provider',
      subjectId: providerId,
      details: { memberUserId: doctorId },
    })
    return ok(null)
  })
}
