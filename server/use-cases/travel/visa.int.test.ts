import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import {
  aCoordinator,
  anAcceptedPlan,
  aPlanAndQuote,
  aSentCase,
  aWorld,
  uploadRequest,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { caseDocument, caseOffer, patientCase } from '../../db/schema/cases.ts'
import { offer } from '../../db/schema/catalogue.ts'
import { traveller, visaLetter } from '../../db/schema/travel.ts'
import { renderEmail } from '../../mail/templates.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'

// The visa for an accepted plan (issue 17): travellers' passports sealed and
// shown masked, at most two attendants, no letter for an offer that may not
// be listed, the treating clinic's letter checked for every traveller, and
// no passport number in any email, audit row, export or another clinic's view.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt, 'visa-coordinator')
})
afterAll(async () => {
  await rt?.cleanup()
})

const passports = { patient: 'N1234567', karim: 'P7654321', lina: 'Q1112223', third: 'R5556667' }

/** A case referred to Lotus (India) and Rheinufer, whose Lotus plan of this stay the family accepted. */
const anAcceptedStay = (stayDays = '14') =>
  anAcceptedPlan(rt, theCoordinator, {
    at: new Date('2026-12-02T09:00:00Z'),
    plan: aPlanAndQuote({ plan: { lengthOfStayDays: stayDays } }),
  })

const person = (role: string, name: string, passportNumber: string) => ({
  role,
  name,
  nationality: 'JO',
  passportNumber,
  passportExpiry: '2031-06-30',
})

async function withTravellers(w: Awaited<ReturnType<typeof anAcceptedStay>>) {
  const family = await w.as(w.son, w.caseId, 'member')
  for (const t of [
    person('patient', 'Salma Haddad', passports.patient),
    person('attendant', 'Karim Haddad', passports.karim),
    person('attendant', 'Lina Haddad', passports.lina),
  ]) {
    const added = await family.addTraveller(t)
    if (!added.ok) throw new Error(`traveller refused: ${JSON.stringify(added.error)}`)
  }
}

const letterFields = (change: Record<string, string> = {}) => ({
  patientName: 'Salma Haddad',
  patientPassport: passports.patient,
  patientNationality: 'JO',
  'attendants.0.name': 'Karim Haddad',
  'attendants.0.passport': passports.karim,
  'attendants.1.name': 'Lina Haddad',
  'attendants.1.passport': passports.lina,
  treatment: 'Multidisciplinary ALS assessment',
  arrival: '2027-01-10',
  departure: '2027-01-24',
  treatingDoctor: 'Dr A. Rao',
  prevalidationReference: 'MV-2027-0001',
  ...change,
})

const everyPassport = new RegExp(Object.values(passports).join('|'))

async function auditOf(caseId: CaseId) {
  return rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, caseId))
}

