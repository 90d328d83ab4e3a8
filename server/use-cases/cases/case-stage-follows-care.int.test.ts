import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import {
  aCoordinator,
  anAcceptedPlan,
  steadyAssessment,
  uploadRequest,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { findCase } from '../../stores/case-store.ts'
import { sendFollowUpReminders } from '../follow-up/follow-up-reminders.ts'

// The case's stage follows what happens (issue 17): the first flight on the
// trip plan books travel, the clinic's arrival assessment starts treatment,
// the discharge (with the follow-up plan it writes) puts the case in
// follow-up, and the coordinator closes it. Each move is audited with its
// cause, in the event's own transaction; the family gets one email per change.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt, 'stages-coordinator')
})
afterAll(async () => {
  await rt?.cleanup()
})

const signedOff = {
  homeVentilation: 'yes',
  orthopnoea: 'no',
  bulbar: 'not-severe',
  fvcPercent: '58',
  fvcDate: '2026-11-20',
  signOffBy: 'Dr Okafor, home respiratory team',
  signOffDate: '2026-12-01',
  hypoxicChallenge: 'not-done',
  oxygenPlanned: 'no',
}
const flight = (o: Record<string, string> = {}) => ({
  carrier: 'Air India',
  number: 'AI 162',
  from: 'AMM',
  to: 'DEL',
  departsDate: '2026-12-06',
  departsTime: '21:00',
  departsZone: 'Asia/Amman',
  arrivesDate: '2026-12-07',
  arrivesTime: '04:15',
  arrivesZone: 'Asia/Kolkata',
  ...o,
})
const homeward = flight({
  number: 'AI 161',
  from: 'DEL',
  to: 'AMM',
  departsDate: '2026-12-20',
  departsZone: 'Asia/Kolkata',
  arrivesDate: '2026-12-20',
  arrivesTime: '23:50',
  arrivesZone: 'Asia/Amman',
})

/** A case whose family accepted Lotus's plan on 2 December 2026, with a clock the test moves. */
async function anAccepted() {
  const w = await anAcceptedPlan(rt, theCoordinator, { at: new Date('2026-12-02T09:00:00Z') })
  const clock = w.deps.clock as typeof w.deps.clock & { advance(ms: number): void }
  const setNow = (iso: string) => clock.advance(new Date(iso).getTime() - clock.now().getTime())
  const stage = async () => (await findCase(rt.database.db, w.caseId))!.stage
  const coordinator = () => w.as(theCoordinator, w.caseId, 'coordinator')
  const stageEmails = () =>
    w.emails.filter((e) => e.template === 'case-stage-changed').map((e) => [e.to, e.params.stage])
  return { ...w, setNow, stage, coordinator, stageEmails }
}

/** The case's transitions after the plan was accepted, as the audit log has them. */
async function laterMoves(caseId: CaseId) {
  const rows = await rt.database.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.subjectId, caseId), eq(auditEvent.action, 'case.transition')))
    .orderBy(asc(auditEvent.id))
  return rows
    .map((r) => r.details as Record<string, string>)
    .filter((d) =>
      ['book-travel', 'start-treatment', 'discharge', 'start-follow-up', 'close'].includes(d['command']!),
    )
    .map((d) => ({ command: d['command'], by: d['by'], cause: d['cause'] }))
}

