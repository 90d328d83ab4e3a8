import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { mayManageMembers } from '#domain/cases/case-members.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { SessionUser } from '../../auth/session.ts'
import { caseMember, patientCase } from '../../db/schema/cases.ts'
import type { Runtime } from '../../runtime.ts'
import type { MemberCase } from './case-records.ts'

// Caregivers act for the patient only by invitation: an email with a one-time
// link, accepted while signed in, revocable at any time by the patient or
// their representative. The token is kept only as a hash.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export type InviteError = { code: 'members.not-allowed' } | { code: 'members.already-invited' }

export async function inviteCaregiver(
  rt: Runtime,
  actor: SessionUser,
  found: MemberCase,
  email: string,
): Promise<Result<{ memberId: string }, InviteError>> {
  if (!mayManageMembers(found.member.role)) return err({ code: 'members.not-allowed' })
  const normalised = email.trim().toLowerCase()
  const token = randomBytes(32).toString('base64url')
  const memberId = randomUUID()
  const result = await rt.database.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: caseMember.id })
      .from(caseMember)
      .where(
        and(
          eq(caseMember.caseId, found.row.id),
          sql`lower(${caseMember.email}) = ${normalised}`,
          sql`${caseMember.status} in ('invited', 'active')`,
        ),
      )
    if (existing) return err({ code: 'members.already-invited' } as const)
    await tx.insert(caseMember).values({
      id: memberId,
      caseId: found.row.id,
      email: normalised,
      role: 'caregiver',
      status: 'invited',
      inviteTokenHash: hashToken(token),
      invitedByUserId: actor.id,
    })
    await appendAudit(tx, {
      actorUserId: actor.id,
      action: 'member.invited',
      subjectType: 'case',
      subjectId: found.row.id,
      details: { memberId },
    })
    return ok({ memberId })
  })
  if (result.ok) {
    await rt.jobs.sendEmail({
      template: 'case-invitation',
      to: normalised,
      locale: actor.locale,
      params: { url: `${rt.config.publicUrl}/invitations/${token}`, reference: found.row.reference },
    })
  }
  return result
}

export type AcceptError = { code: 'invitation.not-found' }

/** Accepting binds the invitation to the signed-in account; a used or revoked link finds nothing. */
export async function acceptInvitation(
  rt: Runtime,
  actor: SessionUser,
  token: string,
): Promise<Result<{ caseId: string }, AcceptError>> {
  return rt.database.db.transaction(async (tx) => {
    const [invite] = await tx
      .select()
      .from(caseMember)
      .innerJoin(patientCase, eq(patientCase.id, caseMember.caseId))
      .where(
        and(
          eq(caseMember.inviteTokenHash, hashToken(token)),
          eq(caseMember.status, 'invited'),
          sql`${patientCase.erasedAt} is null`,
        ),
      )
      .for('update')
    if (!invite) return err({ code: 'invitation.not-found' } as const)
    const caseId = invite.case_member.caseId
    const [already] = await tx
      .select({ id: caseMember.id })
      .from(caseMember)
      .where(
        and(eq(caseMember.caseId, caseId), eq(caseMember.userId, actor.id), eq(caseMember.status, 'active')),
      )
    if (already) {
      await tx
        .update(caseMember)
        .set({ status: 'revoked', inviteTokenHash: null, revokedAt: new Date() })
        .where(eq(caseMember.id, invite.case_member.id))
      return ok({ caseId })
    }
    await tx
      .update(caseMember)
      .set({ userId: actor.id, status: 'active', inviteTokenHash: null, acceptedAt: new Date() })
      .where(eq(caseMember.id, invite.case_member.id))
    await appendAudit(tx, {
      actorUserId: actor.id,
      action: 'member.accepted',
      subjectType: 'case',
      subjectId: caseId,
      details: { memberId: invite.case_member.id },
    })
    return ok({ caseId })
  })
}

export async function revokeMember(rt: Runtime, actor: SessionUser, found: MemberCase, memberId: string) {
  if (!mayManageMembers(found.member.role) || memberId === found.member.id) return false
  const revoked = await rt.database.db
    .update(caseMember)
    .set({ status: 'revoked', inviteTokenHash: null, revokedAt: new Date() })
    .where(
      and(
        eq(caseMember.id, memberId),
        eq(caseMember.caseId, found.row.id),
        eq(caseMember.role, 'caregiver'),
        sql`${caseMember.status} in ('invited', 'active')`,
      ),
    )
    .returning({ id: caseMember.id })
  if (revoked.length === 0) return false
  await appendAudit(rt.database.db, {
    actorUserId: actor.id,
    action: 'member.revoked',
    subjectType: 'case',
    subjectId: found.row.id,
    details: { memberId },
  })
  return true
}
