import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { aCase, aCoordinator, aPatient, depsOf, open, uploadRequest } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { outboxEmail } from '../../db/schema/app.ts'
import { openCase } from '../../cases/open-case.ts'
import { acceptInvitation, previewInvitation } from './members.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

async function invitationToken(email: string): Promise<string> {
  const emails = async () => rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email))
  await expect.poll(async () => (await emails()).length, { timeout: 15_000 }).toBe(1)
  return /\/invitations\/([A-Za-z0-9_-]+)/.exec((await emails())[0]!.text)![1]!
}

describe(`helpers on a case on ${engineUnderTest}`, () => {
  test('someone already invited is not invited twice, whatever the case of the address', async () => {
    const patient = await aPatient(rt)
    const helper = await aPatient(rt, 'helper')
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    expect(await handle.invite(helper.email.toUpperCase())).toMatchObject({ ok: true })
    expect(await handle.invite(helper.email)).toEqual({
      ok: false,
      error: { code: 'members.already-invited' },
    })
    // Their own address is named as such, not as someone already invited.
    expect(await handle.invite(` ${patient.email.toUpperCase()} `)).toEqual({
      ok: false,
      error: { code: 'members.own-address' },
    })
  })

  test('an invitation link works once, for the person who follows it', async () => {
    const patient = await aPatient(rt)
    const helper = await aPatient(rt, 'helper')
    const caseId = await aCase(rt, patient)
    await (await open(rt, patient, caseId, 'member')).invite(helper.email)
    const token = await invitationToken(helper.email)
    expect(await acceptInvitation(depsOf(rt), helper, 'wrong-token')).toMatchObject({ ok: false })
    expect(await acceptInvitation(depsOf(rt), helper, token)).toEqual({ ok: true, value: { caseId } })
    expect(await acceptInvitation(depsOf(rt), helper, token)).toMatchObject({ ok: false })
    expect((await open(rt, helper, caseId, 'member')).member.role).toBe('caregiver')
  })

  test('an invitation opens the case only for the account of the address it was sent to', async () => {
    const patient = await aPatient(rt)
    const helper = await aPatient(rt, 'helper')
    const stranger = await aPatient(rt, 'stranger')
    const caseId = await aCase(rt, patient)
    await (await open(rt, patient, caseId, 'member')).invite(helper.email)
    const token = await invitationToken(helper.email)
    // A forwarded or intercepted link: refused, and still there for the person invited.
    expect(await acceptInvitation(depsOf(rt), stranger, token)).toEqual({
      ok: false,
      error: { code: 'invitation.other-address' },
    })
    expect(await openCase(depsOf(rt), stranger, caseId)).toBeNull()
    // Someone already on the case cannot use another person's link to close it either.
    expect(await acceptInvitation(depsOf(rt), patient, token)).toMatchObject({ ok: false })
    expect(
      await acceptInvitation(depsOf(rt), { ...helper, email: helper.email.toUpperCase() }, token),
    ).toEqual({
      ok: true,
      value: { caseId },
    })
  })

  test('a staff account cannot join a family’s case, where every page would be closed to it', async () => {
    const patient = await aPatient(rt)
    const coordinator = await aCoordinator(rt, 'invited-coordinator')
    const caseId = await aCase(rt, patient)
    await (await open(rt, patient, caseId, 'member')).invite(coordinator.email)
    const token = await invitationToken(coordinator.email)
    const refused = { code: 'invitation.staff-account' }
    expect(await previewInvitation(depsOf(rt), coordinator, token)).toMatchObject({ refusal: refused })
    expect(await acceptInvitation(depsOf(rt), coordinator, token)).toEqual({ ok: false, error: refused })
    const members = await (await open(rt, patient, caseId, 'member')).members()
    expect(members.find((m) => m.email === coordinator.email)?.status).toBe('invited')
  })

  test('the invitation page names who invited only to the invited account, and says beforehand who cannot accept', async () => {
    const patient = await aPatient(rt)
    const helper = await aPatient(rt, 'helper')
    const stranger = await aPatient(rt, 'stranger')
    const caseId = await aCase(rt, patient)
    await (await open(rt, patient, caseId, 'member')).invite(helper.email)
    const token = await invitationToken(helper.email)
    expect(await previewInvitation(depsOf(rt), helper, token)).toEqual({
      inviter: patient.name,
      refusal: null,
    })
    expect(await previewInvitation(depsOf(rt), stranger, token)).toEqual({
      inviter: null,
      refusal: { code: 'invitation.other-address' },
    })
    expect(await previewInvitation(depsOf(rt), helper, 'wrong-token')).toBeNull()
    await acceptInvitation(depsOf(rt), helper, token)
    // Used once: the link names nobody any more.
    expect(await previewInvitation(depsOf(rt), helper, token)).toBeNull()
  })

  test('a caregiver acts on the case but cannot invite or revoke', async () => {
    const patient = await aPatient(rt)
    const helper = await aPatient(rt, 'helper')
    const caseId = await aCase(rt, patient)
    await (await open(rt, patient, caseId, 'member')).invite(helper.email)
    await acceptInvitation(depsOf(rt), helper, await invitationToken(helper.email))
    const asHelper = await open(rt, helper, caseId, 'member')
    expect(await asHelper.sendMessage(uploadRequest([], { body: 'Hello from the helper' }))).toMatchObject({
      ok: true,
    })
    expect((await (await open(rt, patient, caseId, 'member')).messages()).map((m) => m.body)).toEqual([
      'Hello from the helper',
    ])
    expect(await asHelper.invite('x@example.test')).toEqual({
      ok: false,
      error: { code: 'members.not-allowed' },
    })
    expect(await asHelper.revoke(asHelper.member.id)).toEqual({
      ok: false,
      error: { code: 'members.not-allowed' },
    })
  })

  test('a revoked caregiver loses access at once', async () => {
    const patient = await aPatient(rt)
    const helper = await aPatient(rt, 'helper')
    const caseId = await aCase(rt, patient)
    await (await open(rt, patient, caseId, 'member')).invite(helper.email)
    await acceptInvitation(depsOf(rt), helper, await invitationToken(helper.email))
    const memberId = (await open(rt, helper, caseId, 'member')).member.id
    expect(await (await open(rt, patient, caseId, 'member')).revoke(memberId)).toEqual({
      ok: true,
      value: null,
    })
    expect(await openCase(depsOf(rt), helper, caseId)).toBeNull()
    // They are told, rather than meeting "Page not found" on their next visit.
    const told = async () =>
      (await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, helper.email))).filter(
        (e) => e.template === 'case-access-ended',
      )
    await expect.poll(async () => (await told()).length, { timeout: 15_000 }).toBe(1)
    expect((await told())[0]!.subject).toContain('You no longer help with case WP-')
  })

  test('nobody revokes themselves', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    expect(await handle.revoke(handle.member.id)).toEqual({ ok: false, error: { code: 'members.not-found' } })
  })
})
