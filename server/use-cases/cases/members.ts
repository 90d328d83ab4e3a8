import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  decideInvitationAcceptance,
  type AcceptanceRefusal,
  decideInvite,
  decideRevoke,
  type MemberRefusal,
} from '#domain/cases/case-members.ts'
import type { CaseId, MemberId, UserId } from '#domain/shared/ids.ts'
import type { Role } from '#domain/accounts/roles.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import {
  closeInvitation,
  findLiveMemberByEmail,
  insertMember,
  isActiveMember,
  localeOfUser,
  lockInvitation,
  openInvitation,
  revokeCaregiver,
} from '../../stores/member-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { CaseContext } from '../../cases/case-context.ts'

// Caregivers act for the patient only by invitation: an email with a one-time
// link, accepted while signed in, revocable at any time by the patient or
// their representative. The token is kept only as a hash.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export async function inviteCaregiver(
  deps: CaseDeps,
  ctx: CaseContext,
  email: string,
): Promise<Result<{ memberId: MemberId }, MemberRefusal>> {
  const inviter = ctx.actor.member
  if (!inviter) return err({ code: 'members.not-allowed' })
  const caseId = ctx.row.id as CaseId
  const normalised = email.trim().toLowerCase()
  const token = randomBytes(32).toString('base64url')
  const memberId = randomUUID() as MemberId
  const result = await deps.db.transaction(async (tx) => {
    const decided = decideInvite(inviter, (await findLiveMemberByEmail(tx, caseId, normalised)) ?? null)
    if (!decided.ok) return decided
    await insertMember(tx, {
      id: memberId,
      caseId,
      email: normalised,
      role: 'caregiver',
      status: 'invited',
      inviteTokenHash: hashToken(token),
      invitedByUserId: ctx.actor.userId,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'member.invited',
      subjectType: 'case',
      subjectId: caseId,
      details: { memberId },
    })
    return ok({ memberId })
  })
  if (result.ok) {
    await deps.notify.email({
      template: 'case-invitation',
      to: normalised,
      locale: ctx.actor.locale,
      params: {
        url: `${deps.notify.publicUrl}/invitations/${token}`,
        reference: ctx.row.reference,
        inviter: ctx.actor.name,
      },
    })
  }
  return result
}

export async function revokeMember(
  deps: CaseDeps,
  ctx: CaseContext,
  memberId: MemberId,
): Promise<Result<null, MemberRefusal>> {
  const revoker = ctx.actor.member
  if (!revoker) return err({ code: 'members.not-allowed' })
  const decided = decideRevoke(revoker, memberId)
  if (!decided.ok) return decided
  const caseId = ctx.row.id as CaseId
  const result = await deps.db.transaction(async (tx) => {
    const removed = await revokeCaregiver(tx, caseId, memberId, deps.clock.now())
    if (!removed) return err({ code: 'members.not-found' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'member.revoked',
      subjectType: 'case',
      subjectId: caseId,
      details: { memberId },
    })
    return ok(removed)
  })
  if (!result.ok) return result
  // The person removed hears it, rather than meeting "Page not found" on their next visit.
  await deps.notify.email({
    template: 'case-access-ended',
    to: result.value.email,
    locale: (result.value.userId && (await localeOfUser(deps.db, result.value.userId))) || ctx.actor.locale,
    params: { url: deps.notify.publicUrl, reference: ctx.row.reference, inviter: ctx.actor.name },
  })
  return ok(null)
}

export type AcceptRefusal = { code: 'invitation.not-found' } | AcceptanceRefusal

/**
 * What the invitation page shows before any button: who sent it, to the
 * account it was sent to only (a forwarded link names nobody), and whether
 * this account can accept. Null when the link is used, withdrawn or unknown.
 */
export async function previewInvitation(
  deps: CaseDeps,
  viewer: { email: string; role: Role },
  token: string,
): Promise<{ inviter: string | null; refusal: AcceptanceRefusal | null } | null> {
  const invite = await openInvitation(deps.db, hashToken(token))
  if (!invite) return null
  const decided = decideInvitationAcceptance(invite.email, viewer)
  return decided.ok
    ? { inviter: invite.inviterName, refusal: null }
    : { inviter: null, refusal: decided.error }
}

/**
 * Accepting binds the invitation to the signed-in account, if it is the
 * account of the address the patient invited: a forwarded or intercepted link
 * opens nothing for anyone else. A used or revoked link finds nothing.
 */
export async function acceptInvitation(
  deps: CaseDeps,
  viewer: { id: UserId; email: string; role: Role },
  token: string,
): Promise<Result<{ caseId: CaseId }, AcceptRefusal>> {
  const now = deps.clock.now()
  const userId = viewer.id
  return deps.db.transaction(async (tx) => {
    const invite = await lockInvitation(tx, hashToken(token))
    if (!invite) return err({ code: 'invitation.not-found' } as const)
    const decided = decideInvitationAcceptance(invite.email, viewer)
    if (!decided.ok) return decided
    const caseId = invite.caseId as CaseId
    // Someone already helping who follows a second link keeps their place; the link is used up.
    if (await isActiveMember(tx, caseId, userId)) {
      await closeInvitation(tx, invite.id, { revokedAt: now })
      return ok({ caseId })
    }
    await closeInvitation(tx, invite.id, { acceptedBy: userId, at: now })
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'member.accepted',
      subjectType: 'case',
      subjectId: caseId,
      details: { memberId: invite.id },
    })
    return ok({ caseId })
  })
}
