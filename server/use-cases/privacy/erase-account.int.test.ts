import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aCase, aPatient, answerAll, depsOf, open, uploadRequest } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { caseDocument, patientCase } from '../../db/schema/cases.ts'
import { eraseAccount } from './erase-account.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

test(`erasing an account shreds its cases: keys gone, objects gone, audit kept (${engineUnderTest})`, async () => {
  const patient = await aPatient(rt, 'erase')
  const caseId = await aCase(rt, patient)
  await answerAll(rt, patient, caseId, { 'who-for': 'myself', 'patient-name': 'To be erased' })
  expect(
    (
      await (
        await open(rt, patient, caseId, 'member')
      ).upload(uploadRequest([{ name: 'a.pdf', bytes: tinyPdf() }]))
    ).ok,
  ).toBe(true)
  const [doc] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.caseId, caseId))
  expect(await rt.storage.size(doc!.storageKey)).toBeGreaterThan(0)

  expect(await eraseAccount(depsOf(rt), patient)).toEqual({
    casesErased: 1,
  })
  const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
  expect(row).toMatchObject({ wrappedKey: null, answers: null, stage: 'withdrawn' })
  const [after] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.id, doc!.id))
  expect(after).toMatchObject({ wrappedKey: null, meta: null, status: 'deleted' })
  expect(await rt.storage.size(doc!.storageKey)).toBeNull()
  expect(await rt.database.db.select().from(user).where(eq(user.id, patient.id))).toEqual([])
  const audit = await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, caseId))
  expect(audit.map((a) => a.action)).toContain('case.erased')
})
