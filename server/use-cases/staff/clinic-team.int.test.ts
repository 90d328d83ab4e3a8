import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { asProviderId, type ProviderId } from '#domain/shared/ids.ts'
import { aCase, aClinicMember, aClock, aPatient, depsOf, type Person } from '#tests/fixtures/builders.ts'
import { startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, provider, providerStaff } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { renderEmail, type EmailRequest } from '../../mail/templates.ts'
import {
  acceptTeamInvitation,
  changeTeamRole,
  clinicTeam,
  inviteToTeam,
  previewTeamInvitation,
  recordRegistration,
  removeFromTeam,
  revokeTeamInvitation,
} from './clinic-team.ts'

// A clinic's team (issue 15): its administrators invite by email and remove
// members; the link is accepted only by the account of the invited address;
// the clinic always keeps an administrator; every change is audited.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

function world() {
  const emails: EmailRequest[] = []
  const clock = aClock()
  const deps = depsOf(rt, {
    clock,
    notify: { publicUrl: 'http://waypoint.test', email: async (r) => void emails.push(r) },
  })
  const tokenOf = (email: EmailRequest) => email.params.url.split('/clinic-invitations/')[1]!
  return { deps, emails, clock, tokenOf }
}

/** A clinic of its own (the server's database keeps other runs' clinics) with one administrator. */
async function aClinic(): Promise<{ providerId: ProviderId; admin: Person }> {
  const id = `test-clinic-${randomUUID().slice(0, 8)}`
  await rt.database.db.insert(provider).values({
    id,
    slug: id,
    name: 'Test clinic',
    kind: 'clinic',
    countryCode: 'IN',
    city: 'Pune',
    summary: 'A clinic made by a test.',
  })
  const admin = await aClinicMember(rt, id, 'admin', 'clinic-administrator')
  return { providerId: asProviderId(id), admin }
}

const roleOf = async (userId: string, providerId: string) =>
  (
    await rt.database.db
      .select({ role: providerStaff.role })
      .from(providerStaff)
      .where(and(eq(providerStaff.userId, userId), eq(providerStaff.providerId, providerId)))
  )[0]?.role ?? null

