import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import { aClinicMember, anInvitedCaregiver, aSentCase, depsOf, open } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { openCase } from '../../cases/open-case.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { clinicReferrals } from './case-lists.ts'

// Consent per provider: exactly what it names, checked on every clinic request.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const files = () => ({ letter: tinyPdf('Neurology letter'), mri: dicomZip({ modality: 'MR' }) })
// Referred to both clinics it shares with: consent alone opens nothing (open-case.int.test.ts).
const referred = { refer: ['demo-lotus-neuro', 'demo-rheinufer'] }

describe(`consent to share on ${engineUnderTest}`, () => {
  test('a clinic reads only the sections and documents shared with it, never contact details', async () => {
    const { caseId, letterId, mriId } = await aSentCase(rt, files(), referred)
    const lotus = await aClinicMember(rt, 'demo-lotus-neuro', 'lotus')
    const referral = await open(rt, lotus, caseId, 'clinic')
    const answers = Object.keys(referral.answers())
    expect(answers).toContain('diagnosis-date')
    expect(answers).toContain('alsfrs-1')
    expect(answers).not.toContain('contact')
    expect(answers).not.toContain('patient-name')
    expect((await referral.documents()).map((d) => d.id)).toEqual([letterId])
    expect(await referral.openDocument(letterId)).not.toBeNull()
    expect(await referral.openDocument(mriId)).toBeNull()
  })

  test('a clinic shared no documents reads none; one not shared with reads nothing', async () => {
    const { caseId, letterId } = await aSentCase(rt, files(), referred)
    const rhein = await aClinicMember(rt, 'demo-rheinufer', 'rhein')
    const hanbit = await aClinicMember(rt, 'demo-hanbit', 'hanbit')
    const referral = await open(rt, rhein, caseId, 'clinic')
    expect(await referral.openDocument(letterId)).toBeNull()
    expect(await openCase(depsOf(rt), hanbit, caseId)).toBeNull()
  })

  test('every clinic read is in the log the patient sees', async () => {
    const { son, caseId, letterId } = await aSentCase(rt, files(), referred)
    const lotus = await aClinicMember(rt, 'demo-lotus-neuro', 'lotus')
    await (await open(rt, lotus, caseId, 'clinic')).openDocument(letterId)
    const log = await (await open(rt, son, caseId, 'member')).accessLog()
    expect(log.filter((e) => e.as === 'clinic' && e.what === 'document')).toHaveLength(1)
    expect(log.some((e) => e.as === 'clinic' && e.what === 'case')).toBe(true)
  })

  test('the patient’s log shows a clinic’s repeated page views as one visit, naming the provider', async () => {
    const { son, caseId } = await aSentCase(rt, files(), referred)
    const lotus = await aClinicMember(rt, 'demo-lotus-neuro', 'lotus')
    for (let i = 0; i < 3; i++) await open(rt, lotus, caseId, 'clinic')
    const log = await (await open(rt, son, caseId, 'member')).accessLog()
    const visits = log.filter((e) => e.as === 'clinic')
    expect(visits).toHaveLength(1)
    expect(visits[0]).toMatchObject({ count: 3, what: 'case', provider: expect.stringContaining('Lotus') })
  })

  test('a withdrawal takes effect on the clinic’s next request', async () => {
    const { son, caseId } = await aSentCase(rt, files(), referred)
    const lotus = await aClinicMember(rt, 'demo-lotus-neuro', 'lotus')
    await open(rt, lotus, caseId, 'clinic')
    const withdrawn = await (
      await open(rt, son, caseId, 'member')
    ).setShares({
      'share-demo-lotus-neuro': ['no'],
      'share-demo-rheinufer': ['yes'],
      'sections-demo-rheinufer': ['condition'],
      'share-demo-hanbit': ['no'],
    })
    expect(withdrawn).toEqual({ ok: true, value: null })
    expect(await openCase(depsOf(rt), lotus, caseId)).toBeNull()
    expect((await clinicReferrals(depsOf(rt), lotus.id)).referrals.map((r) => r.id)).not.toContain(caseId)
    expect(await (await open(rt, son, caseId, 'member')).shares()).toContainEqual(
      expect.objectContaining({ providerId: 'demo-lotus-neuro', status: 'withdrawn', documentIds: [] }),
    )
  })

  test('sharing is decided for every provider at once: one undecided provider changes nothing', async () => {
    const { son, caseId } = await aSentCase(rt, files(), referred)
    const before = await (await open(rt, son, caseId, 'member')).shares()
    const refused = await (
      await open(rt, son, caseId, 'member')
    ).setShares({
      'share-demo-lotus-neuro': ['no'],
      'share-demo-rheinufer': ['no'],
    })
    expect(refused).toEqual({
      ok: false,
      error: [
        {
          code: 'sharing.undecided',
          providerId: 'demo-hanbit',
          field: 'share-demo-hanbit',
          provider: expect.stringContaining('Hanbit'),
        },
      ],
    })
    expect(await (await open(rt, son, caseId, 'member')).shares()).toEqual(before)
  })

  test('withdrawing consent to process ends every share at once', async () => {
    const { son, caseId } = await aSentCase(rt, files(), referred)
    const rhein = await aClinicMember(rt, 'demo-rheinufer', 'rhein')
    expect(await (await open(rt, son, caseId, 'member')).setProcessingConsent(false)).toEqual({
      ok: true,
      value: null,
    })
    expect(await openCase(depsOf(rt), rhein, caseId)).toBeNull()
  })

  test('a caregiver helping with the case cannot withdraw the consent or change what is shared', async () => {
    const { son, caseId } = await aSentCase(rt, files(), referred)
    const helper = await anInvitedCaregiver(rt, son, caseId)
    const rhein = await aClinicMember(rt, 'demo-rheinufer', 'rhein')
    const asHelper = await open(rt, helper, caseId, 'member')
    const before = await asHelper.shares()
    expect(await asHelper.setProcessingConsent(false)).toEqual({
      ok: false,
      error: { code: 'consent.not-yours' },
    })
    expect(
      await asHelper.setShares({ 'share-demo-lotus-neuro': ['no'], 'share-demo-rheinufer': ['no'] }),
    ).toEqual({ ok: false, error: [{ code: 'consent.not-yours' }] })
    expect(await (await open(rt, son, caseId, 'member')).shares()).toEqual(before)
    expect(await openCase(depsOf(rt), rhein, caseId)).not.toBeNull()
  })
})
