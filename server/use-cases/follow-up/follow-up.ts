import { randomUUID } from 'node:crypto'
import { kingsStage } from '#domain/alsfrs/kings-stage.ts'
import { mitosStage } from '#domain/alsfrs/mitos-stage.ts'
import type { AlsfrsScore } from '#domain/alsfrs/score.ts'
import {
  applyStep,
  contradictionOn,
  familyAnsweredBy,
  finishCheckIn,
  firstOpenStep,
  parseStep,
  stepAfter,
  type CheckIn,
  type CheckInDraft,
  type CheckInStep,
  type ContradictoryCheckIn,
  type IncompleteCheckIn,
} from '#domain/follow-up/check-in.ts'
import { mayCheckIn, visitsAsSeen, type CaseClosedRefusal } from '#domain/follow-up/check-ins-open.ts'
import {
  adjustFollowUpSchedule,
  defaultFollowUpSchedule,
  type ScheduleProblem,
} from '#domain/follow-up/follow-up-schedule.ts'
import { visitFulfilledBy } from '#domain/follow-up/reminders.ts'
import type { CheckInView, FollowUpView, VisitView } from '#domain/follow-up/follow-up-view.ts'
import { patientTimeZone, zonesOfCountry } from '#domain/intake/time-zones.ts'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { courseFromIntake } from '#domain/outcomes/course-from-intake.ts'
import type { ChartAssessment, ChartSource, OutcomeCourse } from '#domain/outcomes/outcome-chart-geometry.ts'
import { calendarDateIn, type CalendarDate } from '#domain/shared/calendar-date.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import type { PreTreatmentAssessment } from '#domain/treatment/pre-treatment-assessment.ts'
import type { RawFields, TreatmentProblem } from '#domain/treatment/treatment-problem.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { AnyCaseContext, CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal, unseal } from '../../cases/case-vault.ts'
import type { Db } from '../../db/client.ts'
import { lockStage } from '../../stores/case-store.ts'
import {
  checkInsOf,
  completeCheckIn,
  draftOf,
  insertVisits,
  moveVisit,
  saveDraft,
  setVisitStatus,
  visitsOf,
  type Channel,
} from '../../stores/follow-up-store.ts'
import { courseRows } from '../../stores/treatment-store.ts'

// Follow-up after treatment (issue 17, ADR 0065). The plan is made in the
// discharge's own transaction; the coordinator may move its dates (audited);
// the family, or the coordinator on the phone, fills a check-in page by page
// into a sealed draft, which completes into a check-in that fulfils the
// visit due. Every command holds the case's lock, so a check-in and the
// reminder job never both decide about the same visit.

export type FollowUpRefusal =
  | { code: 'follow-up.before-treatment-end'; field: 'form' }
  | { code: 'follow-up.schedule-invalid'; field: string; problem: ScheduleProblem }
  | IncompleteCheckIn
  | ContradictoryCheckIn
  | CaseClosedRefusal

const beforeTreatmentEnd = (): Result<never, FollowUpRefusal> =>
  err({ code: 'follow-up.before-treatment-end', field: 'form' })

/** Creates the default plan from the discharge day; called inside the discharge's transaction. */
export async function planFollowUp(
  tx: Db,
  caseId: CaseId,
  dischargedOn: CalendarDate,
  byUserId: string | null,
  at: Date,
): Promise<number> {
  const plan = defaultFollowUpSchedule(dischargedOn)
  await insertVisits(
    tx,
    plan.map((v) => ({
      id: randomUUID(),
      caseId,
      monthsAfter: v.monthsAfter,
      dueOn: v.dueOn,
      status: 'due' as const,
      scheduledByUserId: byUserId,
      createdAt: at,
      updatedAt: at,
    })),
  )
  return plan.length
}

/** The zone the family lives in: the intake's answer, else the country's first zone, else UTC. */
export function familyZoneOf(ctx: Pick<AnyCaseContext, 'answers'>): string {
  const answers = ctx.answers()
  const country = answers['country']
  return (
    patientTimeZone(answers) ??
    (typeof country === 'string' ? zonesOfCountry(country)[0] : undefined) ??
    'UTC'
  )
}

async function dischargedOn(db: Db, caseId: CaseId): Promise<CalendarDate | null> {
  return ((await courseRows(db, caseId)).discharge?.dischargedOn as CalendarDate | undefined) ?? null
}

