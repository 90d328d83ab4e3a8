import { randomUUID } from 'node:crypto'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { earliestDateAt, latestDateAt, type CalendarDate } from '#domain/shared/calendar-date.ts'
import type { CaseId, DocumentId, ProviderId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import {
  adverseEventOutcomes,
  alreadyReported,
  isUnresolvedSerious,
  parseAdverseEvent,
  type AdverseEventOutcome,
  type CtcaeGrade,
  type AdverseEventReport,
  type Reporter,
} from '#domain/treatment/adverse-event.ts'
import {
  escalationReached,
  furthestEscalation as furthest,
} from '#domain/treatment/adverse-event-escalation.ts'
import { functionBesideEvent } from '#domain/treatment/function-beside-event.ts'
import {
  largeChanges,
  parseAssessment,
  type HomeBaseline,
  type LargeChange,
  type PreTreatmentAssessment,
} from '#domain/treatment/pre-treatment-assessment.ts'
import {
  courseStatus,
  mayAcknowledge,
  dischargeDateProblems,
  mayDischarge,
  mayRecordAssessment,
  mayRecordSession,
  type CourseFacts,
  type CourseRefusal,
  type CourseStatus,
} from '#domain/treatment/treatment-course.ts'
import { pastDateOf, type RawFields, type TreatmentProblem } from '#domain/treatment/treatment-problem.ts'
import { parseSession, type TreatmentSession } from '#domain/treatment/treatment-session.ts'
import type { AdverseEventView, AssessmentView, CourseView } from '#domain/treatment/course-view.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal, unseal } from '../../cases/case-vault.ts'
import type { Db } from '../../db/client.ts'
import { lockStage } from '../../stores/case-store.ts'
import { pendingRevisionOf } from '../../stores/quote-store.ts'
import { providerRecipients, referralsOfCase, referralTo } from '../../stores/referral-store.ts'
import {
  acknowledgeAssessment,
  courseRows,
  insertAdverseEvent,
  insertAssessment,
  insertDischarge,
  insertSession,
  adverseEventOutcomeOf,
  updateAdverseEventOutcome,
  type CourseRows,
} from '../../stores/treatment-store.ts'
import { deleteCaseDocument } from '../documents/case-documents.ts'
import { uploadDocuments } from '../documents/upload-documents.ts'
import { notifyCoordinators, notifyPatientSide, notifyRecipients } from '../cases/notify.ts'
import { planFollowUp } from '../follow-up/follow-up.ts'
import { followCare, tellFamilyOfStage } from '../cases/follow-care.ts'

// The treatment course (issue 17, ADR 0062). Each command: under the case's
// lock, load the course, decide with domain/treatment, write the row (its
// clinical text sealed with the case key) and an audit entry without
// content, in one transaction; then tell people, by reference and link only.
// The clinic acts only on its own referral once the family has accepted it;
// the family may report an adverse event once any plan is accepted.

/** The plan this clinic would treat under is not (or no longer) accepted. */
export type NotAcceptedRefusal = { code: 'treatment.not-accepted'; field: 'form' }
export type EventNotFoundRefusal = { code: 'treatment.event-not-found' }
export type TreatmentRefusal = TreatmentProblem | CourseRefusal | NotAcceptedRefusal

// "Today" for a date someone typed: the latest date anywhere, so a clinic or family anywhere can enter their own today.
const todayOf = (deps: Pick<CaseDeps, 'clock'>) => latestDateAt(deps.clock.now())

/** The course's facts, with whether a changed price still waits for the family (ADR 0069). */
export async function courseFacts(db: Db, caseId: CaseId): Promise<CourseFacts> {
  return factsOf(await courseRows(db, caseId), (await pendingRevisionOf(db, caseId)) !== null)
}

function factsOf(rows: CourseRows, revisionPending = false): CourseFacts {
  const a = rows.assessment
  return {
    revisionPending,
    assessment: a && {
      date: a.assessedOn as CalendarDate,
      paused: a.paused,
      coordinatorAcknowledged: a.coordinatorAcknowledgedAt !== null,
      familyAcknowledged: a.familyAcknowledgedAt !== null,
    },
    sessions: rows.sessions.length,
    lastSessionOn: (rows.sessions.at(-1)?.heldOn as CalendarDate | undefined) ?? null,
    discharged: rows.discharge !== null,
    died: rows.events.some((e) => e.outcome === 'fatal'),
  }
}

/** The person's function at home, from the intake (no weight is asked there). */
export function homeBaseline(ctx: Pick<CaseContext, 'answers'>): HomeBaseline | null {
  const summary = alsfrsSummary(ctx.answers())
  if (!summary) return null
  const fvc = ctx.answers()['fvc']
  const percent =
    fvc && typeof fvc === 'object' && 'percent' in fvc ? Number((fvc as { percent: unknown }).percent) : NaN
  return {
    date: summary.date,
    alsfrsTotal: summary.score.total,
    fvcPercent: Number.isFinite(percent) ? percent : null,
    weightKg: null,
  }
}

/** The day a referral was accepted wherever on Earth it was earliest, so no clinic's or family's own date is refused. */
const acceptedOnOf = (accepted: { statusChangedAt: Date }) => earliestDateAt(accepted.statusChangedAt)

async function acceptedFor(db: Db, caseId: CaseId, providerId: ProviderId): Promise<boolean> {
  return (await referralTo(db, caseId, providerId))?.status === 'accepted'
}

const notAccepted = (): Result<never, NotAcceptedRefusal> =>
  err({ code: 'treatment.not-accepted', field: 'form' })

type SealedAssessment = PreTreatmentAssessment & { changes: LargeChange[] }
type SealedSession = Pick<TreatmentSession, 'procedure' | 'dose' | 'doctor'>
type SealedEvent = Pick<AdverseEventReport, 'description' | 'criteria'>

/** The clinic records the assessment on arrival; a large change from home pauses the plan. */
export async function recordAssessment(
  deps: CaseDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  raw: RawFields,
): Promise<Result<{ paused: boolean; changes: LargeChange[] }, TreatmentRefusal | TreatmentRefusal[]>> {
  const caseId = ctx.row.id as CaseId
  const baseline = homeBaseline(ctx)
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const referral = await referralTo(tx, caseId, providerId)
    if (referral?.status !== 'accepted') return notAccepted()
    const parsed = parseAssessment(raw, todayOf(deps), acceptedOnOf(referral))
    if (!parsed.ok) return parsed
    const changes = baseline ? largeChanges(parsed.value, baseline) : []
    const allowed = mayRecordAssessment(await courseFacts(tx, caseId))
    if (!allowed.ok) return allowed
    const id = randomUUID()
    const sealed: SealedAssessment = { ...parsed.value, changes }
    await insertAssessment(tx, {
      id,
      caseId,
      referralId: referral.id,
      providerId,
      recordedByUserId: ctx.actor.userId,
      assessedOn: parsed.value.date,
      sealed: seal(ctx.key, sealed),
      paused: changes.length > 0,
      createdAt: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'treatment.assessment-recorded',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { assessmentId: id, providerId, paused: changes.length > 0 },
    })
    // The person has arrived at the clinic: the case is in treatment (issue 17), in the same transaction.
    const moved = await followCare(tx, ctx, 'treatment-recorded', now)
    return ok({ paused: changes.length > 0, changes, moved })
  })
  if (!done.ok) return done
  const { moved, ...recorded } = done.value
  if (recorded.paused) {
    // The family's one email at this moment is the pause, which matters more than the stage.
    const email = { template: 'treatment-paused' as const, params: { reference: ctx.row.reference } }
    await notifyCoordinators(deps, ctx, { ...email, path: `/coordinator/cases/${caseId}/treatment` })
    await notifyPatientSide(deps, ctx, { ...email, path: `/patient/cases/${caseId}/treatment` })
  } else await tellFamilyOfStage(deps, ctx, moved)
  return ok(recorded)
}

