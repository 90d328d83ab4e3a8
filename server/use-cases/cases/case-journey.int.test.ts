import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { asUserId } from '#domain/shared/ids.ts'
import type { Role } from '#domain/accounts/roles.ts'
import type { SessionUser } from '../../auth/session.ts'
import { providerStaff } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { patientCase } from '../../db/schema/cases.ts'
import { outboxEmail } from '../../db/schema/app.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { caseDocument } from '../../db/schema/cases.ts'
import { openCaseDocument } from '../documents/case-documents.ts'
import { uploadDocuments } from '../documents/upload-documents.ts'
import { accessLog } from '../privacy/access-log.ts'
import { eraseAccount } from '../privacy/erase-account.ts'
import { findCaseForMember } from './case-records.ts'
import { acknowledgeEvidence, chooseOffers } from './choose-offers.ts'
import { setProcessingConsent, setShare } from './consent.ts'
import { clinicReferrals, openReferralForClinic } from './list-cases.ts'
import { acceptInvitation, inviteCaregiver, revokeMember } from './members.ts'
import { postMessage, listMessages } from './messages.ts'
import { saveAnswer } from './save-answer.ts'
import { startCase } from './start-case.ts'
import { runCaseCommand, submitIntake } from './transition-case.ts'

// The case use cases on a real database (PGlite, and the PostgreSQL server in
// CI): tenancy in SQL, consent taking effect at once, audit, erasure.
let rt: Awaited<ReturnType<typeof startTestRuntime>>

async function person(role: Role, label: string): Promise<SessionUser> {
  const id = randomUUID()
  const email = `${label}-${id.slice(0, 8)}@example.test`
  await rt.database.db.insert(user).values({ id, name: `${label} person`, email, emailVerified: true, role })
  return {
    id: asUserId(id),
    name: `${label} person`,
    email,
    role,
    locale: 'en',
    emailVerified: true,
    twoFactorEnabled: true,
  }
}

function multipartRequest(files: { name: string; bytes: Buffer }[]): Request {
  const form = new FormData()
  for (const f of files) form.append('file', new Blob([new Uint8Array(f.bytes)]), f.name)
  return new Request('http://localhost/upload', { method: 'POST', body: form })
}

const alsAnswers: Record<string, unknown> = {
  'who-for': 'someone-else',
  relationship: 'parent',
  'patient-name': 'Salma Haddad',
  'date-of-birth': '1958-04-12',
  country: 'JO',
  language: 'ar',
  'time-zone': 'Asia/Amman',
  contact: { method: 'email', detail: 'karim@example.test' },
  condition: 'als',
  'first-symptoms': '2025-03-01',
  'diagnosis-date': '2025-09-15',
  'onset-region': 'limb',
  'diagnostic-category': 'probable',
  genetics: ['unknown'],
  medicines: ['riluzole'],
  'breathing-support': 'none',
  'feeding-tube': 'no',
  fvc: {},
  'alsfrs-date': '2026-11-02',
  ...Object.fromEntries(
    ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12'].map((i) => [`alsfrs-${i}`, '3']),
  ),
  hopes: 'A plan',
  'treatments-of-interest': [],
  'countries-of-interest': ['any'],
  budget: {},
  'travel-window': {},
  attendants: '1',
}

beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