export async function readFollowUp(deps: Pick<CaseDeps, 'db'>, ctx: CaseContext): Promise<FollowUpView> {
  const caseId = ctx.row.id as CaseId
  const stored = (await visitsOf(deps.db, caseId)).map((v): VisitView => ({
    id: v.id,
    monthsAfter: v.monthsAfter,
    dueOn: v.dueOn as CalendarDate,
    status: v.status,
    checkInId: v.checkInId,
  }))
  const visits = visitsAsSeen(stored, ctx.row.stage)
  const months = new Map(visits.map((v) => [v.id, v.monthsAfter]))
  const checkIns = (await checkInsOf(deps.db, caseId)).map((row): CheckInView => {
    const c = unseal<CheckIn>(ctx.key, row.sealed)
    return {
      id: row.id,
      answeredOn: row.answeredOn as CalendarDate,
      answeredBy: c.answeredBy,
      onThePhone: c.onThePhone ?? null,
      alsfrsTotal: c.alsfrs.total,
      domains: c.alsfrs.domains,
      fvcPercent: c.fvcPercent,
      weightKg: c.weightKg,
      breathing: c.breathing,
      feeding: c.feeding,
      newProblems: c.newProblems,
      medicineChanges: c.medicineChanges,
      visitMonths: row.visitId ? (months.get(row.visitId) ?? null) : null,
    }
  })
  return {
    treatmentEnded: await dischargedOn(deps.db, caseId),
    visits,
    checkIns,
    missed: visits.some((v) => v.status === 'missed'),
    checkInsOpen: mayCheckIn(ctx.row.stage).ok,
  }
}

/** The coordinator moves visits: `dueOn` by months after treatment; the others keep their dates. */
export async function adjustPlan(
  deps: Pick<CaseDeps, 'db' | 'clock'>,
  ctx: CaseContext,
  moved: Readonly<Record<number, string>>,
): Promise<Result<{ moved: number }, FollowUpRefusal>> {
  const caseId = ctx.row.id as CaseId
  return deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const ended = await dischargedOn(tx, caseId)
    if (!ended) return beforeTreatmentEnd()
    const visits = await visitsOf(tx, caseId)
    const wanted = visits.map((v) => ({ monthsAfter: v.monthsAfter, dueOn: moved[v.monthsAfter] ?? v.dueOn }))
    const checked = adjustFollowUpSchedule(ended, wanted)
    if (!checked.ok) {
      const at = wanted[checked.error.index ?? 0]
      return err({
        code: 'follow-up.schedule-invalid',
        field: at ? `due-${at.monthsAfter}` : 'form',
        problem: checked.error.problem,
      } as const)
    }
    const now = deps.clock.now()
    const changed = visits.filter((v, i) => checked.value[i]!.dueOn !== v.dueOn)
    for (const v of changed) {
      await moveVisit(tx, caseId, v.monthsAfter, moved[v.monthsAfter]!, ctx.actor.userId, now)
    }
    if (changed.length > 0)
      await appendAudit(tx, {
        actorUserId: ctx.actor.userId,
        action: 'follow-up.plan-adjusted',
        subjectType: 'case',
        subjectId: caseId,
        requestId: ctx.requestId,
        details: { monthsAfter: changed.map((v) => v.monthsAfter) },
      })
    return ok({ moved: changed.length })
  })
}

export type DraftView = { draft: CheckInDraft; byPhone: boolean; next: CheckInStep | 'check' }

/** The check-in being filled on this channel (empty when none is), or a refusal before discharge. */
export async function readDraft(
  deps: Pick<CaseDeps, 'db'>,
  ctx: CaseContext,
  channel: Channel,
): Promise<Result<DraftView, FollowUpRefusal>> {
  const caseId = ctx.row.id as CaseId
  if (!(await dischargedOn(deps.db, caseId))) return beforeTreatmentEnd()
  const open = mayCheckIn(ctx.row.stage)
  if (!open.ok) return open
  const row = await draftOf(deps.db, caseId, channel)
  const draft = row ? unseal<CheckInDraft>(ctx.key, row.sealed) : {}
  const byPhone = channel === 'phone'
  return ok({ draft, byPhone, next: firstOpenStep(draft, byPhone) })
}

