import { isUnresolvedSerious, type AdverseEventOutcome } from './adverse-event.ts'

// A serious adverse event alerts the coordinator at once (ADR 0062). If
// nobody has recorded anything on it since, and its outcome is still not
// resolved, it escalates (ADR 0069): after a day the coordinator of the case
// is emailed again; after three days every coordinator is. Each stage
// happens once per event; an update (a new outcome) restarts the clock for
// the stages not yet reached, never one already sent.
export const ESCALATE_TO_ASSIGNED_AFTER_HOURS = 24
export const ESCALATE_TO_ALL_AFTER_HOURS = 72

export type EscalationStage = 'assigned' | 'all'

export type EscalationFacts = {
  serious: boolean
  outcome: AdverseEventOutcome
  /** When the event was reported or its outcome last recorded. */
  updatedAt: Date
  escalatedToAssignedAt: Date | null
  escalatedToAllAt: Date | null
}

const HOUR_MS = 3_600_000

/**
 * The escalation due now, if any. When both are due at once (the job did not
 * run for three days), only the wider one is sent: every coordinator hears,
 * the assigned one among them, and the first stage counts as done with it.
 */
export function escalationDue(event: EscalationFacts, now: Date): EscalationStage | null {
  if (!isUnresolvedSerious(event)) return null
  const quietHours = (now.getTime() - event.updatedAt.getTime()) / HOUR_MS
  if (event.escalatedToAllAt === null && quietHours >= ESCALATE_TO_ALL_AFTER_HOURS) return 'all'
  if (
    event.escalatedToAssignedAt === null &&
    event.escalatedToAllAt === null &&
    quietHours >= ESCALATE_TO_ASSIGNED_AFTER_HOURS
  )
    return 'assigned'
  return null
}

/** How far an event has escalated, for the coordinator's page and queue. */
export function escalationReached(
  event: Pick<EscalationFacts, 'escalatedToAssignedAt' | 'escalatedToAllAt'>,
) {
  if (event.escalatedToAllAt) return 'all' as const
  if (event.escalatedToAssignedAt) return 'assigned' as const
  return null
}

/** The furthest of several events' escalations. */
export function furthestEscalation(stages: readonly (EscalationStage | null)[]): EscalationStage | null {
  if (stages.includes('all')) return 'all'
  return stages.includes('assigned') ? 'assigned' : null
}
