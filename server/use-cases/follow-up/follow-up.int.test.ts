import { rmSync } from 'node:fs'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CalendarDate } from '#domain/shared/calendar-date.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import {
  aCase,
  aCoordinator,
  aDischargedPatient,
  aPatient,
  aSeriousEvent,
  aSession,
  aTreatedPatient,
  alsAnswersForAParent,
  anInvitedCaregiver,
  answerAll,
  lotus,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, outboxEmail } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { followUpCheckIn, followUpVisit } from '../../db/schema/follow-up.ts'
import { renderEmail } from '../../mail/templates.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { planFollowUp } from './follow-up.ts'
import { sendFollowUpReminders } from './follow-up-reminders.ts'

// Follow-up (issue 17, ADR 0065): discharge makes the plan; the family (a
// caregiver on the patient's behalf) or the coordinator by phone fills the
// ALSFRS-R check-in; its score joins the outcome chart; the job reminds the
// family in their language until a check-in is done and escalates a missed
// visit; bad input is refused with nothing saved; the job's state is in
// PostgreSQL and carries on across a restart.
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

/** A case whose family accepted Lotus's plan, assessed on 10, treated on 11, discharged on 12 December 2026 unless told. */
async function aTreatedCase(options: { discharge?: boolean } = {}) {
  const w = await (options.discharge === false ? aTreatedPatient : aDischargedPatient)(rt, theCoordinator, {
    to: [lotus],
  })
  const setNow = (iso: string) => w.clock.advance(new Date(iso).getTime() - w.clock.now().getTime())
  return { ...w, setNow }
}

/** Every page of the check-in, as the family's pages post them. */
async function fillCheckIn(
  handle: { answerCheckIn(step: never, raw: Record<string, string>): Promise<{ ok: boolean }> },
  who: 'self' | 'caregiver' | null,
  score: string,
) {
  const pages: [string, Record<string, string>][] = [
    ...(who ? [['who', { answer: who }] as [string, Record<string, string>]] : []),
    ['feeding', { answer: 'oral' }],
    ...['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12'].map(
      (id): [string, Record<string, string>] => [`item-${id}`, { answer: score }],
    ),
    ['breathing', { answer: 'niv-part-time' }],
    ['measures', { fvc: '68', weight: '' }],
    ['changes', { problems: '', medicines: 'Started baclofen' }],
  ]
  for (const [step, raw] of pages) {
    const done = await handle.answerCheckIn(step as never, raw)
    if (!done.ok) throw new Error(`page ${step} refused: ${JSON.stringify(done)}`)
  }
}

const visitsOf = (caseId: CaseId) =>
  rt.database.db
    .select()
    .from(followUpVisit)
    .where(eq(followUpVisit.caseId, caseId))
    .orderBy(followUpVisit.dueOn)
const checkInRows = (caseId: CaseId) =>
  rt.database.db.select().from(followUpCheckIn).where(eq(followUpCheckIn.caseId, caseId))

