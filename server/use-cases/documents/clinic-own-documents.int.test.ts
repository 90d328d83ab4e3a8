import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { DocumentId } from '#domain/shared/ids.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import {
  aClinicMember,
  aCoordinator,
  anAcceptedPlan,
  steadyAssessment,
  uploadRequest,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'

// The treating clinic downloads what it uploaded itself (issue 17, ADR 0069):
// its invitation letter and its discharge summary, whatever the family
// shares with it; each read audited. Another clinic on the same case, or one
// never referred, gets nothing.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt, 'own-documents-coordinator')
})
afterAll(async () => {
  await rt?.cleanup()
})

const traveller = (role: string, name: string, passportNumber: string) => ({
  role,
  name,
  nationality: 'JO',
  passportNumber,
  passportExpiry: '2031-06-30',
})

/** The Lotus clinic's checked invitation letter on an accepted case. */
async function aCaseWithTheClinicsLetter() {
  const w = await anAcceptedPlan(rt, theCoordinator)
  const family = await w.as(w.son, w.caseId, 'member')
  const added = await family.addTraveller(traveller('patient', 'Salma Haddad', 'N1234567'))
  if (!added.ok) throw new Error('traveller refused')
  const requested = await (await w.as(theCoordinator, w.caseId, 'coordinator')).requestInvitationLetter()
  if (!requested.ok) throw new Error('letter request refused')
  const uploaded = await (
    await w.lotusClinic()
  ).uploadInvitationLetter(
    uploadRequest([{ name: 'invitation.pdf', bytes: tinyPdf('Invitation letter') }], {
      patientName: 'Salma Haddad',
      patientPassport: 'N1234567',
      patientNationality: 'JO',
      treatment: 'Multidisciplinary ALS assessment',
      arrival: '2027-01-10',
      departure: '2027-01-24',
      treatingDoctor: 'Dr A. Rao',
      prevalidationReference: 'MV-2027-0001',
    }),
  )
  if (!uploaded.ok) throw new Error(`letter refused: ${JSON.stringify(uploaded.error)}`)
  const letterId = (await family.travel())!.letter!.documentId! as DocumentId
  return { ...w, letterId }
}

const readsOf = async (documentId: string) =>
  (
    await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, documentId), eq(auditEvent.action, 'document.read')))
  ).map((a) => ({ actor: a.actorUserId, details: a.details }))

const bytesOf = async (opened: { stream: NodeJS.ReadableStream } | null) => {
  const chunks: Buffer[] = []
  for await (const chunk of opened!.stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}

describe(`a clinic's own documents on ${engineUnderTest}`, () => {
  test('the treating clinic downloads the invitation letter it uploaded, audited; the other clinic cannot', async () => {
    const w = await aCaseWithTheClinicsLetter()
    const lotus = await w.lotusClinic()
    // The family's consent to Lotus names the records sent with the referral, not this letter.
    expect((await lotus.documents()).map((d) => d.id)).not.toContain(w.letterId)
    const opened = await lotus.openDocument(w.letterId)
    expect(opened).toMatchObject({ filename: 'invitation.pdf', contentType: 'application/pdf' })
    expect((await bytesOf(opened)).equals(tinyPdf('Invitation letter'))).toBe(true)
    expect(await readsOf(w.letterId)).toContainEqual({
      actor: w.lotusDoctor.id,
      details: expect.objectContaining({
        as: 'clinic',
        providerId: 'demo-lotus-neuro',
        issuedByClinic: true,
      }),
    })

    const readsBefore = (await readsOf(w.letterId)).length
    const rhein = await w.rheinClinic()
    expect(await rhein.openDocument(w.letterId)).toBeNull()
    const stranger = await aClinicMember(rt, 'demo-hanbit', 'hanbit-doctor', 'treating-doctor')
    expect(await w.open(stranger, w.caseId)).toBeNull()
    // A refusal reads nothing, so nothing is audited as read.
    expect(await readsOf(w.letterId)).toHaveLength(readsBefore)
  })

  test('the treating clinic downloads the discharge summary it uploaded; the other clinic cannot', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const lotus = await w.lotusClinic()
    await lotus.recordAssessment(steadyAssessment)
    const session = await lotus.recordSession({
      date: '2026-12-11',
      procedure: 'Intrathecal infusion',
      route: 'intrathecal',
      dose: '2 ml',
      doctor: 'Dr A. Rao',
    })
    if (!session.ok) throw new Error('session refused')
    const discharged = await lotus.discharge(
      uploadRequest([{ name: 'discharge.pdf', bytes: tinyPdf('Discharge summary') }], { date: '2026-12-12' }),
    )
    if (!discharged.ok) throw new Error(`discharge refused: ${JSON.stringify(discharged.error)}`)
    const summaryId = discharged.value.documentId
    expect(await (await w.lotusClinic()).openDocument(summaryId)).toMatchObject({ filename: 'discharge.pdf' })
    expect(await readsOf(summaryId)).toContainEqual({
      actor: w.lotusDoctor.id,
      details: expect.objectContaining({ as: 'clinic', issuedByClinic: true }),
    })
    expect(await (await w.rheinClinic()).openDocument(summaryId)).toBeNull()
    // The family reads it, but cannot delete it from under the treatment record.
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.describeDocument(summaryId, 'mri')).toEqual({
      ok: false,
      error: { code: 'document.issued-by-clinic' },
    })
    expect(await family.deleteDocument(summaryId)).toEqual({
      ok: false,
      error: { code: 'document.issued-by-clinic' },
    })
    expect(await (await w.lotusClinic()).openDocument(summaryId)).toMatchObject({ filename: 'discharge.pdf' })
  })

  test("a clinic still reads what the family shares, and never another case's documents by id", async () => {
    const w = await aCaseWithTheClinicsLetter()
    const lotus = await w.lotusClinic()
    const shared = (await lotus.documents())[0]!
    expect(await lotus.openDocument(shared.id as DocumentId)).toMatchObject({ filename: expect.any(String) })
    const other = await aCaseWithTheClinicsLetter()
    // Lotus treats the other case too, but this handle is the first case's: its letter is not this case's.
    expect(await lotus.openDocument(other.letterId)).toBeNull()
  })
})
