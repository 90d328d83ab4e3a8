import type { UserId } from '../shared/ids.ts'
import { err, ok, type Result } from '../shared/result.ts'

// Who looks after a case among the coordinators. "Assign to me" and a
// hand-over are one decision: the form carries the assignee the coordinator
// saw, so of two coordinators acting at once only the first changes it and
// the second is told it changed (the store's update is guarded the same way).
export type AssignmentRefusal =
  { code: 'assignment.changed' } | { code: 'assignment.unchanged' } | { code: 'assignment.not-a-coordinator' }

export type AssignmentChange = { from: UserId | null; to: UserId }

export function decideAssignment(input: {
  current: UserId | null
  /** The assignee the form was built with (null: nobody). */
  seen: UserId | null
  to: UserId
  /** Whether `to` is a coordinator who may hold cases. */
  toIsCoordinator: boolean
}): Result<AssignmentChange, AssignmentRefusal> {
  if (input.current !== input.seen) return err({ code: 'assignment.changed' })
  if (!input.toIsCoordinator) return err({ code: 'assignment.not-a-coordinator' })
  if (input.current === input.to) return err({ code: 'assignment.unchanged' })
  return ok({ from: input.current, to: input.to })
}

/**
 * Whom a coordinator may hand the case over to: any coordinator but the one
 * who has it and themselves ("Assign to me" is their own button).
 */
export function handOverChoices<P extends { id: string }>(
  coordinators: readonly P[],
  who: { assignee: string | null; viewer: string },
): P[] {
  return coordinators.filter((c) => c.id !== who.assignee && c.id !== who.viewer)
}
