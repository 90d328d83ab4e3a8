import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aCase, aPatient, depsOf, open, uploadRequest } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { caseDocument } from '../../db/schema/cases.ts'
import { openCase } from '../../cases/open-case.ts'
import { startCase } from '../cases/start-case.ts'
import { MAX_OPEN_CASES } from '#domain/cases/open-cases.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

/** A PDF of about this many bytes. */
function pdfOf(bytes: number): Buffer {
  return tinyPdf('x'.repeat(bytes))
}

describe(`records on ${engineUnderTest}`, () => {
  test('uploads racing each other cannot take a case past its allowance', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const file = pdfOf(300 * 1024)
    // Room for three of these files, not twenty.
    const deps = depsOf(rt, { limits: { fileBytes: 1024 * 1024, caseBytes: 3 * file.length + 1000 } })
    const handle = (await openCase(deps, patient, caseId))!
    if (handle.audience !== 'member') throw new Error('not a member')
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        handle.upload(uploadRequest([{ name: `r${i}.pdf`, bytes: file }])),
      ),
    )
    const outcomes = results.flatMap((r) => (r.ok ? r.value.outcomes : []))
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3)
    expect(outcomes.filter((o) => !o.ok).map((o) => (o.ok ? '' : o.reason))).toEqual(
      Array.from({ length: 17 }, () => 'document.case-full'),
    )
    const stored = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.caseId, caseId))
    expect(stored.filter((d) => d.status === 'available')).toHaveLength(3)
    expect(stored.filter((d) => d.status === 'pending')).toHaveLength(0)
  })

  test('a deleted record is shredded and no longer listed', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    const up = await handle.upload(uploadRequest([{ name: 'a.pdf', bytes: tinyPdf() }]))
    const id = up.ok && up.value.outcomes[0]?.ok ? up.value.outcomes[0].documentId : null
    expect(id).not.toBeNull()
    expect(await handle.deleteDocument(id!)).toEqual({ ok: true, value: null })
    expect(await handle.documents()).toEqual([])
    expect(await handle.deleteDocument(id!)).toEqual({ ok: false, error: { code: 'document.not-found' } })
    const [row] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.id, id!))
    expect(row).toMatchObject({ status: 'deleted', wrappedKey: null, meta: null })
  })

  test('an account cannot open cases without end', async () => {
    const patient = await aPatient(rt)
    const results = await Promise.all(
      Array.from({ length: MAX_OPEN_CASES + 5 }, () => startCase(depsOf(rt), patient)),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_OPEN_CASES)
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      error: { code: 'case.too-many-open', max: MAX_OPEN_CASES },
    })
  })
})
