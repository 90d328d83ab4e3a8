import { isOpen } from '#domain/cases/open-cases.ts'
import { remindersToSend, type ReminderToSend } from '#domain/follow-up/reminders.ts'
import { calendarDateIn, type CalendarDate } from '#domain/shared/calendar-date.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { caseContext, type SystemActor } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { openCaseKey } from '../../cases/case-vault.ts'
import { findCase, lockStage } from '../../stores/case-store.ts'
import {
  casesWithOpenVisits,
  claimReminder,
  remindersSent,
  setVisitStatus,
  visitsOf,
} from '../../stores/follow-up-store.ts'
import { notifyCoordinators, notifyPatientSide } from '../cases/notify.ts'
import { familyZoneOf } from './follow-up.ts'

const reminderJob: SystemActor = { kind: 'system', userId: null, job: 'follow-up-reminders' }

/**
 * The hourly job (ADR 0065): for each case with a visit open and due
 * somewhere on earth today, in the family's own day, the step each visit
 * reached (domain/follow-up/reminders.ts) is claimed once in the database,
 * under the case's lock, so a check-in being saved and a second instance
 * running the job change nothing twice. The family is reminded in their own
 * language; a missed visit becomes `missed` and the coordinators are told.
 * Emails carry the reference and a link only.
 */
export async function sendFollowUpReminders(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'keys' | 'notify'>,
  caseIds?: readonly string[],
): Promise<{ reminded: number; missed: number }> {
  const now = deps.clock.now()
  // The latest "today" anywhere (UTC+14): no family's due day is missed by a zone.
  const latest = calendarDateIn(now, 'Pacific/Kiritimati')
  let reminded = 0
  let missed = 0
  for (const caseId of await casesWithOpenVisits(deps.db, latest, caseIds)) {
    const row = await findCase(deps.db, caseId as CaseId)
    // An erased case has no key left: nobody to remind. A closed or withdrawn one has ended.
    const key = row && isOpen(row.stage) && openCaseKey(row.wrappedKey, deps.keys.master)
    if (!row || !key) continue
    const ctx = caseContext(row, key, reminderJob, null)
    const today = calendarDateIn(now, familyZoneOf(ctx))
    const claimed = await deps.db.transaction(async (tx) => {
      await lockStage(tx, caseId as CaseId)
      const visits = (await visitsOf(tx, caseId as CaseId)).map((v) => ({
        id: v.id,
        dueOn: v.dueOn as CalendarDate,
        status: v.status,
      }))
      const taken: ReminderToSend[] = []
      for (const r of remindersToSend(
        visits,
        today,
        await remindersSent(
          tx,
          visits.map((v) => v.id),
        ),
      )) {
        if (!(await claimReminder(tx, r.visitId, r.kind, now))) continue
        if (r.kind === 'missed') await setVisitStatus(tx, r.visitId, 'missed', now)
        await appendAudit(tx, {
          actorUserId: null,
          action: r.kind === 'missed' ? 'follow-up.visit-missed' : 'follow-up.reminder-sent',
          subjectType: 'case',
          subjectId: caseId,
          requestId: null,
          details: { visitId: r.visitId, kind: r.kind, actor: 'system', job: reminderJob.job },
        })
        taken.push(r)
      }
      return taken
    })
    for (const r of claimed) {
      if (r.kind === 'missed') {
        missed++
        await notifyCoordinators(deps, ctx, {
          template: 'follow-up-missed',
          path: `/coordinator/cases/${caseId}/follow-up`,
          params: { reference: row.reference },
        })
      } else {
        reminded++
        await notifyPatientSide(deps, ctx, {
          template: 'follow-up-due',
          path: `/patient/cases/${caseId}/follow-up`,
          params: { reference: row.reference },
        })
      }
    }
  }
  return { reminded, missed }
}
