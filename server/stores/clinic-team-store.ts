import { and, asc, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { ClinicRole } from '#domain/clinics/clinic-roles.ts'
import type { Role } from '#domain/accounts/roles.ts'
import type { ProviderId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { user } from '../db/schema/auth.ts'
import { clinicInvitation, provider, providerStaff } from '../db/schema/app.ts'
import { caseMember } from '../db/schema/cases.ts'

// A clinic's team: its members with their roles, and the invitations still open.

export async function clinicName(db: Db, providerId: ProviderId): Promise<string | null> {
  const [row] = await db.select({ name: provider.name }).from(provider).where(eq(provider.id, providerId))
  return row?.name ?? null
}

export async function teamMembers(db: Db, providerId: ProviderId) {
  return db
    .select({
      userId: providerStaff.userId,
      name: user.name,
      email: user.email,
      role: providerStaff.role,
      registrationNumber: providerStaff.registrationNumber,
      registrationCouncil: providerStaff.registrationCouncil,
    })
    .from(providerStaff)
    .innerJoin(user, eq(user.id, providerStaff.userId))
    .where(eq(providerStaff.providerId, providerId))
    .orderBy(asc(user.name), asc(user.email))
}

export async function openTeamInvitations(db: Db, providerId: ProviderId, now: Date) {
  return db
    .select({
      id: clinicInvitation.id,
      email: clinicInvitation.email,
      role: clinicInvitation.role,
      expiresAt: clinicInvitation.expiresAt,
    })
    .from(clinicInvitation)
    .where(
      and(
        eq(clinicInvitation.providerId, providerId),
        isNull(clinicInvitation.closedAt),
        gt(clinicInvitation.expiresAt, now),
      ),
    )
    .orderBy(asc(clinicInvitation.createdAt))
}

/** The member's role in this clinic, or null; with `lock`, held until the transaction ends. */
export async function teamRoleOf(
  db: Db,
  userId: UserId,
  providerId: ProviderId,
  lock = false,
): Promise<ClinicRole | null> {
  const query = db
    .select({ role: providerStaff.role })
    .from(providerStaff)
    .where(and(eq(providerStaff.userId, userId), eq(providerStaff.providerId, providerId)))
  const [row] = lock ? await query.for('update') : await query
  return row?.role ?? null
}

/** Locks the clinic's row: team changes of one clinic take turns, so the last administrator stays. */
export async function lockClinic(tx: Db, providerId: ProviderId): Promise<boolean> {
  const [row] = await tx
    .select({ id: provider.id })
    .from(provider)
    .where(eq(provider.id, providerId))
    .for('update')
  return Boolean(row)
}

export async function administratorCount(tx: Db, providerId: ProviderId): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(providerStaff)
    .where(and(eq(providerStaff.providerId, providerId), eq(providerStaff.role, 'clinic-administrator')))
  return row?.n ?? 0
}

export async function isMemberByEmail(tx: Db, providerId: ProviderId, email: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: providerStaff.userId })
    .from(providerStaff)
    .innerJoin(user, eq(user.id, providerStaff.userId))
    .where(and(eq(providerStaff.providerId, providerId), sql`lower(${user.email}) = ${email}`))
    .limit(1)
  return Boolean(row)
}

/** Closes what has expired for this address, then says whether one is still open. */
export async function hasOpenInvitation(
  tx: Db,
  providerId: ProviderId,
  email: string,
  now: Date,
): Promise<boolean> {
  const where = and(
    eq(clinicInvitation.providerId, providerId),
    eq(clinicInvitation.email, email),
    isNull(clinicInvitation.closedAt),
  )
  await tx
    .update(clinicInvitation)
    .set({ closedAt: now })
    .where(and(where, sql`${clinicInvitation.expiresAt} <= ${now}`))
  const [row] = await tx.select({ id: clinicInvitation.id }).from(clinicInvitation).where(where).limit(1)
  return Boolean(row)
}

export async function insertTeamInvitation(tx: Db, row: typeof clinicInvitation.$inferInsert) {
  await tx.insert(clinicInvitation).values(row)
}

