import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import {
  aCoordinator,
  aSeriousEvent,
  anAcceptedPlan,
  steadyAssessment,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, outboxEmail } from '../../db/schema/app.ts'
import { adverseEvent } from '../../db/schema/treatment.ts'
import { queues } from '../../jobs/queue.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { escalateAdverseEvents } from './escalate-adverse-events.ts'

// An unresolved serious adverse event escalates (issue 17, ADR 0069): a day
// without news, the case's coordinator is emailed again; three days, every
// coordinator; each once, as Waypoint itself; a resolved event never does.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let assigned: Person
let other: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  assigned = await aCoordinator(rt, 'assigned-coordinator')
  other = await aCoordinator(rt, 'other-coordinator')
})
afterAll(async () => {
  await rt?.cleanup()
})

const reportedAt = new Date('2026-12-12T09:00:00Z')
const hoursAfter = (h: number) => new Date(reportedAt.getTime() + h * 3_600_000)

/** A case assigned to one coordinator, with a serious event the family reported at `reportedAt`. */
async function aSeriousEventReported() {
  const w = await anAcceptedPlan(rt, assigned, { at: reportedAt })
  const coordinator = await w.as(assigned, w.caseId, 'coordinator')
  const taken = await coordinator.assignToMe(null)
  if (!taken.ok) throw new Error('assignment refused')
  await (await w.lotusClinic()).recordAssessment(steadyAssessment)
  const family = await w.as(w.son, w.caseId, 'member')
  const reported = await family.reportAdverseEvent(aSeriousEvent(), [])
  if (!reported.ok) throw new Error('report refused')
  w.emails.length = 0
  // The job, as the schedule runs it at this instant, limited to this case (other files share the server's database).
  const runAt = (h: number) =>
    escalateAdverseEvents({ ...w.deps, clock: { now: () => hoursAfter(h) } }, [w.caseId])
  const sentTo = (template: string) => w.emails.filter((e) => e.template === template).map((e) => e.to)
  return { ...w, eventId: reported.value.eventId, runAt, sentTo }
}

describe(`escalating an unresolved serious adverse event on ${engineUnderTest}`, () => {
  test('a day without news reminds the assigned coordinator once; three days tell every coordinator once', async () => {
    const w = await aSeriousEventReported()
    expect(await w.runAt(23)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(w.emails).toEqual([])

    expect(await w.runAt(24.5)).toEqual({ toAssigned: 1, toAll: 0 })
    expect(w.sentTo('adverse-event-unresolved')).toEqual([assigned.email])
    const reminder = w.emails[0]!
    expect(reminder.params).toMatchObject({
      reference: expect.any(String),
      url: `http://waypoint.test/coordinator/cases/${w.caseId}/treatment`,
    })
    expect(JSON.stringify(reminder)).not.toMatch(/headache|vomiting/i)

    // The hourly runs in between change nothing.
    expect(await w.runAt(25.5)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(await w.runAt(71)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(w.emails).toHaveLength(1)

    expect(await w.runAt(72.5)).toEqual({ toAssigned: 0, toAll: 1 })
    const toAll = w.sentTo('adverse-event-escalated')
    expect(toAll).toContain(assigned.email)
    expect(toAll).toContain(other.email)
    expect(await w.runAt(73.5)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(await w.runAt(200)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(w.sentTo('adverse-event-escalated')).toHaveLength(toAll.length)

    // Audited as the system, with no user and no content; shown to the coordinator.
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.subjectId, w.caseId), eq(auditEvent.action, 'treatment.adverse-event-escalated')),
      )
    expect(audits.map((a) => [a.actorUserId, a.details])).toEqual([
      [
        null,
        {
          eventId: w.eventId,
          stage: 'assigned',
          by: 'system',
          actor: 'system',
          job: 'adverse-event-escalation',
        },
      ],
      [
        null,
        { eventId: w.eventId, stage: 'all', by: 'system', actor: 'system', job: 'adverse-event-escalation' },
      ],
    ])
    const course = await (await w.as(assigned, w.caseId, 'coordinator')).treatment()
    expect(course).toMatchObject({ openSerious: true, escalated: 'all' })
    expect(course.events[0]).toMatchObject({ id: w.eventId, escalated: 'all' })
  })

  test('an outcome recorded restarts the wait, and a resolved event never escalates', async () => {
    const w = await aSeriousEventReported()
    const clinic = await w.lotusClinic()
    w.deps.clock = { now: () => hoursAfter(20) }
    expect(await clinic.recordAdverseEventOutcome(w.eventId, 'recovering')).toMatchObject({ ok: true })
    expect(await w.runAt(30)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(await w.runAt(44.5)).toEqual({ toAssigned: 1, toAll: 0 })
    expect(await clinic.recordAdverseEventOutcome(w.eventId, 'resolved')).toMatchObject({ ok: true })
    expect(await w.runAt(500)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(w.sentTo('adverse-event-escalated')).toEqual([])
    expect((await (await w.as(assigned, w.caseId, 'coordinator')).treatment()).escalated).toBeNull()
  })

  test('when the job did not run for three days, every coordinator hears once, and no day-one reminder follows', async () => {
    const w = await aSeriousEventReported()
    expect(await w.runAt(80)).toEqual({ toAssigned: 0, toAll: 1 })
    expect(await w.runAt(81)).toEqual({ toAssigned: 0, toAll: 0 })
    expect(w.sentTo('adverse-event-unresolved')).toEqual([])
    const [row] = await rt.database.db.select().from(adverseEvent).where(eq(adverseEvent.id, w.eventId))
    expect(row?.escalatedToAssignedAt).toEqual(hoursAfter(80))
    expect(row?.escalatedToAllAt).toEqual(hoursAfter(80))
  })

  test('two runs at once send each escalation once', async () => {
    const w = await aSeriousEventReported()
    const [a, b] = await Promise.all([w.runAt(25), w.runAt(25)])
    expect(a!.toAssigned + b!.toAssigned).toBe(1)
    expect(w.sentTo('adverse-event-unresolved')).toEqual([assigned.email])
  })

  test('the queued job escalates an event left three days, through the mail queue', async () => {
    const w = await aSeriousEventReported()
    // The runtime's job runs on the real clock: the event is moved back in time instead.
    const threeDaysAgo = new Date(Date.now() - 73 * 3_600_000)
    await rt.database.db
      .update(adverseEvent)
      .set({ updatedAt: threeDaysAgo, createdAt: threeDaysAgo })
      .where(eq(adverseEvent.id, w.eventId))
    await rt.jobs.boss.send(queues.escalateAdverseEvents, { caseIds: [w.caseId as CaseId] })
    const delivered = async () =>
      (
        await rt.database.db
          .select()
          .from(outboxEmail)
          .where(
            and(
              eq(outboxEmail.template, 'adverse-event-escalated'),
              inArray(outboxEmail.to, [assigned.email, other.email]),
            ),
          )
      ).filter((e) => JSON.stringify(e).includes(w.caseId)).length
    await expect.poll(delivered, { timeout: 10_000, interval: 200 }).toBe(2)
  })
})