describe(`the case stage follows the trip, treatment and follow-up on ${engineUnderTest}`, () => {
  test('plan accepted → travel booked → in treatment → follow-up → closed, each move audited, one email per change', async () => {
    const w = await anAccepted()
    expect(await w.stage()).toBe('plan-accepted')
    const coordinator = await w.coordinator()

    // A flight refused (no fit-to-fly check yet) moves nothing.
    expect((await coordinator.addTripItem('flight', flight())).ok).toBe(false)
    expect(await w.stage()).toBe('plan-accepted')
    expect(await coordinator.recordFitToFly(signedOff)).toMatchObject({ ok: true })
    expect((await coordinator.addTripItem('flight', flight())).ok).toBe(true)
    expect(await w.stage()).toBe('travel-booked')
    expect(w.stageEmails()).toEqual([[w.son.email, 'travel-booked']])
    // The flight home changes nothing more.
    expect((await coordinator.addTripItem('flight', homeward)).ok).toBe(true)
    expect(w.stageEmails()).toHaveLength(1)

    w.setNow('2026-12-12T09:00:00Z')
    const clinic = await w.lotusClinic()
    expect((await clinic.recordAssessment(steadyAssessment)).ok).toBe(true)
    expect(await w.stage()).toBe('in-treatment')
    expect(
      (
        await clinic.recordSession({
          date: '2026-12-11',
          procedure: 'Intrathecal infusion',
          route: 'intrathecal',
          dose: '2 ml',
          doctor: 'Dr A. Rao',
        })
      ).ok,
    ).toBe(true)
    expect(w.stageEmails()).toEqual([
      [w.son.email, 'travel-booked'],
      [w.son.email, 'in-treatment'],
    ])

    const discharged = await clinic.discharge(
      uploadRequest([{ name: 'discharge.pdf', bytes: tinyPdf('Discharge summary') }], { date: '2026-12-12' }),
    )
    expect(discharged.ok).toBe(true)
    expect(await w.stage()).toBe('follow-up')
    // Discharged and into follow-up at once: one email, saying where the case is now.
    expect(w.stageEmails().at(-1)).toEqual([w.son.email, 'follow-up'])
    expect(w.stageEmails()).toHaveLength(3)

    const later = await w.coordinator()
    expect(later.commands).toContain('close')
    expect(await later.transition('close')).toEqual({ ok: true, value: { to: 'closed' } })
    expect(await w.stage()).toBe('closed')
    expect(w.stageEmails().at(-1)).toEqual([w.son.email, 'closed'])

    expect(await laterMoves(w.caseId)).toEqual([
      { command: 'book-travel', by: 'coordinator', cause: 'flight-saved' },
      { command: 'start-treatment', by: 'clinic-staff', cause: 'treatment-recorded' },
      { command: 'discharge', by: 'clinic-staff', cause: 'discharged-with-follow-up-plan' },
      { command: 'start-follow-up', by: 'system', cause: 'discharged-with-follow-up-plan' },
      { command: 'close', by: 'coordinator', cause: undefined },
    ])
  })

  test('a family who travelled on their own reaches in treatment; travel is never claimed', async () => {
    const w = await anAccepted()
    w.setNow('2026-12-12T09:00:00Z')
    expect((await (await w.lotusClinic()).recordAssessment(steadyAssessment)).ok).toBe(true)
    expect(await w.stage()).toBe('in-treatment')
    expect(await laterMoves(w.caseId)).toEqual([
      { command: 'start-treatment', by: 'clinic-staff', cause: 'treatment-recorded' },
    ])
  })

  test('an assessment that pauses the plan tells the family of the pause, not of the stage as well', async () => {
    const w = await anAccepted()
    w.setNow('2026-12-12T09:00:00Z')
    const declined = {
      ...steadyAssessment,
      ...Object.fromEntries(
        ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12'].map((i) => [`alsfrs-${i}`, '2']),
      ),
    }
    expect(await (await w.lotusClinic()).recordAssessment(declined)).toMatchObject({
      ok: true,
      value: { paused: true },
    })
    expect(await w.stage()).toBe('in-treatment')
    const toFamily = w.emails.filter((e) => e.to === w.son.email).map((e) => e.template)
    expect(toFamily).toEqual(['treatment-paused'])
  })

  test('a closed case gets no more follow-up reminders', async () => {
    const w = await anAccepted()
    w.setNow('2026-12-12T09:00:00Z')
    const clinic = await w.lotusClinic()
    await clinic.recordAssessment(steadyAssessment)
    await clinic.recordSession({
      date: '2026-12-11',
      procedure: 'Intrathecal infusion',
      route: 'intrathecal',
      dose: '2 ml',
      doctor: 'Dr A. Rao',
    })
    const discharged = await clinic.discharge(
      uploadRequest([{ name: 'discharge.pdf', bytes: tinyPdf('Discharge summary') }], { date: '2026-12-12' }),
    )
    expect(discharged.ok).toBe(true)
    // The one-month visit is reminded while the case is in follow-up…
    w.setNow('2027-01-12T09:00:00Z')
    expect((await sendFollowUpReminders(w.deps, [w.caseId])).reminded).toBeGreaterThan(0)
    // …and nothing after the coordinator closes it.
    expect((await (await w.coordinator()).transition('close')).ok).toBe(true)
    w.setNow('2027-03-12T09:00:00Z')
    expect(await sendFollowUpReminders(w.deps, [w.caseId])).toEqual({ reminded: 0, missed: 0 })
  })
})
