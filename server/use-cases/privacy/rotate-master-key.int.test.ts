import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aCase, aPatient, answerAll, open, uploadRequest } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { caseDocument, patientCase } from '../../db/schema/cases.ts'
import { openCaseKey, unseal } from '../../cases/case-vault.ts'
import { openDocument } from '../../documents/ingest.ts'
import { rotateMasterKey } from './rotate-master-key.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

test(`rotating the master key re-wraps keys and leaves documents untouched (${engineUnderTest})`, async () => {
  const actor = await aPatient(rt, 'rotation')
  const caseId = await aCase(rt, actor)
  await answerAll(rt, actor, caseId, { 'who-for': 'myself', 'patient-name': 'Rotated Person' })
  const up = await (
    await open(rt, actor, caseId, 'member')
  ).upload(uploadRequest([{ name: 'kept.pdf', bytes: tinyPdf('kept') }]))
  expect(up.ok).toBe(true)
  const [doc] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.caseId, caseId))
  const objectBefore = await rt.storage.size(doc!.storageKey)

  const newMaster = randomBytes(32)
  const counts = await rotateMasterKey(rt.database.db, rt.masterKey, newMaster)
  expect(counts.cases).toBeGreaterThanOrEqual(1)
  expect(counts.documents).toBeGreaterThanOrEqual(1)

  const [row] = await rt.database.db.select().from(patientCase).where(eq(patientCase.id, caseId))
  // The old master key no longer opens the case key; the new one does, and the answers read back.
  expect(() => openCaseKey(row!.wrappedKey, rt.masterKey)).toThrow()
  const key = openCaseKey(row!.wrappedKey, newMaster)!
  expect(unseal<Record<string, string>>(key, row!.answers!)['patient-name']).toBe('Rotated Person')
  // The stored object was not rewritten, and it decrypts with the re-wrapped key.
  const [after] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.id, doc!.id))
  expect(after!.wrappedKey).not.toBe(doc!.wrappedKey)
  expect(await rt.storage.size(doc!.storageKey)).toBe(objectBefore)
  const chunks: Buffer[] = []
  for await (const c of await openDocument(
    { storage: rt.storage, masterKey: newMaster },
    { storageKey: doc!.storageKey, wrappedKey: after!.wrappedKey! },
  ))
    chunks.push(c as Buffer)
  expect(Buffer.concat(chunks).equals(tinyPdf('kept'))).toBe(true)
  // Rotate back, so other tests sharing this database keep working.
  await rotateMasterKey(rt.database.db, newMaster, rt.masterKey)
})