export async function recordSession(
  deps: CaseDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  raw: RawFields,
): Promise<Result<{ sessionId: string }, TreatmentRefusal | TreatmentRefusal[]>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    if (!(await acceptedFor(tx, caseId, providerId))) return notAccepted()
    const allowed = mayRecordSession(await courseFacts(tx, caseId))
    if (!allowed.ok) return allowed
    const parsed = parseSession(raw, todayOf(deps), allowed.value)
    if (!parsed.ok) return parsed
    const { date, route, procedure, dose, doctor } = parsed.value
    const id = randomUUID()
    await insertSession(tx, {
      id,
      caseId,
      providerId,
      recordedByUserId: ctx.actor.userId,
      heldOn: date,
      route,
      sealed: seal(ctx.key, { procedure, dose, doctor } satisfies SealedSession),
      createdAt: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'treatment.session-recorded',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { sessionId: id, providerId, route },
    })
    // Only moves a case the assessment did not (one whose course began before the stage followed it).
    const moved = await followCare(tx, ctx, 'treatment-recorded', now)
    return ok({ sessionId: id, moved })
  })
  if (!done.ok) return done
  await tellFamilyOfStage(deps, ctx, done.value.moved)
  return ok({ sessionId: done.value.sessionId })
}

/** The treating clinic's accepted referral: the reporting clinic's own, or for the family the accepted one. */
async function treatingReferral(db: Db, caseId: CaseId, reporting: ProviderId | null) {
  if (reporting) {
    const own = await referralTo(db, caseId, reporting)
    return own?.status === 'accepted' ? own : null
  }
  return (await referralsOfCase(db, caseId)).find((r) => r.row.status === 'accepted')?.row ?? null
}