describe(`follow-up on ${engineUnderTest}`, () => {
  test('discharge makes the plan; both sides see it; the coordinator moves a visit, audited', async () => {
    const w = await aTreatedCase()
    const plan = await (await w.as(w.son, w.caseId, 'member')).followUp()
    expect(plan.treatmentEnded).toBe('2026-12-12')
    expect(plan.visits.slice(0, 4).map((v) => [v.monthsAfter, v.dueOn, v.status])).toEqual([
      [1, '2027-01-12', 'due'],
      [3, '2027-03-12', 'due'],
      [6, '2027-06-12', 'due'],
      [12, '2027-12-12', 'due'],
    ])
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect((await coordinator.followUp()).visits).toEqual(plan.visits)

    expect(await coordinator.adjustFollowUp({ 3: '2027-03-20' })).toEqual({ ok: true, value: { moved: 1 } })
    expect((await visitsOf(w.caseId))[1]!.dueOn).toBe('2027-03-20')
    // Before treatment ended, or out of order: refused on the visit's field, nothing moved.
    expect(await coordinator.adjustFollowUp({ 1: '2026-12-01' })).toEqual({
      ok: false,
      error: { code: 'follow-up.schedule-invalid', field: 'due-1', problem: 'before-treatment-end' },
    })
    expect(await coordinator.adjustFollowUp({ 6: '2027-03-01' })).toMatchObject({
      ok: false,
      error: { field: 'due-6', problem: 'not-in-order' },
    })
    expect((await visitsOf(w.caseId)).map((v) => v.dueOn).slice(0, 3)).toEqual([
      '2027-01-12',
      '2027-03-20',
      '2027-06-12',
    ])
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, w.caseId), eq(auditEvent.action, 'follow-up.plan-adjusted')))
    expect(audits).toHaveLength(1)
  })

  test('a follow-up before treatment ended is refused, and nothing is saved', async () => {
    const w = await aTreatedCase({ discharge: false })
    const family = await w.as(w.son, w.caseId, 'member')
    const refused = { ok: false, error: { code: 'follow-up.before-treatment-end', field: 'form' } }
    expect(await family.checkInDraft()).toEqual(refused)
    expect(await family.answerCheckIn('who', { answer: 'self' })).toEqual(refused)
    expect(await family.submitCheckIn()).toEqual(refused)
    expect(await checkInRows(w.caseId)).toEqual([])
    expect(await visitsOf(w.caseId)).toEqual([])
  })

  test('an ALSFRS-R item out of range is refused on its field, and the draft is unchanged', async () => {
    const w = await aTreatedCase()
    const family = await w.as(w.son, w.caseId, 'member')
    await family.answerCheckIn('who', { answer: 'self' })
    const before = await checkInRows(w.caseId)
    expect(await family.answerCheckIn('item-1', { answer: '5' })).toEqual({
      ok: false,
      error: [{ code: 'treatment.alsfrs-item-invalid', field: 'answer' }],
    })
    expect(await checkInRows(w.caseId)).toEqual(before)
    // An unfinished check-in is not a check-in.
    expect(await family.submitCheckIn()).toEqual({
      ok: false,
      error: { code: 'follow-up.incomplete', step: 'feeding' },
    })
    expect((await family.followUp()).checkIns).toEqual([])
  })

  test('item 12 and the breathing machine must agree: a contradiction is refused on the page, nothing saved', async () => {
    const w = await aTreatedCase()
    const family = await w.as(w.son, w.caseId, 'member')
    await family.answerCheckIn('who', { answer: 'self' })
    await family.answerCheckIn('feeding', { answer: 'oral' })
    for (const id of ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11'])
      await family.answerCheckIn(`item-${id}` as never, { answer: '3' })
    // Item 12 at 3: intermittent use of a mask ventilator; then "no breathing machine".
    await family.answerCheckIn('item-12', { answer: '3' })
    expect(await family.answerCheckIn('breathing', { answer: 'none' })).toEqual({
      ok: false,
      error: [{ code: 'treatment.breathing-contradicts-item-12', field: 'answer' }],
    })
    const draft = await family.checkInDraft()
    expect(draft.ok && draft.value.draft.breathing).toBeUndefined()
    expect(draft.ok && draft.value.next).toBe('breathing')
    expect(await family.answerCheckIn('breathing', { answer: 'niv-part-time' })).toEqual({
      ok: true,
      value: { next: 'measures' },
    })
    // Changing item 12 afterwards to "no support" contradicts the machine now in use.
    expect(await family.answerCheckIn('item-12', { answer: '4' })).toEqual({
      ok: false,
      error: [{ code: 'treatment.item-12-contradicts-breathing', field: 'answer' }],
    })
    const kept = await family.checkInDraft()
    expect(kept.ok && kept.value.draft.items?.['12']).toBe(3)
  })

  test('a case that has ended takes no check-in, and its visits not done read as cancelled', async () => {
    const w = await aTreatedCase()
    const family = await w.as(w.son, w.caseId, 'member')
    await family.answerCheckIn('who', { answer: 'self' })
    expect((await family.stop(true)).ok).toBe(true)
    const ended = await w.as(w.son, w.caseId, 'member')
    const refused = { ok: false, error: { code: 'follow-up.case-closed', field: 'form' } }
    expect(await ended.checkInDraft()).toEqual(refused)
    expect(await ended.answerCheckIn('feeding', { answer: 'oral' })).toEqual(refused)
    expect(await ended.submitCheckIn()).toEqual(refused)
    expect(await checkInRows(w.caseId)).toHaveLength(1)
    expect((await checkInRows(w.caseId))[0]!.completedAt).toBeNull()
    const view = await ended.followUp()
    expect(view.checkInsOpen).toBe(false)
    expect(new Set(view.visits.map((v) => v.status))).toEqual(new Set(['cancelled']))
    // The coordinator cannot record one by phone either.
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await coordinator.checkInDraft()).toEqual(refused)
  })

  test("a caregiver's check-in is sealed, marks the visit done and joins the chart after the treatment day", async () => {
    const w = await aTreatedCase()
    const helper = await anInvitedCaregiver(rt, w.son, w.caseId)
    w.setNow('2027-01-13T09:00:00Z')
    const caregiver = await w.as(helper, w.caseId, 'member')
    await fillCheckIn(caregiver as never, 'caregiver', '2')
    expect((await caregiver.checkInDraft()).ok && (await caregiver.checkInDraft())).toMatchObject({
      value: { next: 'check' },
    })
    const done = await caregiver.submitCheckIn()
    expect(done).toMatchObject({ ok: true })

    const view = await (await w.as(theCoordinator, w.caseId, 'coordinator')).followUp()
    expect(view.visits[0]).toMatchObject({ monthsAfter: 1, status: 'done' })
    expect(view.checkIns).toEqual([
      expect.objectContaining({
        answeredOn: '2027-01-13',
        answeredBy: 'caregiver',
        alsfrsTotal: 24,
        fvcPercent: 68,
        weightKg: null,
        breathing: 'niv-part-time',
        medicineChanges: 'Started baclofen',
        visitMonths: 1,
      }),
    ])
    const [row] = await checkInRows(w.caseId)
    expect(row!.recordedByUserId).toBe(helper.id)
    expect(row!.sealed).not.toContain('baclofen')

    const course = await (await w.as(w.son, w.caseId, 'member')).outcomeCourse()
    expect(course?.treatedOn).toBe('2026-12-11')
    expect(course?.assessments.map((a) => [a.date, a.total])).toEqual([
      ['2026-11-02', 36],
      ['2026-12-10', 36],
      ['2027-01-13', 24],
    ])
  })

  test('reminders go once, in French; a missed visit escalates; the phone check-in stops them', async () => {
    const w = await aTreatedCase()
    await rt.database.db.update(user).set({ locale: 'fr' }).where(eq(user.id, w.son.id))
    const runAt = (iso: string) =>
      sendFollowUpReminders({ ...w.deps, clock: { now: () => new Date(iso) } }, [w.caseId])
    const toFamily = () => w.emails.filter((e) => e.to === w.son.email)

    expect(await runAt('2027-01-11T09:00:00Z')).toEqual({ reminded: 0, missed: 0 })
    // Due on 12 January in Amman (UTC+3): the run at 22:00 UTC on the 11th is already the 12th there.
    expect(await runAt('2027-01-11T22:00:00Z')).toEqual({ reminded: 1, missed: 0 })
    expect(await runAt('2027-01-12T09:00:00Z')).toEqual({ reminded: 0, missed: 0 })
    expect(toFamily()).toHaveLength(1)
    const email = renderEmail(toFamily()[0]!)
    expect(email.locale).toBe('fr')
    expect(email.subject).toContain('bilan de suivi')
    expect(email.text).toContain(`/patient/cases/${w.caseId}/follow-up`)
    expect(email.text).not.toContain('Salma')

    expect(await runAt('2027-01-19T09:00:00Z')).toEqual({ reminded: 1, missed: 0 })
    expect(await runAt('2027-01-20T09:00:00Z')).toEqual({ reminded: 0, missed: 0 })
    expect(await runAt('2027-02-02T09:00:00Z')).toEqual({ reminded: 0, missed: 1 })
    expect(await runAt('2027-02-03T09:00:00Z')).toEqual({ reminded: 0, missed: 0 })
    expect(toFamily()).toHaveLength(2)
    const escalations = w.emails.filter((e) => e.template === 'follow-up-missed')
    expect(escalations.map((e) => e.to)).toContain(theCoordinator.email)
    expect(escalations[0]!.params.url).toContain(`/coordinator/cases/${w.caseId}/follow-up`)

    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect((await coordinator.followUp()).missed).toBe(true)
    const missedAudit = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, w.caseId), eq(auditEvent.action, 'follow-up.visit-missed')))
    expect(missedAudit).toMatchObject([{ actorUserId: null, details: { actor: 'system' } }])

    // The coordinator calls and records the check-in by phone: the missed visit is made up for.
    w.setNow('2027-02-04T09:00:00Z')
    await fillCheckIn(coordinator as never, 'self', '3')
    expect(await coordinator.submitCheckIn()).toMatchObject({ ok: true })
    const view = await coordinator.followUp()
    expect(view.visits[0]!.status).toBe('done')
    expect(view.checkIns[0]).toMatchObject({
      answeredBy: 'coordinator-phone',
      onThePhone: 'self',
      alsfrsTotal: 36,
    })

    // The next visit (3 months) is reminded when due; nothing more for the first.
    const sentBefore = w.emails.length
    expect(await runAt('2027-02-20T09:00:00Z')).toEqual({ reminded: 0, missed: 0 })
    expect(await runAt('2027-03-12T09:00:00Z')).toEqual({ reminded: 1, missed: 0 })
    expect(w.emails.length).toBe(sentBefore + 1)
  })
})

