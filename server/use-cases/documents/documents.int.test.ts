import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aCase, aClock, aPatient, depsOf, open, uploadRequest } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
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

/** A PDF of about this many bytes; `mark` makes files of one size differ (a case holds each file once). */
function pdfOf(bytes: number, mark = 0): Buffer {
  return tinyPdf(String(mark).padStart(4, '0') + 'x'.repeat(bytes))
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
        handle.upload(uploadRequest([{ name: `r${i}.pdf`, bytes: pdfOf(300 * 1024, i) }])),
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
    expect(await handle.deleteDocument(id!)).toEqual({ ok: true, value: { filename: 'a.pdf' } })
    expect(await handle.documents()).toEqual([])
    expect(await handle.deleteDocument(id!)).toEqual({ ok: false, error: { code: 'document.not-found' } })
    const [row] = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.id, id!))
    expect(row).toMatchObject({ status: 'deleted', wrappedKey: null, meta: null })
  })

  test('a file the case already holds is refused by name and stored only once', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    const letter = tinyPdf('The same letter')
    const first = await handle.upload(uploadRequest([{ name: 'letter.pdf', bytes: letter }]))
    expect(first.ok && first.value.outcomes.map((o) => o.ok)).toEqual([true])
    // A second click sends the same files again; the same file chosen twice in one upload too.
    const again = await handle.upload(
      uploadRequest([
        { name: 'letter.pdf', bytes: letter },
        { name: 'letter copy.pdf', bytes: letter },
        { name: 'other.pdf', bytes: tinyPdf('Another letter') },
        { name: 'other again.pdf', bytes: tinyPdf('Another letter') },
      ]),
    )
    expect(
      again.ok &&
        again.value.outcomes.map((o) => (o.ok ? `stored ${o.filename}` : `${o.reason} ${o.filename}`)),
    ).toEqual([
      'document.duplicate letter.pdf',
      'document.duplicate letter copy.pdf',
      'stored other.pdf',
      'document.duplicate other again.pdf',
    ])
    expect((await handle.documents()).map((d) => d.meta.filename)).toEqual(['letter.pdf', 'other.pdf'])
    const rows = await rt.database.db.select().from(caseDocument).where(eq(caseDocument.caseId, caseId))
    expect(rows.filter((r) => r.status !== 'available')).toEqual([])
  })

  test('the same file may be in two different cases', async () => {
    const patient = await aPatient(rt)
    const letter = tinyPdf('Shared letter')
    for (const caseId of [await aCase(rt, patient), await aCase(rt, patient)]) {
      const handle = await open(rt, patient, caseId, 'member')
      const up = await handle.upload(uploadRequest([{ name: 'letter.pdf', bytes: letter }]))
      expect(up.ok && up.value.outcomes[0]?.ok).toBe(true)
    }
  })

  test('a deleted file can be uploaded again', async () => {
    const patient = await aPatient(rt)
    const handle = await open(rt, patient, await aCase(rt, patient), 'member')
    const letter = tinyPdf('Back again')
    const up = await handle.upload(uploadRequest([{ name: 'a.pdf', bytes: letter }]))
    const id = up.ok && up.value.outcomes[0]?.ok ? up.value.outcomes[0].documentId : null
    await handle.deleteDocument(id!)
    const again = await handle.upload(uploadRequest([{ name: 'a.pdf', bytes: letter }]))
    expect(again.ok && again.value.outcomes[0]?.ok).toBe(true)
  })

  test('the family says what a record is when uploading, and can change it later', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    const up = await handle.upload(
      uploadRequest([{ name: 'scan.pdf', bytes: tinyPdf('Scan') }], { type: 'mri' }),
    )
    const id = up.ok && up.value.outcomes[0]?.ok ? up.value.outcomes[0].documentId : null
    // The outcome names the type the record was stored with, which the confirmation shows.
    expect(up.ok && up.value.outcomes[0]?.ok && up.value.outcomes[0].type).toBe('mri')
    expect((await handle.documents()).map((d) => d.meta.type)).toEqual(['mri'])
    expect(await handle.describeDocument(id!, 'emg')).toEqual({ ok: true, value: { filename: 'scan.pdf' } })
    expect((await handle.documents()).map((d) => [d.meta.filename, d.meta.type])).toEqual([
      ['scan.pdf', 'emg'],
    ])
    // What a record is says something about health: the audit log, kept for good, names no type.
    const audited = await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, id!))
    expect(audited.map((e) => e.action)).toContain('document.described')
    expect(JSON.stringify(audited)).not.toMatch(/"(mri|emg)"/)
    // A type nobody chose from the list is no type; another case's record is not found.
    const untyped = await handle.upload(
      uploadRequest([{ name: 'b.pdf', bytes: tinyPdf('B') }], { type: 'x-ray<' }),
    )
    expect(untyped.ok && untyped.value.outcomes[0]?.ok).toBe(true)
    expect((await handle.documents()).map((d) => d.meta.type ?? null)).toEqual(['emg', null])
    const stranger = await aPatient(rt, 'stranger')
    const theirs = await open(rt, stranger, await aCase(rt, stranger), 'member')
    expect(await theirs.describeDocument(id!, 'other')).toEqual({
      ok: false,
      error: { code: 'document.not-found' },
    })
  })

  test('what the family said a record is goes into the FHIR export', async () => {
    const patient = await aPatient(rt)
    const handle = await open(rt, patient, await aCase(rt, patient), 'member')
    await handle.upload(
      uploadRequest([{ name: 'letter.pdf', bytes: tinyPdf('Dr') }], { type: 'neurologist-letter' }),
    )
    const bundle = await handle.exportFhir()
    const refs = bundle.entry?.flatMap((e) =>
      e.resource?.resourceType === 'DocumentReference' ? [e.resource] : [],
    )
    expect(refs?.map((r) => [r.description, r.category?.[0]?.text])).toEqual([
      ['letter.pdf', 'Neurologist’s letter'],
    ])
  })

  test('a note for the next page opens only for its own case, and only for a minute', async () => {
    const patient = await aPatient(rt)
    const clock = aClock()
    const caseId = await aCase(rt, patient)
    const handle = (await openCase(depsOf(rt, { clock }), patient, caseId))!
    if (handle.audience !== 'member') throw new Error('not a member')
    const note = handle.sealNote({ deleted: 'letter.pdf' })
    expect(note).not.toContain('letter')
    expect(handle.openNote(note)).toEqual({ deleted: 'letter.pdf' })
    const other = await open(rt, patient, await aCase(rt, patient), 'member')
    expect(other.openNote(note)).toBeNull()
    expect(handle.openNote('refused=<script>')).toBeNull()
    clock.advance(61_000)
    expect(handle.openNote(note)).toBeNull()
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