/** One page of a check-in: checked, merged into the sealed draft; where to go next. */
export async function answerCheckInStep(
  deps: Pick<CaseDeps, 'db' | 'clock'>,
  ctx: CaseContext,
  channel: Channel,
  step: CheckInStep,
  raw: RawFields,
): Promise<Result<{ next: CheckInStep | 'check' }, FollowUpRefusal | TreatmentProblem[]>> {
  const caseId = ctx.row.id as CaseId
  const byPhone = channel === 'phone'
  const parsed = parseStep(step, raw, { answeredBy: familyAnsweredBy })
  if (!parsed.ok) return parsed
  return deps.db.transaction(async (tx) => {
    const stage = await lockStage(tx, caseId)
    if (!(await dischargedOn(tx, caseId))) return beforeTreatmentEnd()
    const open = mayCheckIn(stage ?? ctx.row.stage)
    if (!open.ok) return open
    const row = await draftOf(tx, caseId, channel)
    const draft = applyStep(row ? unseal<CheckInDraft>(ctx.key, row.sealed) : {}, parsed.value)
    const contradiction = contradictionOn(step, draft)
    if (contradiction.length > 0) return err(contradiction)
    await saveDraft(tx, caseId, channel, row?.id ?? randomUUID(), seal(ctx.key, draft), deps.clock.now())
    return ok({ next: stepAfter(draft, byPhone, step) })
  })
}

/** The complete draft becomes a check-in; the visit it fulfils is done, and its reminders stop. */
export async function submitCheckIn(
  deps: Pick<CaseDeps, 'db' | 'clock'>,
  ctx: CaseContext,
  channel: Channel,
): Promise<Result<{ checkInId: string; visitId: string | null }, FollowUpRefusal>> {
  const caseId = ctx.row.id as CaseId
  const byPhone = channel === 'phone'
  const now = deps.clock.now()
  const today = calendarDateIn(now, familyZoneOf(ctx))
  return deps.db.transaction(async (tx) => {
    const stage = await lockStage(tx, caseId)
    if (!(await dischargedOn(tx, caseId))) return beforeTreatmentEnd()
    const open = mayCheckIn(stage ?? ctx.row.stage)
    if (!open.ok) return open
    const row = await draftOf(tx, caseId, channel)
    const finished = finishCheckIn(row ? unseal<CheckInDraft>(ctx.key, row.sealed) : {}, byPhone)
    if (!finished.ok || !row)
      return finished.ok ? err({ code: 'follow-up.incomplete', step: 'feeding' } as const) : finished
    const visits = await visitsOf(tx, caseId)
    const visit = visitFulfilledBy(
      visits.map((v) => ({ id: v.id, dueOn: v.dueOn as CalendarDate, status: v.status })),
      today,
    )
    await completeCheckIn(tx, row.id, {
      visitId: visit?.id ?? null,
      answeredBy: finished.value.answeredBy,
      recordedByUserId: ctx.actor.userId,
      answeredOn: today,
      sealed: seal(ctx.key, finished.value),
      completedAt: now,
    })
    if (visit) await setVisitStatus(tx, visit.id, 'done', now, row.id)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'follow-up.check-in-recorded',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { checkInId: row.id, visitId: visit?.id ?? null, answeredBy: finished.value.answeredBy },
    })
    return ok({ checkInId: row.id, visitId: visit?.id ?? null })
  })
}

const chartPoint = (date: string, source: ChartSource, score: AlsfrsScore): ChartAssessment => ({
  date,
  source,
  total: score.total,
  domains: score.domains,
  kings: kingsStage(score),
  mitos: mitosStage(score).stage,
})

/**
 * The ALSFRS-R course for the outcome chart: the intake's score, the clinic's
 * on arrival and every completed check-in, with the first treatment day
 * marked; null before any score.
 */
export async function readOutcomeCourse(
  deps: Pick<CaseDeps, 'db'>,
  // The home doctor's link reads the same course without a viewer (ADR 0066).
  ctx: Pick<CaseContext, 'row' | 'key' | 'answers'>,
): Promise<OutcomeCourse | null> {
  const caseId = ctx.row.id as CaseId
  const rows = await courseRows(deps.db, caseId)
  const later: ChartAssessment[] = []
  if (rows.assessment) {
    const a = unseal<PreTreatmentAssessment>(ctx.key, rows.assessment.sealed)
    later.push(chartPoint(rows.assessment.assessedOn, 'arrival', a.alsfrs))
  }
  for (const row of await checkInsOf(deps.db, caseId)) {
    later.push(chartPoint(row.answeredOn!, 'check-in', unseal<CheckIn>(ctx.key, row.sealed).alsfrs))
  }
  later.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return courseFromIntake(
    alsfrsSummary(ctx.answers()),
    ctx.answers(),
    later,
    rows.sessions[0]?.heldOn ?? null,
  )
}
