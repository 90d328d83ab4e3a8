import { daysBetween, type CalendarDate } from '../shared/calendar-date.ts'

// When a follow-up visit's reminders go out (issue 17, ADR 0065). Only about a
// fifth of clinic patients keep up remote self-assessment on their own, so
// the family is reminded on the day the visit falls due and once more a week
// later; three weeks past due, silence is recorded as a missed visit and the
// coordinator is asked to call. Pure: the job passes the visits, the family's
// today and what was already sent, and gets back what to send now.
export const REMIND_AGAIN_AFTER_DAYS = 7
export const MISSED_AFTER_DAYS = 21

export const visitStatuses = ['due', 'done', 'missed'] as const
export type VisitStatus = (typeof visitStatuses)[number]

/** `due`: the first reminder; `again`: the second; `missed`: the visit is missed and the coordinator told. */
export type ReminderKind = 'due' | 'again' | 'missed'

export type VisitForReminders = { id: string; dueOn: CalendarDate; status: VisitStatus }
export type ReminderToSend = { visitId: string; kind: ReminderKind }

/** The one step each open visit has reached, if it was not taken yet: each reminder goes once, the latest only. */
export function remindersToSend(
  visits: readonly VisitForReminders[],
  today: CalendarDate,
  sent: ReadonlySet<string>,
): ReminderToSend[] {
  const out: ReminderToSend[] = []
  for (const visit of visits) {
    if (visit.status !== 'due') continue
    const late = daysBetween(visit.dueOn, today)
    // After a pause (the job did not run), only the step reached now is taken:
    // a family is not sent yesterday's reminder and today's together.
    const kind: ReminderKind | null =
      late >= MISSED_AFTER_DAYS
        ? 'missed'
        : late >= REMIND_AGAIN_AFTER_DAYS
          ? 'again'
          : late >= 0
            ? 'due'
            : null
    if (kind && !sent.has(reminderKey(visit.id, kind))) out.push({ visitId: visit.id, kind })
  }
  return out
}

export const reminderKey = (visitId: string, kind: ReminderKind) => `${visitId}:${kind}`

/** How early a check-in still counts for the coming visit. */
export const EARLY_CHECK_IN_DAYS = 14

/**
 * The visit a check-in done today fulfils: the earliest not yet done (a
 * missed one too: the coordinator's call makes up for it) that is due, or
 * due within two weeks. None: the check-in is an extra one, charted all the same.
 */
export function visitFulfilledBy(
  visits: readonly VisitForReminders[],
  today: CalendarDate,
): VisitForReminders | null {
  return (
    [...visits]
      .filter((v) => v.status !== 'done' && daysBetween(today, v.dueOn) <= EARLY_CHECK_IN_DAYS)
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))[0] ?? null
  )
}
