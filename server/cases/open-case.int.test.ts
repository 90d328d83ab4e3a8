import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { asCaseId, asProviderId, type CaseId } from '#domain/shared/ids.ts'
import {
  aCase,
  aClinicMember,
  aCoordinator,
  aPatient,
  aSentCase,
  answerAll,
  depsOf,
  open,
  type Person,
} from '#tests/fixtures/builders.ts'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { providerStaff } from '../db/schema/app.ts'
import { caseShare, patientCase, referral } from '../db/schema/cases.ts'
import { clinicReferrals } from '../use-cases/cases/case-lists.ts'
import { seedDemoData } from '../seed/seed-demo.ts'
import { openCase } from './open-case.ts'

// The one gate to a case: who is asking decides what they get, in SQL.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

describe(`opening a case on ${engineUnderTest}`, () => {
  test('another patient gets nothing, not even that the case exists', async () => {
    const owner = await aPatient(rt)
    const stranger = await aPatient(rt, 'stranger')
    const caseId = await aCase(rt, owner)
    expect(await openCase(depsOf(rt), stranger, caseId)).toBeNull()
    expect((await openCase(depsOf(rt), owner, caseId))?.audience).toBe('member')
  })

  test('an unknown id opens nothing', async () => {
    const owner = await aPatient(rt)
    expect(await openCase(depsOf(rt), owner, asCaseId('00000000-0000-4000-8000-000000000000'))).toBeNull()
  })

  test('a coordinator opens any case, and the read is audited', async () => {
    const owner = await aPatient(rt)
    const coordinator = await aCoordinator(rt)
    const caseId = await aCase(rt, owner)
    const handle = await open(rt, coordinator, caseId, 'coordinator')
    expect(handle.case.id).toBe(caseId)
    const log = await (await open(rt, owner, caseId, 'member')).accessLog()
    expect(log.filter((e) => e.as === 'coordinator' && e.what === 'case')).toHaveLength(1)
  })

  test('a clinic sees no draft, even one chosen for it', async () => {
    const owner = await aPatient(rt)
    const clinic = await aClinicMember(rt, 'demo-lotus-neuro')
    const caseId = await aCase(rt, owner)
    await answerAll(rt, owner, caseId, { 'who-for': 'myself' })
    expect(await openCase(depsOf(rt), clinic, caseId)).toBeNull()
  })

  test('answers are sealed at rest and read back once opened', async () => {
    const owner = await aPatient(rt)
    const caseId = await aCase(rt, owner)
    await answerAll(rt, owner, caseId, { 'who-for': 'myself', 'patient-name': 'Nour Sealed' })
    const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
    expect(row!.answers).not.toContain('Nour')
    expect((await open(rt, owner, caseId, 'member')).answers()['patient-name']).toBe('Nour Sealed')
  })
})