describe(`a death recorded during follow-up on ${engineUnderTest}`, () => {
  test('ends the course: no reminder nor missed visit is sent, and no session can follow', async () => {
    const w = await aTreatedCase()
    const clinic = await w.lotusClinic()
    expect((await clinic.reportAdverseEvent(aSeriousEvent({ onset: '2026-12-12' }), [])).ok).toBe(true)
    const eventId = (await clinic.treatment())!.events[0]!.id
    expect((await clinic.recordAdverseEventOutcome(eventId, 'fatal')).ok).toBe(true)
    const runAt = (iso: string) =>
      sendFollowUpReminders({ ...w.deps, clock: { now: () => new Date(iso) } }, [w.caseId])
    // The first visit falls due on 12 January, and would be missed by 2 February.
    expect(await runAt('2027-01-12T09:00:00Z')).toEqual({ reminded: 0, missed: 0 })
    expect(await runAt('2027-02-02T09:00:00Z')).toEqual({ reminded: 0, missed: 0 })
    expect(
      w.emails.filter((e) => e.template === 'follow-up-due' || e.template === 'follow-up-missed'),
    ).toEqual([])
    expect((await clinic.treatment())?.status).toBe('died')
    expect(await clinic.recordSession(aSession)).toMatchObject({
      ok: false,
      error: { code: 'treatment.patient-died' },
    })
  })
})