describe(`travellers on ${engineUnderTest}`, () => {
  test('the family adds the patient and two attendants; a third is refused; numbers are sealed and shown masked', async () => {
    const w = await anAcceptedStay()
    await withTravellers(w)
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.addTraveller(person('attendant', 'Omar Haddad', passports.third))).toEqual({
      ok: false,
      error: {
        code: 'traveller.problems',
        problems: [{ code: 'traveller.too-many-attendants', field: 'role', max: 2 }],
      },
    })
    const view = await family.travel()
    expect(view?.travellers.map((t) => [t.role, t.name, t.passportMasked])).toEqual([
      ['patient', 'Salma Haddad', '•••••567'],
      ['attendant', 'Karim Haddad', '•••••321'],
      ['attendant', 'Lina Haddad', '•••••223'],
    ])
    expect(view?.attendantsLeft).toBe(0)
    expect(JSON.stringify(view)).not.toMatch(everyPassport)
    const rows = await rt.database.db.select().from(traveller).where(eq(traveller.caseId, w.caseId))
    expect(rows).toHaveLength(3)
    expect(JSON.stringify(rows)).not.toMatch(everyPassport)
    expect(JSON.stringify(rows)).not.toContain('Salma')
    expect(JSON.stringify(await auditOf(w.caseId))).not.toMatch(everyPassport)
  })

  test('a traveller added by mistake comes off the list, audited, until the letter is asked for', async () => {
    const w = await anAcceptedStay()
    await withTravellers(w)
    const family = await w.as(w.son, w.caseId, 'member')
    const lina = (await family.travel())!.travellers.find((t) => t.name === 'Lina Haddad')!
    expect(await family.removeTraveller(lina.id)).toEqual({ ok: true, value: null })
    expect((await family.travel())!.travellers.map((t) => t.name)).toEqual(['Salma Haddad', 'Karim Haddad'])
    expect((await auditOf(w.caseId)).filter((a) => a.action === 'travel.traveller-removed')).toHaveLength(1)
    // Gone already, or another case's: nothing to remove.
    expect(await family.removeTraveller(lina.id)).toEqual({
      ok: false,
      error: { code: 'traveller.not-found' },
    })
    // Once the letter is asked for, it names them: the list stays as it is.
    await (await w.as(theCoordinator, w.caseId, 'coordinator')).requestInvitationLetter()
    const karim = (await family.travel())!.travellers.find((t) => t.name === 'Karim Haddad')!
    expect(await family.removeTraveller(karim.id)).toEqual({
      ok: false,
      error: { code: 'traveller.letter-asked' },
    })
    expect((await family.travel())!.travellers).toHaveLength(2)
  })

  test('a passport number in a wrong format is refused on its field, and nothing is saved', async () => {
    const w = await anAcceptedStay()
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.addTraveller(person('patient', 'Salma Haddad', 'AB-12'))).toEqual({
      ok: false,
      error: {
        code: 'traveller.problems',
        problems: [{ code: 'traveller.passport-format', field: 'passportNumber' }],
      },
    })
    expect(await rt.database.db.select().from(traveller).where(eq(traveller.caseId, w.caseId))).toEqual([])
  })

  test('before a plan is accepted there is no trip to add anyone to', async () => {
    const w = aWorld(rt)
    const sent = await aSentCase(rt, { letter: tinyPdf('x'), mri: dicomZip({ modality: 'MR' }) })
    const family = await w.as(sent.son, sent.caseId, 'member')
    expect(await family.travel()).toBeNull()
    expect(await family.addTraveller(person('patient', 'Salma Haddad', passports.patient))).toEqual({
      ok: false,
      error: { code: 'travel.no-accepted-plan' },
    })
  })
})

