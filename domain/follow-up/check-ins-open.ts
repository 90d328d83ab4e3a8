import { finalStages, type CaseStage } from '../cases/case-stages.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { VisitView } from './follow-up-view.ts'

// Follow-up ends with the case (ADR 0065): once a case is closed, withdrawn
// or found not eligible, nobody sends a check-in on it, and the visits still
// planned are cancelled, not due: the family is not asked for what no one
// will read, and the reminder job already skips such cases.

export type CaseClosedRefusal = { code: 'follow-up.case-closed'; field: 'form' }

/** Whether a check-in may be started, continued or sent on a case at this stage. */
export function mayCheckIn(stage: CaseStage): Result<true, CaseClosedRefusal> {
  return finalStages.includes(stage) ? err({ code: 'follow-up.case-closed', field: 'form' }) : ok(true)
}

/** The plan's visits as people read them: on an ended case, a visit not yet done is cancelled. */
export function visitsAsSeen(visits: readonly VisitView[], stage: CaseStage): VisitView[] {
  if (!finalStages.includes(stage)) return [...visits]
  return visits.map((v) => (v.status === 'done' ? v : { ...v, status: 'cancelled' }))
}