describe(`the case journey on ${engineUnderTest}`, () => {
  test('a caregiver sends a complete case; the clinic sees only what was shared, until consent is withdrawn', async () => {
    const caregiver = await person('patient', 'karim')
    const stranger = await person('patient', 'stranger')
    const coordinator = await person('coordinator', 'coord')
    const clinicUser = await person('clinic-staff', 'lotus')
    await rt.database.db
      .insert(providerStaff)
      .values({ userId: clinicUser.id, providerId: 'demo-lotus-neuro' })
    const otherClinic = await person('clinic-staff', 'rhein')
    await rt.database.db
      .insert(providerStaff)
      .values({ userId: otherClinic.id, providerId: 'demo-rheinufer' })

    const { caseId } = await startCase(rt, caregiver)
    // Another person's id finds nothing: tenancy is in SQL.
    expect(await findCaseForMember(rt, stranger.id, caseId)).toBeNull()
    let found = (await findCaseForMember(rt, caregiver.id, caseId))!
    for (const [question, value] of Object.entries(alsAnswers)) {
      await saveAnswer(rt, caregiver.id, found, question, value as never)
      found = (await findCaseForMember(rt, caregiver.id, caseId))!
    }
    // Opening it for someone else made the caregiver the patient's representative.
    expect(found.member.role).toBe('representative')
    // Answers are sealed at rest: the name is not in the row.
    const [raw] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
    expect(raw!.answers).not.toContain('Salma')

    // Not complete yet: sending is refused with the tasks that are missing.
    const early = await submitIntake(rt, caregiver.id, found)
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'case.incomplete', tasks: ['providers', 'consent'] },
    })

    const chosen = await chooseOffers(rt, caregiver.id, found, {
      offerIds: ['offer-lotus-mdt', 'offer-rhein-mdt', 'offer-hanbit-lenzu', 'offer-sunrise-package'],
      helpMeChoose: false,
    })
    // A blocked offer cannot be chosen, whatever the form says.
    expect(chosen).toEqual({ ok: true, value: { chosen: 3 } })
    await acknowledgeEvidence(rt, caregiver.id, found, ['offer-hanbit-lenzu'])

    const uploaded = await uploadDocuments(
      rt,
      caregiver.id,
      found,
      multipartRequest([
        { name: 'letter.pdf', bytes: tinyPdf('Neurology letter') },
        { name: 'mri.zip', bytes: dicomZip({ modality: 'MR' }) },
      ]),
    )
    expect(uploaded.ok).toBe(true)
    const [letter, mri] = uploaded.ok ? uploaded.value.outcomes : []
    expect(letter).toMatchObject({ ok: true, filename: 'letter.pdf' })
    expect(mri).toMatchObject({ ok: true, filename: 'mri.zip' })
    const letterId = letter!.ok ? letter!.documentId : ''

    await setProcessingConsent(rt, caregiver.id, found, true)
    found = (await findCaseForMember(rt, caregiver.id, caseId))!
    expect(
      await setShare(rt, caregiver.id, found, {
        providerId: 'demo-lotus-neuro',
        share: true,
        documentIds: [letterId],
        sections: ['condition', 'alsfrs'],
      }),
    ).toBe('given')
    expect(
      await setShare(rt, caregiver.id, found, {
        providerId: 'demo-rheinufer',
        share: true,
        documentIds: [],
        sections: ['condition'],
      }),
    ).toBe('given')
    expect(
      await setShare(rt, caregiver.id, found, {
        providerId: 'demo-hanbit',
        share: false,
        documentIds: [],
        sections: [],
      }),
    ).toBe('not-shared')
    // Consent can only go to providers the patient chose.
    expect(
      await setShare(rt, caregiver.id, found, {
        providerId: 'demo-chao-phraya',
        share: true,
        documentIds: [],
        sections: ['about'],
      }),
    ).toBeNull()

    const sent = await submitIntake(rt, caregiver.id, found)
    expect(sent).toEqual({ ok: true, value: { to: 'records-submitted' } })
    // Sending twice cannot move it again.
    found = (await findCaseForMember(rt, caregiver.id, caseId))!
    expect(await submitIntake(rt, caregiver.id, found)).toMatchObject({
      ok: false,
      error: { code: 'case.wrong-stage' },
    })

    // The coordinator is told, with the reference and no health details.
    const toCoordinator = async () =>
      (await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, coordinator.email))).map(
        (e) => e.text,
      )
    await expect
      .poll(toCoordinator, { timeout: 15_000 })
      .toEqual([expect.stringContaining(found.row.reference)])
    expect((await toCoordinator())[0]).not.toContain('Salma')

    // Clinic: its own referral, only the shared sections, never contact details.
    const referral = (await openReferralForClinic(rt, clinicUser, caseId, null))!
    expect(Object.keys(referral.answers)).toContain('diagnosis-date')
    expect(Object.keys(referral.answers)).toContain('alsfrs-1')
    expect(Object.keys(referral.answers)).not.toContain('contact')
    expect(Object.keys(referral.answers)).not.toContain('patient-name')
    expect(await openCaseDocument(rt, clinicUser, caseId, letterId, null)).not.toBeNull()
    const mriId = mri!.ok ? mri!.documentId : ''
    expect(await openCaseDocument(rt, clinicUser, caseId, mriId, null)).toBeNull()
    // A clinic the patient did not share with sees nothing; Rheinufer sees no documents.
    expect(await openReferralForClinic(rt, otherClinic, caseId, null)).not.toBeNull()
    expect(await openCaseDocument(rt, otherClinic, caseId, letterId, null)).toBeNull()

    // Every staff read is in the log the patient sees.
    const log = await accessLog(rt, caseId)
    expect(log.filter((e) => e.as === 'clinic' && e.what === 'document')).toHaveLength(1)
    expect(log.some((e) => e.as === 'clinic' && e.what === 'case')).toBe(true)

    // Withdrawal takes effect on the next request.
    await setShare(rt, caregiver.id, found, {
      providerId: 'demo-lotus-neuro',
      share: false,
      documentIds: [],
      sections: [],
    })
    expect(await openReferralForClinic(rt, clinicUser, caseId, null)).toBeNull()
    expect(await openCaseDocument(rt, clinicUser, caseId, letterId, null)).toBeNull()
    expect((await clinicReferrals(rt, clinicUser)).map((r) => r.id)).not.toContain(caseId)

    // Withdrawing consent to process withdraws every share.
    await setProcessingConsent(rt, caregiver.id, found, false)
    expect(await openReferralForClinic(rt, otherClinic, caseId, null)).toBeNull()

    // The coordinator moves the case on; the audit has who, what and for whom.
    const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
    expect(
      await runCaseCommand(rt, row!, { userId: coordinator.id, kind: 'coordinator' }, 'start-evaluation'),
    ).toEqual({ ok: true, value: { to: 'under-evaluation' } })
    expect(
      await runCaseCommand(rt, row!, { userId: coordinator.id, kind: 'coordinator' }, 'start-evaluation'),
    ).toMatchObject({ ok: false, error: { code: 'case.changed' } })
    const transitions = await rt.database.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.subjectId, caseId))
      .orderBy(auditEvent.id)
    expect(transitions.filter((t) => t.action === 'case.transition').map((t) => t.details)).toEqual([
      expect.objectContaining({ from: 'inquiry', to: 'records-submitted', by: 'caregiver' }),
      expect.objectContaining({ from: 'records-submitted', to: 'under-evaluation', by: 'coordinator' }),
    ])
  })

  test('caregivers are invited by email, act on the case, and lose access when revoked', async () => {
    const patient = await person('patient', 'amal')
    const helper = await person('patient', 'helper')
    const { caseId } = await startCase(rt, patient)
    const found = (await findCaseForMember(rt, patient.id, caseId))!
    expect(await inviteCaregiver(rt, patient, found, helper.email.toUpperCase())).toMatchObject({ ok: true })
    expect(await inviteCaregiver(rt, patient, found, helper.email)).toMatchObject({
      ok: false,
      error: { code: 'members.already-invited' },
    })
    await expect
      .poll(
        async () =>
          (await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, helper.email))).length,
        { timeout: 15_000 },
      )
      .toBe(1)
    const [email] = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, helper.email))
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(email!.text)![1]!
    expect(await acceptInvitation(rt, helper, 'wrong-token')).toMatchObject({ ok: false })
    expect(await acceptInvitation(rt, helper, token)).toEqual({ ok: true, value: { caseId } })
    // A used link finds nothing.
    expect(await acceptInvitation(rt, helper, token)).toMatchObject({ ok: false })

    const asHelper = (await findCaseForMember(rt, helper.id, caseId))!
    expect(asHelper.member.role).toBe('caregiver')
    await postMessage(rt, {
      row: asHelper.row,
      key: asHelper.key,
      authorUserId: helper.id,
      side: 'patient',
      body: 'Hello from the helper',
    })
    expect((await listMessages(rt, caseId, found.key)).map((m) => m.body)).toEqual(['Hello from the helper'])
    // A caregiver cannot invite or revoke others.
    expect(await inviteCaregiver(rt, helper, asHelper, 'x@example.test')).toMatchObject({
      ok: false,
      error: { code: 'members.not-allowed' },
    })

    expect(await revokeMember(rt, patient, found, asHelper.member.id)).toBe(true)
    expect(await findCaseForMember(rt, helper.id, caseId)).toBeNull()
  })

  test('erasing an account shreds its cases: keys gone, objects gone, audit kept', async () => {
    const patient = await person('patient', 'erase')
    const { caseId } = await startCase(rt, patient)
    const found = (await findCaseForMember(rt, patient.id, caseId))!
    await saveAnswer(rt, patient.id, found, 'patient-name', 'To be erased')
    const uploaded = await uploadDocuments(
      rt,
      patient.id,
      found,
      multipartRequest([{ name: 'a.pdf', bytes: tinyPdf() }]),
    )
    expect(uploaded.ok).toBe(true)
    const [doc] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.caseId, caseId))
    expect(await rt.storage.size(doc!.storageKey)).toBeGreaterThan(0)

    expect(await eraseAccount(rt, patient)).toEqual({ casesErased: 1 })
    const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
    expect(row).toMatchObject({ wrappedKey: null, answers: null, stage: 'withdrawn' })
    const [after] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.id, doc!.id))
    expect(after).toMatchObject({ wrappedKey: null, meta: null, status: 'deleted' })
    expect(await rt.storage.size(doc!.storageKey)).toBeNull()
    expect(await rt.database.db.select().from(user).where(eq(user.id, patient.id))).toEqual([])
    const audit = await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, caseId))
    expect(audit.map((a) => a.action)).toContain('case.erased')
  })
})