/**
 * An adverse event, from the clinic (its own accepted referral) or the family
 * (once a plan is accepted). A serious one alerts the coordinator at once,
 * and the treating clinic too when the family reported it.
 */
export async function reportAdverseEvent(
  deps: CaseDeps,
  ctx: CaseContext,
  reporter: { kind: Reporter; providerId: ProviderId | null },
  raw: RawFields,
  criteria: readonly string[],
): Promise<Result<{ eventId: string; serious: boolean }, TreatmentRefusal | TreatmentRefusal[]>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const referral = await treatingReferral(tx, caseId, reporter.providerId)
    if (!referral) return notAccepted()
    const treating = referral.providerId as ProviderId
    const parsed = parseAdverseEvent(raw, criteria, todayOf(deps), acceptedOnOf(referral))
    if (!parsed.ok) return parsed
    const e = parsed.value
    const reported = (await courseRows(tx, caseId)).events.map((r) => ({
      onset: r.onsetOn as CalendarDate,
      grade: r.grade as CtcaeGrade,
      description: unseal<SealedEvent>(ctx.key, r.sealed).description,
    }))
    const again = alreadyReported(e, reported)
    if (again.length > 0) return err(again)
    const id = randomUUID()
    await insertAdverseEvent(tx, {
      id,
      caseId,
      reporter: reporter.kind,
      providerId: reporter.providerId,
      reportedByUserId: ctx.actor.userId,
      onsetOn: e.onset,
      grade: e.grade,
      ctcaeVersion: e.ctcaeVersion,
      serious: e.serious,
      outcome: e.outcome,
      actionTaken: e.actionTaken,
      relation: e.relation,
      sealed: seal(ctx.key, { description: e.description, criteria: e.criteria } satisfies SealedEvent),
      createdAt: now,
      updatedAt: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'treatment.adverse-event-reported',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { eventId: id, reporter: reporter.kind, grade: e.grade, serious: e.serious },
    })
    return ok({ eventId: id, serious: e.serious, treating })
  })
  if (!done.ok) return done
  const { eventId, serious, treating } = done.value
  if (serious) {
    await notifyCoordinators(deps, ctx, {
      template: 'serious-adverse-event',
      path: `/coordinator/cases/${caseId}/treatment`,
      params: { reference: ctx.row.reference },
    })
    // The clinic that reported it knows; after going home, the family's report is news to it.
    if (reporter.kind === 'family')
      await notifyRecipients(deps, await providerRecipients(deps.db, treating), {
        template: 'family-reported-serious-event',
        path: `/clinic/referrals/${caseId}/treatment`,
        params: { reference: ctx.row.reference },
      })
  }
  return ok({ eventId, serious })
}