describe(`the invitation letter on ${engineUnderTest}`, () => {
  test('no letter can be requested while the accepted plan’s offer is blocked', async () => {
    const w = await anAcceptedStay()
    const [original] = await rt.database.db.select().from(offer).where(eq(offer.id, 'offer-lotus-mdt'))
    const copyId = `offer-visa-test-${w.caseId}`
    await rt.database.db.insert(offer).values({ ...original!, id: copyId, verdict: 'blocked' })
    await rt.database.db
      .update(caseOffer)
      .set({ offerId: copyId })
      .where(and(eq(caseOffer.caseId, w.caseId), eq(caseOffer.offerId, 'offer-lotus-mdt')))
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await coordinator.requestInvitationLetter()).toEqual({
      ok: false,
      error: { code: 'visa.offer-not-listable' },
    })
    expect(await rt.database.db.select().from(visaLetter).where(eq(visaLetter.caseId, w.caseId))).toEqual([])
    expect(w.emails).toEqual([])
  })

  test('requested, uploaded and checked for every traveller, then applied and granted; everyone told without a passport', async () => {
    const w = await anAcceptedStay()
    await withTravellers(w)
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await coordinator.requestInvitationLetter()).toEqual({ ok: true, value: { status: 'requested' } })
    expect(await coordinator.requestInvitationLetter()).toMatchObject({
      ok: false,
      error: { code: 'visa.already-requested' },
    })
    const requested = w.emails.map((e) => [e.template, e.to, e.params.visaStatus])
    // The family has nothing to do while the clinic writes the letter: no email yet.
    expect(requested.some(([, to]) => to === w.son.email)).toBe(false)
    expect(requested).toContainEqual(['visa-news', w.lotusDoctor.email, 'requested'])
    expect(requested.some(([, to]) => to === w.rheinDoctor.email)).toBe(false)

    // A letter that leaves out an attendant is refused on that attendant, and nothing is stored.
    const clinic = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const pdf = { name: 'invitation.pdf', bytes: tinyPdf('Invitation letter') }
    const missing = await clinic.uploadInvitationLetter(
      uploadRequest([pdf], letterFields({ 'attendants.1.name': '', 'attendants.1.passport': '' })),
    )
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'letter.problems',
        problems: [{ code: 'letter.attendant-missing', field: 'attendants.1.name', position: 1 }],
      },
    })
    const letterDocs = async () =>
      (await rt.database.db.select().from(caseDocument).where(eq(caseDocument.caseId, w.caseId))).length
    const before = await letterDocs()
    const notPdf = await clinic.uploadInvitationLetter(
      uploadRequest([{ name: 'letter.pdf', bytes: dicomZip({ modality: 'MR' }) }], letterFields()),
    )
    expect(notPdf).toMatchObject({
      ok: false,
      error: { problems: [{ code: 'letter.not-pdf', field: 'file' }] },
    })
    expect(await letterDocs()).toBe(before)

    expect(await clinic.uploadInvitationLetter(uploadRequest([pdf], letterFields()))).toMatchObject({
      ok: true,
      value: { status: 'checked' },
    })
    const family = await w.as(w.son, w.caseId, 'member')
    const view = await family.travel()
    // The visa rests on the clinic's letter: the family cannot delete it from the records.
    expect(await family.deleteDocument(view!.letter!.documentId!)).toEqual({
      ok: false,
      error: { code: 'document.issued-by-clinic' },
    })
    expect(view?.letter).toMatchObject({
      status: 'checked',
      letter: { arrival: '2027-01-10', departure: '2027-01-24', prevalidationReference: 'MV-2027-0001' },
    })
    expect(view?.letter?.uploadedAt).toBeInstanceOf(Date)
    expect(view?.letter?.checkedAt).toBeInstanceOf(Date)
    expect(view?.letterOutlastsVisa).toBeNull()

    const steps = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await steps.recordVisaStep('visa-granted', null)).toMatchObject({
      ok: false,
      error: { code: 'visa.wrong-state' },
    })
    const seen = (await steps.travel())!.letter!.version
    expect(await steps.recordVisaStep('visa-applied', seen)).toEqual({
      ok: true,
      value: { status: 'visa-applied' },
    })
    expect(await steps.recordVisaStep('visa-granted', seen)).toEqual({
      ok: false,
      error: { code: 'travel.changed' },
    })
    expect(await steps.recordVisaStep('visa-granted', seen + 1)).toEqual({
      ok: true,
      value: { status: 'granted' },
    })

    // Emails, audit rows and the exports the family shares carry no passport number.
    const rendered = w.emails.map((e) => renderEmail(e))
    expect(rendered.length).toBeGreaterThan(4)
    for (const r of rendered) expect(`${r.subject}\n${r.text}\n${r.html}`).not.toMatch(everyPassport)
    const audit = await auditOf(w.caseId)
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'travel.letter-requested',
        'travel.letter-uploaded',
        'travel.visa-applied',
        'travel.visa-granted',
      ]),
    )
    expect(JSON.stringify(audit)).not.toMatch(everyPassport)
    expect(JSON.stringify(await family.exportFhir())).not.toMatch(everyPassport)
    expect(Buffer.from(await family.exportPdf('en')).toString('latin1')).not.toMatch(everyPassport)
    const letterRow = (
      await rt.database.db.select().from(visaLetter).where(eq(visaLetter.caseId, w.caseId))
    )[0]
    expect(JSON.stringify(letterRow)).not.toMatch(everyPassport)
  })

  test('a quick letter exchange emails the family only of each letter and of the decision', async () => {
    const w = await anAcceptedStay()
    await withTravellers(w)
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    const clinic = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const upload = async () =>
      expect(
        await clinic.uploadInvitationLetter(
          uploadRequest([{ name: 'invitation.pdf', bytes: tinyPdf('Invitation letter') }], letterFields()),
        ),
      ).toMatchObject({ ok: true })
    const step = async (s: 'visa-applied' | 'visa-granted' | 'visa-refused') =>
      expect(await coordinator.recordVisaStep(s, null)).toMatchObject({ ok: true })
    // Seven steps within a minute: asked for, uploaded, replaced, applied,
    // refused, applied again, granted.
    expect(await coordinator.requestInvitationLetter()).toMatchObject({ ok: true })
    await upload()
    await upload()
    await step('visa-applied')
    await step('visa-refused')
    await step('visa-applied')
    await step('visa-granted')

    const family = w.emails.filter((e) => e.template === 'visa-news' && e.params.url?.includes('/patient/'))
    const toSon = family.filter((e) => e.to === w.son.email).map((e) => e.params.visaStatus)
    // A letter to apply with, the one that replaced it, and each decision: four, not seven.
    expect(toSon).toEqual(['checked', 'checked', 'refused', 'granted'])
    // Every member of the family hears the same, and nobody more than that.
    const members = new Set(family.map((e) => e.to))
    expect(members.has(w.son.email)).toBe(true)
    expect(family).toHaveLength(members.size * 4)
    // The coordinators and the clinic still hear of the steps that are theirs.
    expect(w.emails.some((e) => e.to === w.lotusDoctor.email && e.params.visaStatus === 'requested')).toBe(
      true,
    )
  })

  test('once treatment has begun, no visa step can be asked for or recorded, and none is offered', async () => {
    const w = await anAcceptedStay()
    await withTravellers(w)
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await coordinator.requestInvitationLetter()).toMatchObject({ ok: true })
    const clinic = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    expect(
      await clinic.uploadInvitationLetter(
        uploadRequest([{ name: 'invitation.pdf', bytes: tinyPdf('Invitation letter') }], letterFields()),
      ),
    ).toMatchObject({ ok: true })
    expect(await coordinator.recordVisaStep('visa-applied', null)).toMatchObject({ ok: true })
    // The arrival assessment moved the case on (case-stage-follows-care.int.test.ts covers how).
    await rt.database.db
      .update(patientCase)
      .set({ stage: 'in-treatment' })
      .where(eq(patientCase.id, w.caseId))
    const later = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await later.recordVisaStep('visa-refused', null)).toEqual({
      ok: false,
      error: { code: 'visa.closed', stage: 'in-treatment' },
    })
    expect(await later.requestInvitationLetter()).toMatchObject({ ok: false, error: { code: 'visa.closed' } })
    const laterClinic = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    expect(
      await laterClinic.uploadInvitationLetter(
        uploadRequest([{ name: 'invitation.pdf', bytes: tinyPdf('Invitation letter') }], letterFields()),
      ),
    ).toMatchObject({ ok: false, error: { code: 'visa.closed' } })
    expect((await later.travel())?.nextSteps).toEqual([])
    expect((await later.travel())?.visaClosed).toBe(true)
    expect((await later.travel())?.letter?.status).toBe('visa-applied')
  })

  test('another clinic the case went to sees no traveller and cannot upload a letter', async () => {
    const w = await anAcceptedStay()
    await withTravellers(w)
    await (await w.as(theCoordinator, w.caseId, 'coordinator')).requestInvitationLetter()
    // Rheinufer still reads the case its referral was closed on, but nothing of the trip.
    const other = await w.as(w.rheinDoctor, w.caseId, 'clinic')
    expect(await other.travel()).toBeNull()
    expect(await other.uploadInvitationLetter(uploadRequest([], letterFields()))).toEqual({
      ok: false,
      error: { code: 'travel.no-accepted-plan' },
    })
    const treating = await (await w.as(w.lotusDoctor, w.caseId, 'clinic')).travel()
    expect(treating?.travellers.map((t) => t.passportMasked)).toEqual(['•••••567', '•••••321', '•••••223'])
  })

  test('a letter whose dates span longer than the visa lasts is kept, with a warning for everyone', async () => {
    const w = await anAcceptedStay()
    await withTravellers(w)
    await (await w.as(theCoordinator, w.caseId, 'coordinator')).requestInvitationLetter()
    const clinic = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const pdf = { name: 'invitation.pdf', bytes: tinyPdf('Invitation letter') }
    const long = letterFields({ arrival: '2027-02-02', departure: '2027-04-30' })
    expect(await clinic.uploadInvitationLetter(uploadRequest([pdf], long))).toMatchObject({ ok: true })
    for (const [who, audience] of [
      [w.son, 'member'],
      [theCoordinator, 'coordinator'],
      [w.lotusDoctor, 'clinic'],
    ] as const)
      expect((await (await w.as(who, w.caseId, audience)).travel())?.letterOutlastsVisa).toBe(87)
  })

  test('a plan whose stay is longer than the visa’s 60 days carries a warning', async () => {
    const long = await anAcceptedStay('75')
    expect(
      (await (await long.as(theCoordinator, long.caseId, 'coordinator')).travel())?.stayOutlastsVisa,
    ).toBe(true)
    const short = await anAcceptedStay('14')
    expect((await (await short.as(short.son, short.caseId, 'member')).travel())?.stayOutlastsVisa).toBe(false)
  })
})
