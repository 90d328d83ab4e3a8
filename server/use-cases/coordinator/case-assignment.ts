import { decideAssignment, type AssignmentRefusal } from '#domain/cases/case-assignment.ts'
import type { CaseId, UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { assigneeOf, isCoordinator, moveAssignee } from '../../stores/queue-store.ts'

/**
 * "Assign to me" and hand-over. The form names the assignee it showed; the
 * update is conditional on it, so of two coordinators assigning the same
 * case at the same moment exactly one changes it and the other is told
 * `assignment.changed` (no lock needed: the row's own update decides).
 */
export async function assignCase(
  deps: CaseDeps,
  ctx: CaseContext,
  change: { to: UserId; seen: UserId | null },
): Promise<Result<{ to: UserId }, AssignmentRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    const current = await assigneeOf(tx, caseId)
    if (current === undefined) return err({ code: 'assignment.changed' } as const)
    const decided = decideAssignment({
      current,
      seen: change.seen,
      to: change.to,
      toIsCoordinator: await isCoordinator(tx, change.to),
    })
    if (!decided.ok) return decided
    if (!(await moveAssignee(tx, caseId, decided.value, now)))
      return err({ code: 'assignment.changed' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case.assigned',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { from: decided.value.from, to: decided.value.to },
    })
    return ok({ to: decided.value.to })
  })
}
