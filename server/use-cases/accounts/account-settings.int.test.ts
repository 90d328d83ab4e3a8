import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { asUserId } from '#domain/shared/ids.ts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { aCoordinator, aPatient } from '#tests/fixtures/builders.ts'
import { browserRequest, engineUnderTest, eventually, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, outboxEmail } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { coordinatorDigest } from '../../db/schema/cases.ts'
import { readAccountSettings, saveAccountSettings } from './account-settings.ts'
import { requestPasswordReset } from './password-reset.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

describe(`account settings on ${engineUnderTest}`, () => {
  test('a family member who signed up in English gets the next email in Arabic after choosing it', async () => {
    const person = await aPatient(rt, 'settings-lang')
    const saved = await saveAccountSettings(rt, person, { name: 'Nadia Haddad', locale: 'ar' })
    expect(saved).toEqual({ ok: true, value: { changed: ['name', 'locale'] } })
    expect(await readAccountSettings(rt, person)).toEqual({
      name: 'Nadia Haddad',
      locale: 'ar',
      digestTimeZone: null,
    })
    await requestPasswordReset(rt, person.email, browserRequest(rt))
    const email = await eventually(async () => {
      const [row] = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, person.email))
      return row
    })
    expect(email.locale).toBe('ar')
    expect(email.text).toContain('Nadia Haddad')
    // The audit says what changed, never to what.
    const [audit] = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, person.id), eq(auditEvent.action, 'account.settings-changed')))
    expect(audit!.details).toEqual({ fields: ['name', 'locale'] })
    expect(JSON.stringify(audit)).not.toContain('Nadia')
  })

  test('a refused change saves nothing, not even the fields that were fine', async () => {
    const person = await aPatient(rt, 'settings-refused')
    const saved = await saveAccountSettings(rt, person, { name: '   ', locale: 'fr' })
    expect(saved).toEqual({ ok: false, error: [{ code: 'account.name-missing', field: 'name' }] })
    const [row] = await rt.database.db.select().from(user).where(eq(user.id, person.id))
    expect({ name: row!.name, locale: row!.locale }).toEqual({ name: person.name, locale: 'en' })
  })

  test('saving what is already there changes and audits nothing', async () => {
    const person = await aPatient(rt, 'settings-same')
    expect(await saveAccountSettings(rt, person, { name: person.name, locale: 'en' })).toEqual({
      ok: true,
      value: { changed: [] },
    })
    const audits = await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, person.id))
    expect(audits).toEqual([])
  })

  test('a coordinator’s digest follows the time zone they choose, and only theirs', async () => {
    const ana = await aCoordinator(rt, 'settings-zone')
    expect((await readAccountSettings(rt, ana)).digestTimeZone).toBe('UTC')
    const saved = await saveAccountSettings(rt, ana, {
      name: ana.name,
      locale: 'en',
      digestTimeZone: 'Asia/Amman',
    })
    expect(saved).toEqual({ ok: true, value: { changed: ['digestTimeZone'] } })
    // A second change updates the same row (the digest keeps the day it was last sent).
    await saveAccountSettings(rt, ana, { name: ana.name, locale: 'en', digestTimeZone: 'America/New_York' })
    const rows = await rt.database.db
      .select()
      .from(coordinatorDigest)
      .where(eq(coordinatorDigest.userId, ana.id))
    expect(rows.map((r) => r.timeZone)).toEqual(['America/New_York'])

    const patient = await aPatient(rt, 'settings-no-zone')
    await saveAccountSettings(rt, patient, { name: 'P', locale: 'en', digestTimeZone: 'Asia/Amman' })
    expect(
      await rt.database.db.select().from(coordinatorDigest).where(eq(coordinatorDigest.userId, patient.id)),
    ).toEqual([])
  })

  test('a clinic’s staff member keeps their name, printed on the plans they sign, and may change the rest', async () => {
    const id = randomUUID()
    await rt.database.db.insert(user).values({
      id,
      name: 'Dr Ananya Rao',
      email: `doctor-${id.slice(0, 8)}@example.test`,
      role: 'clinic-staff',
    })
    const doctor = { id: asUserId(id), role: 'clinic-staff' as const }
    expect(await saveAccountSettings(rt, doctor, { name: 'Someone Else', locale: 'ar' })).toEqual({
      ok: true,
      value: { changed: ['locale'] },
    })
    expect(await readAccountSettings(rt, doctor)).toMatchObject({ name: 'Dr Ananya Rao', locale: 'ar' })
  })
})
