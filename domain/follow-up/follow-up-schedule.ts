import type { CalendarDate } from '../shared/calendar-date.ts'
import { parseCalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'

// Follow-up after treatment ends (issue 17): 1, 3, 6 and 12 months, then every
// 6 months. ALS studies lose a fifth of people by 6 months, so the early visits
// are close together; after a year the six-monthly rhythm matches clinic care.
export const defaultMilestoneMonths = [1, 3, 6, 12] as const
export const laterEveryMonths = 6
/** Visits planned ahead at once; more are added as the last ones pass. */
export const plannedHorizonMonths = 60

export type FollowUpVisitPlan = {
  /** Months after the last treatment day; the visit's name in every language. */
  readonly monthsAfter: number
  readonly dueOn: CalendarDate
}

/** The calendar day `months` whole months after `from`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(from: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, lastDay))
  return first.toISOString().slice(0, 10) as CalendarDate
}

/** The default plan from the last treatment day (discharge): 1, 3, 6, 12 months, then every 6 months to five years. */
export function defaultFollowUpSchedule(treatmentEnded: CalendarDate): FollowUpVisitPlan[] {
  const months: number[] = [...defaultMilestoneMonths]
  for (let m = 12 + laterEveryMonths; m <= plannedHorizonMonths; m += laterEveryMonths) months.push(m)
  return months.map((monthsAfter) => ({ monthsAfter, dueOn: addMonths(treatmentEnded, monthsAfter) }))
}

export type ScheduleProblem = 'date-invalid' | 'before-treatment-end' | 'not-in-order' | 'empty' | 'too-many'

/**
 * An adjusted plan (a coordinator moves a visit to fit a trip or a clinic
 * appointment): every date real, after treatment ended, strictly in order.
 */
export function adjustFollowUpSchedule(
  treatmentEnded: CalendarDate,
  visits: readonly { monthsAfter: number; dueOn: string }[],
): Result<FollowUpVisitPlan[], { problem: ScheduleProblem; index?: number }> {
  if (visits.length === 0) return err({ problem: 'empty' })
  if (visits.length > 20) return err({ problem: 'too-many' })
  const out: FollowUpVisitPlan[] = []
  for (const [index, visit] of visits.entries()) {
    const dueOn = parseCalendarDate(visit.dueOn)
    if (!dueOn) return err({ problem: 'date-invalid', index })
    if (dueOn <= treatmentEnded) return err({ problem: 'before-treatment-end', index })
    const previous = out.at(-1)
    if (previous && (dueOn <= previous.dueOn || visit.monthsAfter <= previous.monthsAfter))
      return err({ problem: 'not-in-order', index })
    out.push({ monthsAfter: visit.monthsAfter, dueOn })
  }
  return ok(out)
}