describe(`the reminder job survives a restart on ${engineUnderTest}`, () => {
  test('a run queued by one app is worked by the next one on the same database, once', async () => {
    const jobsSchema = `pgboss_followup_${Date.now().toString(36)}`
    // The first app starts as every test's does (on PGlite, from the migrated
    // template); the second opens the very same data folder or database.
    let first: Awaited<ReturnType<typeof startTestRuntime>> | null = await startTestRuntime({
      JOBS_SCHEMA: jobsSchema,
    })
    const dataDir = first.config.DATA_DIR
    const env = { DATA_DIR: dataDir, KEEP_DATA: 'yes', JOBS_SCHEMA: jobsSchema }
    let second: Awaited<ReturnType<typeof startTestRuntime>> | null = null
    try {
      const son = await aPatient(first, 'son')
      const caseId = await aCase(first, son)
      await answerAll(first, son, caseId, alsAnswersForAParent)
      await first.database.db.update(user).set({ locale: 'fr' }).where(eq(user.id, son.id))
      await planFollowUp(first.database.db, caseId, '2026-12-12' as CalendarDate, null, new Date())
      expect((await first.jobs.boss.getSchedules()).map((s) => s.name)).toContain('followup.remind')
      const outbox = (r: NonNullable<typeof first>) =>
        r.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, son.email))

      // The first app works a run at the due day: one reminder, in French.
      await first.jobs.remindFollowUps({ caseIds: [caseId], at: '2027-01-12T09:00:00Z' })
      await expect.poll(async () => (await outbox(first!)).length, { timeout: 15_000 }).toBe(1)
      expect((await outbox(first))[0]).toMatchObject({ locale: 'fr', template: 'follow-up-due' })

      // A run a week later is queued to start in a few seconds; the app stops before it does.
      await first.jobs.remindFollowUps({ caseIds: [caseId], at: '2027-01-19T09:00:00Z' }, 3)
      await first.stop()
      first = null

      second = await startTestRuntime(env)
      // Seconds when the machine is quiet; the email queue's retries back off
      // when it is not, so the wait is long rather than the test flaky.
      await expect
        .poll(async () => (await outbox(second!)).length, { timeout: 150_000, interval: 250 })
        .toBe(2)
      // The same instant again sends nothing: each reminder is claimed once.
      await second.jobs.remindFollowUps({ caseIds: [caseId], at: '2027-01-19T10:00:00Z' })
      await new Promise((r) => setTimeout(r, 2_000))
      expect(await outbox(second)).toHaveLength(2)
      expect((await second.jobs.boss.getSchedules()).map((s) => s.name)).toContain('followup.remind')
    } finally {
      await first?.stop()
      if (second) {
        if (second.config.DATABASE_URL) {
          await second.jobs.stop()
          await second.database.db.execute(sql.raw(`drop schema if exists ${jobsSchema} cascade`))
        }
        await second.stop()
      }
      rmSync(dataDir, { recursive: true, force: true })
    }
    // Two apps start one after the other: slow on a loaded two-core machine.
  }, 300_000)
})
