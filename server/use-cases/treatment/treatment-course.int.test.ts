import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import {
  aClinicMember,
  aCoordinator,
  anAcceptedPlan,
  aSeriousEvent,
  aSentCase,
  aSession,
  aWorld,
  lotus,
  steadyAssessment,
  uploadRequest,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { caseDocument } from '../../db/schema/cases.ts'
import {
  adverseEvent,
  treatmentAssessment,
  treatmentDischarge,
  treatmentSession,
} from '../../db/schema/treatment.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { r4Issues } from '#tests/support/fhir-r4.ts'

// The treatment course (issue 17): a clinic with an accepted plan records
// the assessment on arrival, sessions and adverse events; a large change
// from home pauses the plan until both the coordinator and the family have
// seen it; a serious event emails the coordinator (reference and link only);
// bad input is refused with nothing saved; another clinic finds nothing.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt)
})
afterAll(async () => {
  await rt?.cleanup()
})

// Every ALSFRS-R item at 2 (24): twelve points down from home.
const declined = {
  ...steadyAssessment,
  ...Object.fromEntries(
    ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12'].map((i) => [`alsfrs-${i}`, '2']),
  ),
}

const rowsOf = async (caseId: CaseId) => {
  const db = rt.database.db
  return {
    assessments: await db.select().from(treatmentAssessment).where(eq(treatmentAssessment.caseId, caseId)),
    sessions: await db.select().from(treatmentSession).where(eq(treatmentSession.caseId, caseId)),
    events: await db.select().from(adverseEvent).where(eq(adverseEvent.caseId, caseId)),
  }
}