/** A later outcome for an event (it resolved, or did not): staff only. */
export async function recordOutcome(
  deps: CaseDeps,
  ctx: CaseContext,
  eventId: string,
  outcomeRaw: string | undefined,
  providerId: ProviderId | null,
): Promise<Result<{ outcome: AdverseEventOutcome }, TreatmentRefusal | EventNotFoundRefusal>> {
  const caseId = ctx.row.id as CaseId
  const outcome = adverseEventOutcomes.find((o) => o === outcomeRaw)
  if (!outcome) return err({ code: 'treatment.choice-missing', field: 'outcome' })
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    if (providerId && !(await acceptedFor(tx, caseId, providerId))) return notAccepted()
    const before = await adverseEventOutcomeOf(tx, caseId, eventId)
    const row = await updateAdverseEventOutcome(tx, caseId, eventId, outcome, deps.clock.now())
    if (!row) return err({ code: 'treatment.event-not-found' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'treatment.adverse-event-outcome',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { eventId, outcome },
    })
    return ok({ outcome, died: outcome === 'fatal' && before !== 'fatal' })
  })
  if (!done.ok) return done
  // A death is news every coordinator must hear at once, whoever recorded it.
  if (done.value.died)
    await notifyCoordinators(deps, ctx, {
      template: 'adverse-event-fatal',
      path: `/coordinator/cases/${caseId}/treatment`,
      params: { reference: ctx.row.reference },
    })
  return ok({ outcome })
}

/** The coordinator or the family says they have seen the large change; with both, sessions may go on. */
export async function acknowledgeChange(
  deps: CaseDeps,
  ctx: CaseContext,
  side: 'coordinator' | 'family',
): Promise<Result<{ status: CourseStatus }, CourseRefusal>> {
  const caseId = ctx.row.id as CaseId
  return deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const allowed = mayAcknowledge(await courseFacts(tx, caseId))
    if (!allowed.ok) return allowed
    if (await acknowledgeAssessment(tx, caseId, side, ctx.actor.userId, deps.clock.now()))
      await appendAudit(tx, {
        actorUserId: ctx.actor.userId,
        action: 'treatment.change-acknowledged',
        subjectType: 'case',
        subjectId: caseId,
        requestId: ctx.requestId,
        details: { side },
      })
    return ok({ status: courseStatus(await courseFacts(tx, caseId)) })
  })
}

/**
 * The clinic discharges the patient with a summary, uploaded as a case
 * document of its own kind. The course is checked before the upload; if the
 * date is wrong or the course moved meanwhile, the stored file is removed
 * again, so nothing is half-saved.
 */
export async function discharge(
  deps: CaseDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  request: Request,
): Promise<
  Result<
    { documentId: DocumentId },
    TreatmentRefusal | TreatmentRefusal[] | { code: string; field: 'file' }
  > & {
    /** What the form carried besides the file, for a refused form to give back (the body is read only once). */
    fields?: Record<string, string>
  }
> {
  const caseId = ctx.row.id as CaseId
  if (!(await acceptedFor(deps.db, caseId, providerId))) return notAccepted()
  const before = mayDischarge(await courseFacts(deps.db, caseId))
  if (!before.ok) return before
  // The clinic's own document: the family cannot delete it from under the treatment record.
  const uploaded = await uploadDocuments(deps, ctx, request, 'discharge-summary')
  if (!uploaded.ok) return err({ code: uploaded.error, field: 'file' })
  const fields = uploaded.value.fields
  const outcome = uploaded.value.outcomes[0]
  if (!outcome) return { ...err({ code: 'treatment.summary-missing', field: 'file' } as const), fields }
  if (!outcome.ok) return { ...err({ code: outcome.reason, field: 'file' as const }), fields }
  const documentId = outcome.documentId
  const dateRaw = fields['date']
  const problems: TreatmentProblem[] = []
  const date = pastDateOf({ date: dateRaw }, 'date', todayOf(deps), problems)
  const done =
    date === null
      ? err(problems)
      : await deps.db.transaction(async (tx) => {
          await lockStage(tx, caseId)
          if (!(await acceptedFor(tx, caseId, providerId))) return notAccepted()
          const allowed = mayDischarge(await courseFacts(tx, caseId))
          if (!allowed.ok) return allowed
          const early = dischargeDateProblems(date, allowed.value)
          if (early.length > 0) return err(early)
          const id = randomUUID()
          await insertDischarge(tx, {
            id,
            caseId,
            providerId,
            documentId,
            dischargedOn: date,
            recordedByUserId: ctx.actor.userId,
            createdAt: deps.clock.now(),
          })
          // Treatment ended: the follow-up plan starts from this day, in the same transaction (ADR 0065).
          await planFollowUp(tx, caseId, date, ctx.actor.userId, deps.clock.now())
          await appendAudit(tx, {
            actorUserId: ctx.actor.userId,
            action: 'treatment.discharged',
            subjectType: 'case',
            subjectId: caseId,
            requestId: ctx.requestId,
            details: { dischargeId: id, providerId, documentId },
          })
          // Discharged, then in follow-up with the plan just written (issue 17): both moves audited.
          const moved = await followCare(tx, ctx, 'discharged-with-follow-up-plan', deps.clock.now())
          return ok({ documentId, moved })
        })
  if (!done.ok) {
    await deleteCaseDocument(deps, ctx, documentId, 'issuer')
    return { ...done, fields }
  }
  // One email for both moves: the family hears the case is in follow-up.
  await tellFamilyOfStage(deps, ctx, done.value.moved)
  return ok({ documentId })
}

