import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { CaseId, MemberId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { user } from '../db/schema/auth.ts'
import { caseMember, patientCase } from '../db/schema/cases.ts'

// Who acts on a case, and who hears about it.
export async function membersOf(db: Db, caseId: CaseId) {
  return db
    .select()
    .from(caseMember)
    .where(and(eq(caseMember.caseId, caseId), inArray(caseMember.status, ['active', 'invited'])))
    .orderBy(asc(caseMember.createdAt))
}

export async function findLiveMemberByEmail(tx: Db, caseId: CaseId, email: string) {
  const [row] = await tx
    .select({ id: caseMember.id })
    .from(caseMember)
    .where(
      and(
        eq(caseMember.caseId, caseId),
        sql`lower(${caseMember.email}) = ${email}`,
        sql`${caseMember.status} in ('invited', 'active')`,
      ),
    )
  return row ?? null
}

export async function insertMember(
  tx: Db,
  values: {
    id: MemberId
    caseId: CaseId
    email: string
    role: 'patient' | 'caregiver'
    status: 'active' | 'invited'
    userId?: UserId
    inviteTokenHash?: string
    invitedByUserId?: UserId
    acceptedAt?: Date
  },
): Promise<void> {
  await tx.insert(caseMember).values(values)
}

/** Revokes a caregiver of this case; false when there is no such live caregiver. */
export async function revokeCaregiver(tx: Db, caseId: CaseId, memberId: MemberId, now: Date) {
  const revoked = await tx
    .update(caseMember)
    .set({ status: 'revoked', inviteTokenHash: null, revokedAt: now })
    .where(
      and(
        eq(caseMember.id, memberId),
        eq(caseMember.caseId, caseId),
        eq(caseMember.role, 'caregiver'),
        sql`${caseMember.status} in ('invited', 'active')`,
      ),
    )
    .returning({ email: caseMember.email, userId: caseMember.userId })
  return revoked[0] ?? null
}

/** The language a person's emails are written in, or null for no such account. */
export async function localeOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ locale: user.locale }).from(user).where(eq(user.id, userId))
  return row?.locale ?? null
}

/** Still open, by its token's hash, on a case that still exists: what the page shows is what accepting locks. */
const openInvitationOf = (tokenHash: string) =>
  and(
    eq(caseMember.inviteTokenHash, tokenHash),
    eq(caseMember.status, 'invited'),
    sql`${patientCase.erasedAt} is null`,
  )

/** An open invitation by its token's hash, locked, on a case that still exists. */
export async function lockInvitation(tx: Db, tokenHash: string) {
  const [invite] = await tx
    .select({ member: caseMember })
    .from(caseMember)
    .innerJoin(patientCase, eq(patientCase.id, caseMember.caseId))
    .where(openInvitationOf(tokenHash))
    .for('update')
  return invite?.member ?? null
}

/** An open invitation by its token, with the name of who sent it (null once their account is gone). */
export async function openInvitation(db: Db, tokenHash: string) {
  const [invite] = await db
    .select({ email: caseMember.email, inviterName: user.name })
    .from(caseMember)
    .innerJoin(patientCase, eq(patientCase.id, caseMember.caseId))
    .leftJoin(user, eq(user.id, caseMember.invitedByUserId))
    .where(openInvitationOf(tokenHash))
  return invite ?? null
}

export async function isActiveMember(tx: Db, caseId: string, userId: UserId): Promise<boolean> {
  const [row] = await tx
    .select({ id: caseMember.id })
    .from(caseMember)
    .where(and(eq(caseMember.caseId, caseId), eq(caseMember.userId, userId), eq(caseMember.status, 'active')))
    .limit(1)
  return Boolean(row)
}

export async function closeInvitation(
  tx: Db,
  memberId: string,
  outcome: { acceptedBy: UserId; at: Date } | { revokedAt: Date },
): Promise<void> {
  await tx
    .update(caseMember)
    .set(
      'acceptedBy' in outcome
        ? { userId: outcome.acceptedBy, status: 'active', inviteTokenHash: null, acceptedAt: outcome.at }
        : { status: 'revoked', inviteTokenHash: null, revokedAt: outcome.revokedAt },
    )
    .where(eq(caseMember.id, memberId))
}

export type Recipient = { id: string; email: string; name: string; locale: string | null }

/** The patient side of a case: its active members with accounts. */
export async function patientSideRecipients(
  db: Db,
  caseId: CaseId,
  exceptUserId?: string,
): Promise<Recipient[]> {
  const rows = await db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(caseMember)
    .innerJoin(user, eq(user.id, caseMember.userId))
    .where(and(eq(caseMember.caseId, caseId), eq(caseMember.status, 'active'), isNotNull(caseMember.userId)))
  return rows.filter((r) => r.id !== exceptUserId)
}

/** The case's coordinator, or every coordinator while none is assigned. */
export async function coordinatorRecipients(
  db: Db,
  assignedUserId: string | null,
  exceptUserId?: string,
): Promise<Recipient[]> {
  const rows = await db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(user)
    .where(assignedUserId ? eq(user.id, assignedUserId) : inArray(user.role, ['coordinator']))
  return rows.filter((r) => r.id !== exceptUserId)
}
