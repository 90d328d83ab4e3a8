import type { DocumentId } from '../shared/ids.ts'
import type { AdverseEventOutcome, AdverseEventReport, Reporter } from './adverse-event.ts'
import type { EscalationStage } from './adverse-event-escalation.ts'
import type { FunctionBesideEvent } from './function-beside-event.ts'
import type { HomeBaseline, LargeChange } from './pre-treatment-assessment.ts'
import type { CourseStatus } from './treatment-course.ts'
import type { TreatmentSession } from './treatment-session.ts'

// The treatment course as the case handle hands it to a page, unsealed for
// the request: the same shape for the clinic, the family and the coordinator.
export type AssessmentView = {
  id: string
  date: string
  alsfrsTotal: number
  fvcPercent: number
  weightKg: number
  changes: LargeChange[]
  paused: boolean
  coordinatorAcknowledged: boolean
  familyAcknowledged: boolean
}
export type SessionView = TreatmentSession & { id: string }
export type AdverseEventView = {
  id: string
  reporter: Reporter
  onset: string
  grade: number
  ctcaeVersion: string
  serious: boolean
  unresolvedSerious: boolean
  /** How far it escalated while unresolved (ADR 0069): to the case's coordinator again, then to every coordinator. */
  escalated: EscalationStage | null
  outcome: AdverseEventOutcome
  actionTaken: AdverseEventReport['actionTaken']
  relation: AdverseEventReport['relation']
  description: string
  criteria: AdverseEventReport['criteria']
  reportedAt: Date
  /** The latest ALSFRS-R known at onset and its change from home. */
  function: FunctionBesideEvent
}
export type CourseView = {
  /** A plan of this case is accepted: treatment can be recorded and adverse events reported. */
  planAccepted: boolean
  status: CourseStatus
  baseline: HomeBaseline | null
  assessment: AssessmentView | null
  sessions: SessionView[]
  events: AdverseEventView[]
  discharge: { date: string; documentId: DocumentId } | null
  /** A serious event not yet resolved: the coordinator's page shows it first. */
  openSerious: boolean
  /** The furthest escalation among the serious events still open. */
  escalated: EscalationStage | null
}