// Reads

export type { CourseView } from '#domain/treatment/course-view.ts'

/** The whole course, unsealed for this request (the gate has audited the staff read). */
export async function readCourse(
  deps: Pick<CaseDeps, 'db'>,
  // Only what unsealing needs: the home doctor's link reads the course with no person's context (ADR 0066).
  ctx: Pick<CaseContext, 'row' | 'key' | 'answers'>,
): Promise<CourseView> {
  const rows = await courseRows(deps.db, ctx.row.id as CaseId)
  const revisionPending = (await pendingRevisionOf(deps.db, ctx.row.id as CaseId)) !== null
  const planAccepted = (await referralsOfCase(deps.db, ctx.row.id as CaseId)).some(
    (r) => r.row.status === 'accepted',
  )
  const baseline = homeBaseline(ctx)
  const a = rows.assessment
  const sealed = a ? unseal<SealedAssessment>(ctx.key, a.sealed) : null
  const assessment: AssessmentView | null =
    a && sealed
      ? {
          id: a.id,
          date: a.assessedOn,
          alsfrsTotal: sealed.alsfrs.total,
          fvcPercent: sealed.fvcPercent,
          weightKg: sealed.weightKg,
          changes: sealed.changes,
          paused: a.paused,
          coordinatorAcknowledged: a.coordinatorAcknowledgedAt !== null,
          familyAcknowledged: a.familyAcknowledgedAt !== null,
        }
      : null
  const later = assessment ? [{ date: assessment.date, total: assessment.alsfrsTotal }] : []
  const home = baseline ? { date: baseline.date, total: baseline.alsfrsTotal } : null
  const events = rows.events.map((e): AdverseEventView => {
    const text = unseal<SealedEvent>(ctx.key, e.sealed)
    return {
      id: e.id,
      reporter: e.reporter,
      onset: e.onsetOn,
      grade: e.grade,
      ctcaeVersion: e.ctcaeVersion,
      serious: e.serious,
      unresolvedSerious: isUnresolvedSerious(e),
      escalated: escalationReached(e),
      outcome: e.outcome,
      actionTaken: e.actionTaken,
      relation: e.relation,
      description: text.description,
      criteria: text.criteria,
      reportedAt: e.createdAt,
      function: functionBesideEvent(e.onsetOn, home, later),
    }
  })
  return {
    planAccepted,
    status: courseStatus(factsOf(rows, revisionPending)),
    baseline,
    assessment,
    sessions: rows.sessions.map((s) => ({
      id: s.id,
      date: s.heldOn as CalendarDate,
      route: s.route,
      ...unseal<SealedSession>(ctx.key, s.sealed),
    })),
    events,
    discharge: rows.discharge
      ? { date: rows.discharge.dischargedOn, documentId: rows.discharge.documentId as DocumentId }
      : null,
    openSerious: events.some((e) => e.unresolvedSerious),
    escalated: furthest(events.filter((e) => e.unresolvedSerious).map((e) => e.escalated)),
  }
}

/** Whether this clinic may treat now: its referral is the accepted one. */
export const clinicMayTreat = (deps: Pick<CaseDeps, 'db'>, ctx: CaseContext, providerId: ProviderId) =>
  acceptedFor(deps.db, ctx.row.id as CaseId, providerId)
