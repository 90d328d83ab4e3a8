import type { CaseId } from '#domain/shared/ids.ts'
import { escalationDue, type EscalationStage } from '#domain/treatment/adverse-event-escalation.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { SystemActor } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { findCase, lockStage } from '../../stores/case-store.ts'
import { coordinatorRecipients } from '../../stores/member-store.ts'
import { claimEscalation, seriousEventsToEscalate } from '../../stores/treatment-store.ts'
import { notifyRecipients } from '../cases/notify.ts'

const escalation: SystemActor = { kind: 'system', userId: null, job: 'adverse-event-escalation' }

/**
 * The hourly job (ADR 0069): a serious adverse event whose outcome is still
 * not resolved, with nothing recorded on it for a day, is sent to the case's
 * coordinator again; after three days, to every coordinator. Each stage is
 * claimed once in the database under the case's lock, guarded by the update
 * time the job read, so a second run, a second instance or an outcome
 * recorded at that moment sends nothing twice. Emails carry the reference
 * and a link only; the audit entry has no user and no content.
 */
export async function escalateAdverseEvents(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'notify'>,
  caseIds?: readonly string[],
): Promise<{ toAssigned: number; toAll: number }> {
  const now = deps.clock.now()
  const sent = { toAssigned: 0, toAll: 0 }
  for (const event of await seriousEventsToEscalate(deps.db, caseIds)) {
    const stage = escalationDue(event, now)
    if (!stage) continue
    const caseId = event.caseId as CaseId
    const claimed = await deps.db.transaction(async (tx) => {
      if (!(await lockStage(tx, caseId))) return null
      const row = await claimEscalation(tx, event.id, stage, event.updatedAt, now)
      if (!row) return null
      await appendAudit(tx, {
        actorUserId: null,
        action: 'treatment.adverse-event-escalated',
        subjectType: 'case',
        subjectId: caseId,
        details: { eventId: event.id, stage, by: 'system', actor: 'system', job: escalation.job },
      })
      return findCase(tx, caseId)
    })
    if (!claimed) continue
    await tell(deps, stage, claimed)
    if (stage === 'all') sent.toAll++
    else sent.toAssigned++
  }
  return sent
}

async function tell(
  deps: Pick<CaseDeps, 'db' | 'notify'>,
  stage: EscalationStage,
  row: { id: string; reference: string; coordinatorUserId: string | null },
): Promise<void> {
  // No one assigned yet: the first alert went to every coordinator, and so does this one.
  const recipients = await coordinatorRecipients(deps.db, stage === 'assigned' ? row.coordinatorUserId : null)
  await notifyRecipients(deps, recipients, {
    template: stage === 'assigned' ? 'adverse-event-unresolved' : 'adverse-event-escalated',
    path: `/coordinator/cases/${row.id}/treatment`,
    params: { reference: row.reference },
  })
}