// The clinic gate (ADR 0046): referred to the clinic's provider, consent for
// that provider given now, not a draft. Consent alone opened a case before.
describe(`the clinic gate on ${engineUnderTest}`, () => {
  const lotus = 'demo-lotus-neuro'
  const rhein = 'demo-rheinufer'
  const files = () => ({ letter: tinyPdf('Neurology letter'), mri: dicomZip({ modality: 'MR' }) })
  const opensFor = async (viewer: Person, caseId: CaseId, providerId?: string) => {
    const handle = await openCase(depsOf(rt), viewer, caseId, {
      providerId: providerId ? asProviderId(providerId) : null,
    })
    return handle?.audience === 'clinic' ? handle.providerId : null
  }
  const inbox = async (viewer: Person) =>
    (await clinicReferrals(depsOf(rt), viewer.id)).referrals.map((r) => `${r.id}/${r.providerId}`)

  test('a case shared with a clinic but never referred to it stays invisible', async () => {
    const { caseId } = await aSentCase(rt, files())
    const desk = await aClinicMember(rt, lotus, 'lotus')
    expect(await opensFor(desk, caseId)).toBeNull()
    expect(await opensFor(desk, caseId, lotus)).toBeNull()
    expect(await inbox(desk)).not.toContain(`${caseId}/${lotus}`)
  })

  test('a referred case disappears the moment consent is withdrawn', async () => {
    const { son, caseId } = await aSentCase(rt, files(), { refer: [lotus, rhein] })
    const desk = await aClinicMember(rt, lotus, 'lotus')
    expect(await opensFor(desk, caseId)).toBe(lotus)
    expect(await inbox(desk)).toContain(`${caseId}/${lotus}`)
    const withdrawn = await (
      await open(rt, son, caseId, 'member')
    ).setShares({
      'share-demo-lotus-neuro': ['no'],
      'share-demo-rheinufer': ['yes'],
      'sections-demo-rheinufer': ['condition'],
      'share-demo-hanbit': ['no'],
    })
    expect(withdrawn.ok).toBe(true)
    expect(await opensFor(desk, caseId)).toBeNull()
    expect(await inbox(desk)).not.toContain(`${caseId}/${lotus}`)
  })

  test('a clinic whose referral ended keeps its record of it, not the family’s records', async () => {
    const { caseId, letterId } = await aSentCase(rt, files(), { refer: [lotus, rhein] })
    const desk = await aClinicMember(rt, lotus, 'lotus')
    const clinicOf = async (viewer: Person) => {
      const handle = await open(rt, viewer, caseId, 'clinic')
      return {
        handle,
        condition: handle.answers()['condition'],
        documents: (await handle.documents()).map((d) => d.id),
        letter: await handle.openDocument(letterId),
      }
    }
    const before = await clinicOf(desk)
    expect(before.handle.recordsShared).toBe(true)
    expect(before.condition).toBeDefined()
    expect(before.documents).toEqual([letterId])
    expect(before.letter).not.toBeNull()

    const declined = await before.handle.decline('no-capacity')
    expect(declined.ok).toBe(true)

    // Still its referral to read, with the clinic's own answer on it; nothing of the family's.
    const after = await clinicOf(desk)
    expect((await after.handle.referral())?.status).toBe('declined-by-clinic')
    expect(after.handle.recordsShared).toBe(false)
    expect(after.condition).toBeUndefined()
    expect(after.handle.alsfrs()).toBeNull()
    expect(after.documents).toEqual([])
    expect(after.letter).toBeNull()
    // Its inbox row no longer counts what the family shares either.
    const row = (await clinicReferrals(depsOf(rt), desk.id)).referrals.find((r) => r.id === caseId)
    expect(row).toMatchObject({ referralStatus: 'declined-by-clinic', sections: [], documentCount: 0 })
    // The other clinic, still evaluating, reads what the family shares with it.
    const other = await open(rt, await aClinicMember(rt, rhein, 'rhein'), caseId, 'clinic')
    expect(other.recordsShared).toBe(true)
    expect(other.answers()['condition']).toBeDefined()
  })

  test('a draft stays invisible, even with a referral and consent on record', async () => {
    const owner = await aPatient(rt)
    const desk = await aClinicMember(rt, lotus, 'lotus')
    const caseId = await aCase(rt, owner)
    const db = rt.database.db
    // Rows no command would write for a draft: only the stage keeps it out.
    await db.insert(caseShare).values({ caseId, providerId: lotus, status: 'given', sections: ['condition'] })
    await db.insert(referral).values({
      id: crypto.randomUUID(),
      caseId,
      providerId: lotus,
      status: 'sent',
      answerDueAt: new Date('2030-01-01T00:00:00Z'),
    })
    expect(await opensFor(desk, caseId)).toBeNull()
    expect(await inbox(desk)).not.toContain(`${caseId}/${lotus}`)
  })

  test('clinic A never sees the case through clinic B’s referral', async () => {
    const { caseId } = await aSentCase(rt, files(), { refer: [rhein] })
    const lotusDesk = await aClinicMember(rt, lotus, 'lotus')
    const rheinDesk = await aClinicMember(rt, rhein, 'rhein')
    expect(await opensFor(lotusDesk, caseId)).toBeNull()
    expect(await opensFor(lotusDesk, caseId, rhein)).toBeNull()
    expect(await inbox(lotusDesk)).not.toContain(`${caseId}/${rhein}`)
    expect(await opensFor(rheinDesk, caseId)).toBe(rhein)
  })

  test('staff of two providers open a case for the provider named, never an arbitrary one', async () => {
    const both = await aClinicMember(rt, lotus, 'both')
    await rt.database.db.insert(providerStaff).values({ userId: both.id, providerId: rhein })
    const toBoth = await aSentCase(rt, files(), { refer: [lotus, rhein] })
    expect(await opensFor(both, toBoth.caseId)).toBeNull()
    expect(await opensFor(both, toBoth.caseId, lotus)).toBe(lotus)
    expect(await opensFor(both, toBoth.caseId, rhein)).toBe(rhein)
    expect(await opensFor(both, toBoth.caseId, 'demo-hanbit')).toBeNull()
    expect(await inbox(both)).toEqual(
      expect.arrayContaining([`${toBoth.caseId}/${lotus}`, `${toBoth.caseId}/${rhein}`]),
    )
    // Referred to one of their providers only: that one, whichever the URL leaves out.
    const toRhein = await aSentCase(rt, files(), { refer: [rhein] })
    expect(await opensFor(both, toRhein.caseId)).toBe(rhein)
    expect(await opensFor(both, toRhein.caseId, lotus)).toBeNull()
  })
})
