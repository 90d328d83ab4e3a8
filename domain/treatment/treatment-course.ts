import { err, ok, type Result } from '../shared/result.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { problem, type TreatmentProblem } from './treatment-problem.ts'

// Where a case's treatment stands, and what may happen next. Sessions wait
// for the assessment, and for both acknowledgements when it paused the plan;
// nothing is recorded after discharge except adverse events, which can
// happen (and be reported) at any time.
export type CourseFacts = {
  assessment: {
    date: CalendarDate
    paused: boolean
    coordinatorAcknowledged: boolean
    familyAcknowledged: boolean
  } | null
  sessions: number
  /** The day of the latest session, when there is one: a discharge cannot come before it. */
  lastSessionOn?: CalendarDate | null
  discharged: boolean
  /** An adverse event's outcome is death: the course has ended, and nothing more is given. */
  died?: boolean
  /** A changed price the family has not accepted yet (ADR 0069): sessions wait for it. */
  revisionPending?: boolean
}

export type CourseStatus =
  'awaiting-assessment' | 'paused' | 'awaiting-acceptance' | 'ready' | 'in-treatment' | 'discharged' | 'died'

export type CourseRefusal =
  | { code: 'treatment.assessment-missing'; field: 'form' }
  | { code: 'treatment.assessment-exists'; field: 'form' }
  | { code: 'treatment.plan-paused'; field: 'form' }
  | { code: 'treatment.discharged'; field: 'form' }
  | { code: 'treatment.not-paused'; field: 'form' }
  | { code: 'treatment.sessions-missing'; field: 'form' }
  | { code: 'treatment.revision-pending'; field: 'form' }
  | { code: 'treatment.patient-died'; field: 'form' }

/**
 * Whether a changed plan may still be offered for this course (ADR 0069,
 * 0084): after the assessment, before discharge, and never after a death.
 * The pages ask this; mayRevisePlan decides the command itself.
 */
export function courseTakesPlanChange(course: { status: CourseStatus; assessment: unknown }): boolean {
  return course.assessment !== null && course.status !== 'discharged' && course.status !== 'died'
}

export function courseStatus(f: CourseFacts): CourseStatus {
  if (f.died) return 'died'
  if (f.discharged) return 'discharged'
  if (!f.assessment) return 'awaiting-assessment'
  if (isPaused(f)) return 'paused'
  if (f.revisionPending) return 'awaiting-acceptance'
  return f.sessions > 0 ? 'in-treatment' : 'ready'
}

function isPaused(f: CourseFacts): boolean {
  const a = f.assessment
  return !!a && a.paused && !(a.coordinatorAcknowledged && a.familyAcknowledged)
}

const refuse = (code: CourseRefusal['code']) => err({ code, field: 'form' } as CourseRefusal)

export function mayRecordAssessment(f: CourseFacts): Result<true, CourseRefusal> {
  if (f.discharged) return refuse('treatment.discharged')
  if (f.assessment) return refuse('treatment.assessment-exists')
  return ok(true)
}

export function mayRecordSession(f: CourseFacts): Result<CalendarDate, CourseRefusal> {
  if (f.died) return refuse('treatment.patient-died')
  if (f.discharged) return refuse('treatment.discharged')
  if (!f.assessment) return refuse('treatment.assessment-missing')
  if (isPaused(f)) return refuse('treatment.plan-paused')
  if (f.revisionPending) return refuse('treatment.revision-pending')
  return ok(f.assessment.date)
}

export function mayAcknowledge(f: CourseFacts): Result<true, CourseRefusal> {
  if (!f.assessment?.paused) return refuse('treatment.not-paused')
  return ok(true)
}

/** Whether the patient may be discharged now, and the earliest day the discharge may carry. */
export function mayDischarge(f: CourseFacts): Result<CalendarDate, CourseRefusal> {
  if (f.died) return refuse('treatment.patient-died')
  if (f.discharged) return refuse('treatment.discharged')
  if (!f.assessment) return refuse('treatment.assessment-missing')
  if (isPaused(f)) return refuse('treatment.plan-paused')
  if (f.revisionPending) return refuse('treatment.revision-pending')
  if (f.sessions === 0) return refuse('treatment.sessions-missing')
  const last = f.lastSessionOn ?? f.assessment.date
  return ok(last > f.assessment.date ? last : f.assessment.date)
}

/** The discharge's day, checked against the care it ends: never before the assessment or the last session. */
export function dischargeDateProblems(date: CalendarDate, earliest: CalendarDate): TreatmentProblem[] {
  return date < earliest ? [problem('treatment.discharge-before-care', 'date')] : []
}