describe(`the treatment course on ${engineUnderTest}`, () => {
  test('a steady assessment lets sessions go on, and none may come before it', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    expect(await clinic.recordSession(aSession)).toMatchObject({
      ok: false,
      error: { code: 'treatment.assessment-missing' },
    })
    expect(await clinic.recordAssessment(steadyAssessment)).toEqual({
      ok: true,
      value: { paused: false, changes: [] },
    })
    expect(await clinic.recordSession({ ...aSession, date: '2026-12-09' })).toEqual({
      ok: false,
      error: [{ code: 'treatment.session-before-assessment', field: 'date' }],
    })
    expect(await clinic.recordSession(aSession)).toMatchObject({ ok: true })
    const course = await (await w.as(w.son, w.caseId, 'member')).treatment()
    expect(course).toMatchObject({
      status: 'in-treatment',
      assessment: { alsfrsTotal: 36, fvcPercent: 75, weightKg: 62, paused: false },
      sessions: [
        { procedure: 'Intrathecal infusion', route: 'intrathecal', dose: '2 ml', doctor: 'Dr A. Rao' },
      ],
    })
    // Sealed at rest: the procedure is not readable in the row.
    const rows = await rowsOf(w.caseId)
    expect(rows.sessions[0]!.sealed).not.toContain('Intrathecal')
  })

  test('a large change pauses the plan until both the coordinator and the family have acknowledged it', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    expect(await clinic.recordAssessment(declined)).toEqual({
      ok: true,
      value: { paused: true, changes: [{ measure: 'alsfrs', from: 36, to: 24, change: -12 }] },
    })
    expect(w.emails.map((e) => e.template)).toContain('treatment-paused')
    expect(await clinic.recordSession(aSession)).toMatchObject({
      ok: false,
      error: { code: 'treatment.plan-paused' },
    })
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await coordinator.acknowledgeChange()).toEqual({ ok: true, value: { status: 'paused' } })
    expect(await clinic.recordSession(aSession)).toMatchObject({
      ok: false,
      error: { code: 'treatment.plan-paused' },
    })
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.acknowledgeChange()).toEqual({ ok: true, value: { status: 'ready' } })
    expect(await clinic.recordSession(aSession)).toMatchObject({ ok: true })
    expect((await rowsOf(w.caseId)).sessions).toHaveLength(1)
  })

  test('a serious adverse event emails the coordinator at once, without health details, and stays flagged until resolved', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    await clinic.recordAssessment(steadyAssessment)
    const family = await w.as(w.son, w.caseId, 'member')
    const reported = await family.reportAdverseEvent(aSeriousEvent(), [])
    expect(reported).toMatchObject({ ok: true, value: { serious: true } })
    const alerts = w.emails.filter((e) => e.template === 'serious-adverse-event')
    // Nobody is assigned yet, so every coordinator hears.
    expect(alerts.map((e) => e.to)).toContain(theCoordinator.email)
    const alert = alerts.find((e) => e.to === theCoordinator.email)
    expect(alert?.params.url).toBe(`http://waypoint.test/coordinator/cases/${w.caseId}/treatment`)
    expect(JSON.stringify(alert)).not.toMatch(/headache|vomiting/i)
    // The treating clinic hears of the family's report too, and no other clinic does.
    const toClinic = w.emails.filter((e) => e.template === 'family-reported-serious-event')
    expect(toClinic.map((e) => e.to)).toContain(w.lotusDoctor.email)
    expect(toClinic.map((e) => e.to)).not.toContain(w.rheinDoctor.email)
    expect(toClinic[0]?.params.url).toBe(`http://waypoint.test/clinic/referrals/${w.caseId}/treatment`)
    expect(JSON.stringify(toClinic)).not.toMatch(/headache|vomiting/i)
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    const course = await coordinator.treatment()
    expect(course.openSerious).toBe(true)
    // Beside the event: the latest ALSFRS-R at onset (arrival, 36) and its change from home (0).
    expect(course.events[0]).toMatchObject({
      grade: 3,
      ctcaeVersion: '5.0',
      reporter: 'family',
      description: 'Severe headache and vomiting after the infusion',
      function: { latest: { date: '2026-12-10', total: 36 }, baseline: { total: 36 }, change: 0 },
    })
    const eventId = course.events[0]!.id
    expect(await clinic.recordAdverseEventOutcome(eventId, 'resolved')).toEqual({
      ok: true,
      value: { outcome: 'resolved' },
    })
    expect((await coordinator.treatment()).openSerious).toBe(false)
    const audits = await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, w.caseId))
    const reportedAudit = audits.find((a) => a.action === 'treatment.adverse-event-reported')
    expect(reportedAudit?.details).toMatchObject({ grade: 3, serious: true, reporter: 'family' })
    expect(JSON.stringify(reportedAudit)).not.toMatch(/headache/i)
  })

  test('an event cannot predate the accepted plan, and a death recorded later alerts the coordinators', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const family = await w.as(w.son, w.caseId, 'member')
    // The plan was accepted on 9 December: an event from years before is not one of this treatment's.
    expect(await family.reportAdverseEvent(aSeriousEvent({ onset: '2020-01-01' }), [])).toEqual({
      ok: false,
      error: [{ code: 'treatment.event-before-acceptance', field: 'onset' }],
    })
    // "It led to death" beside a resolved outcome contradicts itself.
    expect(
      await clinic.reportAdverseEvent(aSeriousEvent({ grade: '1', outcome: 'resolved' }), ['death']),
    ).toEqual({ ok: false, error: [{ code: 'treatment.death-not-fatal', field: 'outcome' }] })
    expect((await rowsOf(w.caseId)).events).toEqual([])

    expect((await clinic.reportAdverseEvent(aSeriousEvent({ onset: '2026-12-09' }), [])).ok).toBe(true)
    // The same report sent twice (a double click without JavaScript) is stored once.
    const alerts = w.emails.length
    expect(await clinic.reportAdverseEvent(aSeriousEvent({ onset: '2026-12-09' }), [])).toEqual({
      ok: false,
      error: [{ code: 'treatment.event-already-reported', field: 'form' }],
    })
    expect((await rowsOf(w.caseId)).events).toHaveLength(1)
    expect(w.emails).toHaveLength(alerts)
    const eventId = (await clinic.treatment())!.events[0]!.id
    const deaths = () => w.emails.filter((e) => e.template === 'adverse-event-fatal').map((e) => e.to)
    expect(deaths()).toEqual([])
    expect((await clinic.recordAdverseEventOutcome(eventId, 'fatal')).ok).toBe(true)
    expect(deaths()).toContain(theCoordinator.email)
    // Recording the same outcome again tells nobody twice.
    const told = deaths().length
    expect((await clinic.recordAdverseEventOutcome(eventId, 'fatal')).ok).toBe(true)
    expect(deaths()).toHaveLength(told)
  })

  test('a non-serious event sends no alert', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    expect(
      await clinic.reportAdverseEvent(aSeriousEvent({ grade: '1', outcome: 'resolved', action: 'none' }), []),
    ).toMatchObject({
      ok: true,
      value: { serious: false },
    })
    expect(w.emails.filter((e) => e.template === 'serious-adverse-event')).toEqual([])
    expect(w.emails.filter((e) => e.template === 'family-reported-serious-event')).toEqual([])
  })

  test('bad input is refused on its field and nothing is half-saved', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    expect(await clinic.recordAssessment({ ...steadyAssessment, 'alsfrs-4': '7', weight: '12' })).toEqual({
      ok: false,
      error: [
        { code: 'treatment.alsfrs-item-invalid', field: 'alsfrs-4' },
        { code: 'treatment.weight-invalid', field: 'weight' },
      ],
    })
    expect(await clinic.reportAdverseEvent(aSeriousEvent({ grade: '' }), [])).toEqual({
      ok: false,
      error: [{ code: 'treatment.grade-missing', field: 'grade' }],
    })
    expect(await clinic.reportAdverseEvent(aSeriousEvent({ grade: '6' }), [])).toEqual({
      ok: false,
      error: [{ code: 'treatment.grade-invalid', field: 'grade' }],
    })
    expect(await clinic.reportAdverseEvent(aSeriousEvent({ onset: '2026-12-14' }), [])).toEqual({
      ok: false,
      error: [{ code: 'treatment.date-future', field: 'onset' }],
    })
    expect(await rowsOf(w.caseId)).toEqual({ assessments: [], sessions: [], events: [] })
    expect(w.emails).toEqual([])
  })

  test('a refused discharge gives back the date typed, and keeps no summary', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    expect((await clinic.recordAssessment(steadyAssessment)).ok).toBe(true)
    expect((await clinic.recordSession(aSession)).ok).toBe(true)
    const documents = async () =>
      (
        await rt.database.db
          .select()
          .from(caseDocument)
          .where(and(eq(caseDocument.caseId, w.caseId), eq(caseDocument.status, 'available')))
      ).length
    const before = await documents()
    // No file chosen: the date comes back for the form, with the file's own problem.
    expect(
      await clinic.discharge(uploadRequest([], { type: 'discharge-summary', date: '2026-12-12' })),
    ).toEqual({
      ok: false,
      error: { code: 'treatment.summary-missing', field: 'file' },
      fields: { type: 'discharge-summary', date: '2026-12-12' },
    })
    // A day still to come: refused on the date, which comes back as typed; the stored file is removed again.
    const summary = [{ name: 'discharge.pdf', bytes: tinyPdf('Discharge summary') }]
    expect(
      await clinic.discharge(uploadRequest(summary, { type: 'discharge-summary', date: '2026-12-14' })),
    ).toEqual({
      ok: false,
      error: [{ code: 'treatment.date-future', field: 'date' }],
      fields: { type: 'discharge-summary', date: '2026-12-14' },
    })
    // A day before the last session (the 11th): the discharge would end care that came after it.
    expect(
      await clinic.discharge(uploadRequest(summary, { type: 'discharge-summary', date: '2026-12-10' })),
    ).toEqual({
      ok: false,
      error: [{ code: 'treatment.discharge-before-care', field: 'date' }],
      fields: { type: 'discharge-summary', date: '2026-12-10' },
    })
    expect(await documents()).toBe(before)
    expect(
      await rt.database.db.select().from(treatmentDischarge).where(eq(treatmentDischarge.caseId, w.caseId)),
    ).toEqual([])
    expect((await (await w.lotusClinic()).treatment())?.status).toBe('in-treatment')
  })

  test('another clinic finds nothing: its referral closed, and a clinic never referred cannot open the case', async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const rheinClinic = await w.as(w.rheinDoctor, w.caseId, 'clinic')
    expect(await rheinClinic.treatment()).toBeNull()
    expect(await rheinClinic.recordAssessment(steadyAssessment)).toEqual({
      ok: false,
      error: { code: 'treatment.not-accepted', field: 'form' },
    })
    const stranger = await aClinicMember(rt, 'demo-hanbit', 'hanbit-doctor', 'treating-doctor')
    expect(await w.open(stranger, w.caseId)).toBeNull()
    expect(await rowsOf(w.caseId)).toEqual({ assessments: [], sessions: [], events: [] })
  })

  test("the family's FHIR export carries the assessment, sessions and adverse events, and validates", async () => {
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    await clinic.recordAssessment(steadyAssessment)
    await clinic.recordSession(aSession)
    await clinic.reportAdverseEvent(aSeriousEvent(), ['hospitalisation'])
    const bundle = await (await w.as(w.son, w.caseId, 'member')).exportFhir()
    const types = bundle.entry!.map((e) => e.resource!.resourceType)
    expect(types).toContain('Procedure')
    expect(types).toContain('AdverseEvent')
    expect(r4Issues(bundle)).toEqual([])
    for (const entry of bundle.entry!) expect(r4Issues(entry.resource!), entry.fullUrl).toEqual([])
  })

  test('before any plan is accepted, the family sees nothing to record and cannot report yet', async () => {
    const w = aWorld(rt, new Date('2026-12-12T09:00:00Z'))
    const sent = await aSentCase(
      rt,
      { letter: tinyPdf('Letter'), mri: dicomZip({ modality: 'MR' }) },
      { refer: [lotus] },
    )
    const family = await w.as(sent.son, sent.caseId, 'member')
    expect(await family.treatment()).toMatchObject({ planAccepted: false, status: 'awaiting-assessment' })
    expect(await family.reportAdverseEvent(aSeriousEvent(), [])).toEqual({
      ok: false,
      error: { code: 'treatment.not-accepted', field: 'form' },
    })
    expect(await rowsOf(sent.caseId)).toEqual({ assessments: [], sessions: [], events: [] })
  })
})
