import { randomBytes, randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { asUserId } from '#domain/shared/ids.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { user } from '../../db/schema/auth.ts'
import { caseDocument, patientCase } from '../../db/schema/cases.ts'
import { openCaseKey, unseal } from '../../cases/case-vault.ts'
import { openDocument } from '../../documents/ingest.ts'
import { findCaseForMember } from '../cases/case-records.ts'
import { saveAnswer } from '../cases/save-answer.ts'
import { startCase } from '../cases/start-case.ts'
import { uploadDocuments } from '../documents/upload-documents.ts'
import { rotateMasterKey } from './rotate-master-key.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

test(`rotating the master key re-wraps keys and leaves documents untouched (${engineUnderTest})`, async () => {
  const id = randomUUID()
  await rt.database.db
    .insert(user)
    .values({ id, name: 'Rotation', email: `rot-${id}@example.test`, emailVerified: true })
  const actor = {
    id: asUserId(id),
    name: 'Rotation',
    email: `rot-${id}@example.test`,
    role: 'patient' as const,
    locale: 'en',
    emailVerified: true,
    twoFactorEnabled: false,
  }
  const { caseId } = await startCase(rt, actor)
  const found = (await findCaseForMember(rt, actor.id, caseId))!
  await saveAnswer(rt, actor.id, found, 'patient-name', 'Rotated Person')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(tinyPdf('kept'))]), 'kept.pdf')
  const up = await uploadDocuments(
    rt,
    actor.id,
    found,
    new Request('http://x/', { method: 'POST', body: form }),
  )
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