/** Closes an open invitation of this clinic; false when there was none. */
export async function closeTeamInvitation(
  tx: Db,
  providerId: ProviderId,
  invitationId: string,
  now: Date,
): Promise<boolean> {
  const closed = await tx
    .update(clinicInvitation)
    .set({ closedAt: now })
    .where(
      and(
        eq(clinicInvitation.id, invitationId),
        eq(clinicInvitation.providerId, providerId),
        isNull(clinicInvitation.closedAt),
      ),
    )
    .returning({ id: clinicInvitation.id })
  return closed.length > 0
}

/** An open, unexpired invitation by its token's hash, locked. */
export async function lockTeamInvitation(tx: Db, tokenHash: string, now: Date) {
  const [row] = await tx
    .select()
    .from(clinicInvitation)
    .where(
      and(
        eq(clinicInvitation.tokenHash, tokenHash),
        isNull(clinicInvitation.closedAt),
        gt(clinicInvitation.expiresAt, now),
      ),
    )
    .for('update')
  return row ?? null
}

export async function acceptedTeamInvitation(tx: Db, invitationId: string, userId: UserId, now: Date) {
  await tx
    .update(clinicInvitation)
    .set({ closedAt: now, acceptedByUserId: userId })
    .where(eq(clinicInvitation.id, invitationId))
}

/** An invitation still open, with the clinic's name, for the page that asks to accept it. */
export async function openTeamInvitation(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      email: clinicInvitation.email,
      role: clinicInvitation.role,
      clinic: provider.name,
      providerId: clinicInvitation.providerId,
    })
    .from(clinicInvitation)
    .innerJoin(provider, eq(provider.id, clinicInvitation.providerId))
    .where(
      and(
        eq(clinicInvitation.tokenHash, tokenHash),
        isNull(clinicInvitation.closedAt),
        gt(clinicInvitation.expiresAt, now),
      ),
    )
  return row ? { ...row, role: row.role as ClinicRole } : null
}

/** What accepting needs to know of the account, locked so its role changes once. */
export function lockAccount(tx: Db, userId: UserId) {
  return accountForTeam(tx, userId, true)
}

/** The same, unlocked, for the page that asks to accept. */
export async function accountForTeam(tx: Db, userId: UserId, lock = false) {
  const query = tx
    .select({ email: user.email, emailVerified: user.emailVerified, role: user.role })
    .from(user)
    .where(eq(user.id, userId))
  const [row] = lock ? await query.for('update') : await query
  if (!row) return null
  const [onCase] = await tx
    .select({ id: caseMember.id })
    .from(caseMember)
    .where(and(eq(caseMember.userId, userId), inArray(caseMember.status, ['active', 'invited'])))
    .limit(1)
  return { ...row, role: row.role as Role, onCases: Boolean(onCase) }
}

export async function makeClinicStaff(tx: Db, userId: UserId) {
  await tx.update(user).set({ role: 'clinic-staff' }).where(eq(user.id, userId))
}

/** Adds the member, or gives an existing member the invitation's role. */
export async function putTeamMember(tx: Db, userId: UserId, providerId: ProviderId, role: ClinicRole) {
  await tx
    .insert(providerStaff)
    .values({ userId, providerId, role })
    .onConflictDoUpdate({ target: [providerStaff.userId, providerStaff.providerId], set: { role } })
}

export async function deleteTeamMember(tx: Db, userId: UserId, providerId: ProviderId): Promise<boolean> {
  const removed = await tx
    .delete(providerStaff)
    .where(and(eq(providerStaff.userId, userId), eq(providerStaff.providerId, providerId)))
    .returning({ id: providerStaff.userId })
  return removed.length > 0
}

/** A doctor who takes another role loses their registration here: it is recorded again, checked, if they return to it. */
export async function setTeamRole(tx: Db, userId: UserId, providerId: ProviderId, role: ClinicRole) {
  await tx
    .update(providerStaff)
    .set(
      role === 'treating-doctor' ? { role } : { role, registrationNumber: null, registrationCouncil: null },
    )
    .where(and(eq(providerStaff.userId, userId), eq(providerStaff.providerId, providerId)))
}

export async function saveRegistration(
  tx: Db,
  userId: UserId,
  providerId: ProviderId,
  registration: { number: string; council: string },
): Promise<void> {
  await tx
    .update(providerStaff)
    .set({ registrationNumber: registration.number, registrationCouncil: registration.council })
    .where(and(eq(providerStaff.userId, userId), eq(providerStaff.providerId, providerId)))
}
