import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { asCaseId } from '#domain/shared/ids.ts'
import {
  aCase,
  aClinicMember,
  aCoordinator,
  aPatient,
  answerAll,
  depsOf,
  open,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { patientCase } from '../db/schema/cases.ts'
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