describe('a clinic team', () => {
  test('an administrator invites by email; the invited address accepts, joins in its role and must use staff sign-in', async () => {
    const { deps, emails, tokenOf } = world()
    const { providerId, admin } = await aClinic()
    const newcomer = await aPatient(rt, 'new-doctor')
    const invited = await inviteToTeam(deps, admin.id, providerId, {
      email: ` ${newcomer.email.toUpperCase()} `,
      role: 'treating-doctor',
      locale: 'fr',
    })
    expect(invited.ok).toBe(true)
    // The email goes to the address, in the chosen language, with a link, the clinic and the role.
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({ template: 'clinic-invitation', to: newcomer.email, locale: 'fr' })
    expect(Object.keys(emails[0]!.params).toSorted()).toEqual(['clinic', 'clinicRole', 'url'])
    const [clinicRow] = await rt.database.db.select().from(provider).where(eq(provider.id, providerId))
    const text = renderEmail(emails[0]!).text
    expect(text).toContain(clinicRow!.name)
    expect(text).toContain('Médecin traitant')
    const team = await clinicTeam(deps, admin.id, providerId)
    expect(team?.invitations.map((i) => [i.email, i.role])).toEqual([[newcomer.email, 'treating-doctor']])

    const accepted = await acceptTeamInvitation(deps, newcomer.id, tokenOf(emails[0]!))
    expect(accepted).toEqual({ ok: true, value: { providerId, becomesStaff: true } })
    expect(await roleOf(newcomer.id, providerId)).toBe('treating-doctor')
    const [account] = await rt.database.db
      .select({ role: user.role })
      .from(user)
      .where(eq(user.id, newcomer.id))
    expect(account?.role).toBe('clinic-staff')
    // The link is used up, and the invitation no longer shows as open.
    expect(await acceptTeamInvitation(deps, newcomer.id, tokenOf(emails[0]!))).toEqual({
      ok: false,
      error: { code: 'team.not-found' },
    })
    expect((await clinicTeam(deps, admin.id, providerId))?.invitations).toEqual([])
    const audit = await rt.database.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(eq(auditEvent.subjectId, providerId))
    expect(audit.map((a) => a.action).sort()).toEqual(['clinic-team.invited', 'clinic-team.joined'])
  })

  test('only the account of the invited address accepts, and never one that holds a family case', async () => {
    const { deps, emails, tokenOf } = world()
    const { providerId, admin } = await aClinic()
    const other = await aPatient(rt, 'someone-else')
    const invitee = await aPatient(rt, 'invitee')
    await inviteToTeam(deps, admin.id, providerId, {
      email: invitee.email,
      role: 'international-desk',
      locale: 'en',
    })
    const token = tokenOf(emails[0]!)
    expect(await acceptTeamInvitation(deps, other.id, token)).toMatchObject({
      error: { code: 'team.wrong-account' },
    })
    expect(await roleOf(other.id, providerId)).toBeNull()

    // A family account of the invited address: its health data and a staff role never share an account.
    const family = await aPatient(rt, 'family')
    await aCase(rt, family)
    await inviteToTeam(deps, admin.id, providerId, {
      email: family.email,
      role: 'international-desk',
      locale: 'en',
    })
    expect(await acceptTeamInvitation(deps, family.id, tokenOf(emails[1]!))).toMatchObject({
      error: { code: 'team.account-in-use' },
    })
    expect(await roleOf(family.id, providerId)).toBeNull()
  })

  test('the accept page names the clinic and the role, and says beforehand when this account cannot accept', async () => {
    const { deps, emails, tokenOf } = world()
    const { providerId, admin } = await aClinic()
    const invitee = await aPatient(rt, 'preview-invitee')
    const other = await aPatient(rt, 'preview-other')
    await inviteToTeam(deps, admin.id, providerId, {
      email: invitee.email,
      role: 'treating-doctor',
      locale: 'en',
    })
    const token = tokenOf(emails[0]!)
    expect(await previewTeamInvitation(deps, invitee.id, token)).toEqual({
      clinic: 'Test clinic',
      role: 'treating-doctor',
      refusal: null,
      otherClinics: [],
    })
    expect(await previewTeamInvitation(deps, other.id, token)).toMatchObject({
      clinic: 'Test clinic',
      refusal: { code: 'team.wrong-account' },
    })
    // Looking changes nothing: the invitee is not on the team until they accept.
    expect(await roleOf(invitee.id, providerId)).toBeNull()
    expect(await previewTeamInvitation(deps, invitee.id, 'not-a-token')).toBeNull()
    expect((await acceptTeamInvitation(deps, invitee.id, token)).ok).toBe(true)
    // A used link offers nothing any more.
    expect(await previewTeamInvitation(deps, invitee.id, token)).toBeNull()
  })

  test('someone who already works for another clinic is told so before they accept', async () => {
    const { deps, emails, tokenOf } = world()
    const first = await aClinic()
    const second = await aClinic()
    await rt.database.db
      .update(provider)
      .set({ name: 'Second clinic' })
      .where(eq(provider.id, second.providerId))
    // The first clinic's administrator is invited to the second.
    await inviteToTeam(deps, second.admin.id, second.providerId, {
      email: first.admin.email,
      role: 'treating-doctor',
      locale: 'en',
    })
    expect(await previewTeamInvitation(deps, first.admin.id, tokenOf(emails[0]!))).toMatchObject({
      clinic: 'Second clinic',
      refusal: null,
      otherClinics: ['Test clinic'],
    })
  })

  test('an administrator changes a member’s role, audited; the last administrator keeps theirs', async () => {
    const { deps } = world()
    const { providerId, admin } = await aClinic()
    const doctor = await aClinicMember(rt, providerId, 'doctor-to-desk', 'treating-doctor')
    expect(
      (await recordRegistration(deps, admin.id, providerId, doctor.id, { number: 'KMC-1', council: 'KMC' }))
        .ok,
    ).toBe(true)
    expect(await changeTeamRole(deps, admin.id, providerId, doctor.id, 'international-desk')).toEqual({
      ok: true,
      value: { changed: true },
    })
    expect(await roleOf(doctor.id, providerId)).toBe('international-desk')
    const audits = () =>
      rt.database.db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.action, 'clinic-team.role-changed'), eq(auditEvent.subjectId, providerId)))
    expect((await audits())[0]?.details).toMatchObject({
      memberUserId: doctor.id,
      from: 'treating-doctor',
      to: 'international-desk',
    })
    // A doctor who leaves that role leaves their registration too: it is checked again if they come back.
    const [staff] = await rt.database.db
      .select({ number: providerStaff.registrationNumber })
      .from(providerStaff)
      .where(and(eq(providerStaff.userId, doctor.id), eq(providerStaff.providerId, providerId)))
    expect(staff?.number).toBeNull()
    // The role they already have: nothing changes and nothing is recorded.
    expect(await changeTeamRole(deps, admin.id, providerId, doctor.id, 'international-desk')).toEqual({
      ok: true,
      value: { changed: false },
    })
    expect(await audits()).toHaveLength(1)

    // The only administrator cannot step down; a member who is not one cannot change anyone.
    expect(await changeTeamRole(deps, admin.id, providerId, admin.id, 'international-desk')).toMatchObject({
      error: { code: 'team.last-administrator' },
    })
    expect(await changeTeamRole(deps, doctor.id, providerId, admin.id, 'international-desk')).toMatchObject({
      error: { code: 'team.not-allowed' },
    })
    expect(await roleOf(admin.id, providerId)).toBe('clinic-administrator')
  })

  test('an administrator never changes the role of another clinic’s member', async () => {
    const { deps } = world()
    const a = await aClinic()
    const b = await aClinic()
    const theirs = await aClinicMember(rt, b.providerId, 'other-clinic-desk', 'international-desk')
    expect(
      await changeTeamRole(deps, a.admin.id, a.providerId, theirs.id, 'clinic-administrator'),
    ).toMatchObject({
      error: { code: 'team.member-not-found' },
    })
    expect(
      await changeTeamRole(deps, a.admin.id, b.providerId, theirs.id, 'clinic-administrator'),
    ).toMatchObject({
      error: { code: 'team.not-allowed' },
    })
    expect(await roleOf(theirs.id, b.providerId)).toBe('international-desk')
  })

  test('members who are not administrators cannot change the team, and outsiders see nothing', async () => {
    const { deps } = world()
    const { providerId, admin } = await aClinic()
    const desk = await aClinicMember(rt, providerId, 'desk', 'international-desk')
    const elsewhere = await aClinic()
    const outsider = elsewhere.admin
    expect(
      await inviteToTeam(deps, desk.id, providerId, {
        email: 'x@example.test',
        role: 'clinic-administrator',
        locale: 'en',
      }),
    ).toMatchObject({
      error: { code: 'team.not-allowed' },
    })
    expect(await removeFromTeam(deps, desk.id, providerId, admin.id)).toMatchObject({
      error: { code: 'team.not-allowed' },
    })
    expect(await clinicTeam(deps, outsider.id, providerId)).toBeNull()
    expect(
      await inviteToTeam(deps, outsider.id, providerId, {
        email: 'y@example.test',
        role: 'clinic-administrator',
        locale: 'en',
      }),
    ).toMatchObject({
      error: { code: 'team.not-allowed' },
    })
    const view = await clinicTeam(deps, desk.id, providerId)
    expect(view?.manages).toBe(false)
    expect(view?.invitations).toEqual([])
    expect(view?.members.map((m) => m.role).sort()).toEqual(['clinic-administrator', 'international-desk'])
  })

  test('an open invitation, a member already in, a withdrawn link and an expired one are each refused', async () => {
    const { deps, emails, clock, tokenOf } = world()
    const { providerId, admin } = await aClinic()
    const desk = await aClinicMember(rt, providerId, 'desk', 'international-desk')
    const invitee = await aPatient(rt, 'invitee')
    const invite = () =>
      inviteToTeam(deps, admin.id, providerId, {
        email: invitee.email,
        role: 'international-desk',
        locale: 'en',
      })
    expect((await invite()).ok).toBe(true)
    expect(await invite()).toMatchObject({ error: { code: 'team.already-invited' } })
    expect(
      await inviteToTeam(deps, admin.id, providerId, {
        email: desk.email,
        role: 'treating-doctor',
        locale: 'en',
      }),
    ).toMatchObject({
      error: { code: 'team.already-member' },
    })
    const [open] = (await clinicTeam(deps, admin.id, providerId))!.invitations
    expect((await revokeTeamInvitation(deps, admin.id, providerId, open!.id)).ok).toBe(true)
    expect(await acceptTeamInvitation(deps, invitee.id, tokenOf(emails[0]!))).toMatchObject({
      error: { code: 'team.not-found' },
    })
    // A new invitation after the withdrawal; fifteen days later its link has lapsed.
    expect((await invite()).ok).toBe(true)
    clock.advance(15 * 86_400_000)
    expect(await acceptTeamInvitation(deps, invitee.id, tokenOf(emails[1]!))).toMatchObject({
      error: { code: 'team.not-found' },
    })
    // A lapsed invitation no longer blocks a new one.
    expect((await invite()).ok).toBe(true)
  })

  test('the clinic keeps an administrator, even when two remove each other at the same moment', async () => {
    const { deps } = world()
    const { providerId, admin } = await aClinic()
    expect(await removeFromTeam(deps, admin.id, providerId, admin.id)).toMatchObject({
      error: { code: 'team.last-administrator' },
    })
    const desk = await aClinicMember(rt, providerId, 'desk', 'international-desk')
    expect((await removeFromTeam(deps, admin.id, providerId, desk.id)).ok).toBe(true)
    expect(await roleOf(desk.id, providerId)).toBeNull()
    // Pairs of administrators removing each other at once, each pair in a clinic of its own: each clinic keeps one.
    const pairs = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const clinic = await aClinic()
        const second = await aClinicMember(rt, clinic.providerId, 'admin-2', 'clinic-administrator')
        return { ...clinic, second }
      }),
    )
    const outcomes = await Promise.all(
      pairs.map(({ providerId: id, admin: a, second }) =>
        Promise.all([removeFromTeam(deps, a.id, id, second.id), removeFromTeam(deps, second.id, id, a.id)]),
      ),
    )
    for (const [i, both] of outcomes.entries()) {
      expect(both.filter((r) => r.ok)).toHaveLength(1)
      const admins = await rt.database.db
        .select({ id: providerStaff.userId })
        .from(providerStaff)
        .where(
          and(
            eq(providerStaff.providerId, pairs[i]!.providerId),
            eq(providerStaff.role, 'clinic-administrator'),
          ),
        )
      expect(admins).toHaveLength(1)
    }
  })

  test("only an administrator records a registration, and only a treating doctor's, number and council both given", async () => {
    const { deps } = world()
    const { providerId, admin } = await aClinic()
    const doctor = await aClinicMember(rt, providerId, 'doctor', 'treating-doctor')
    const desk = await aClinicMember(rt, providerId, 'desk', 'international-desk')
    const record = (
      by: Person,
      memberId: string,
      number = 'KMC-4711',
      council = 'Karnataka Medical Council',
    ) => recordRegistration(deps, by.id, providerId, memberId, { number, council })
    expect(await record(admin, doctor.id, ' ', '')).toEqual({
      ok: false,
      error: [
        { code: 'team.registration-number-missing', field: 'registrationNumber' },
        { code: 'team.registration-council-missing', field: 'registrationCouncil' },
      ],
    })
    expect(await record(desk, doctor.id)).toEqual({ ok: false, error: [{ code: 'team.not-allowed' }] })
    expect(await record(admin, desk.id)).toEqual({ ok: false, error: [{ code: 'team.not-a-doctor' }] })
    expect(await record(admin, doctor.id)).toEqual({ ok: true, value: null })
    const row = (await clinicTeam(deps, admin.id, providerId))!.members.find((m) => m.userId === doctor.id)
    expect(row).toMatchObject({
      registrationNumber: 'KMC-4711',
      registrationCouncil: 'Karnataka Medical Council',
    })
    const audit = await rt.database.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(
        and(eq(auditEvent.subjectId, providerId), eq(auditEvent.action, 'clinic-team.registration-recorded')),
      )
    expect(audit).toHaveLength(1)
  })
})
