import type { AlsfrsScore } from '../alsfrs/score.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import type { CheckIn } from './check-in.ts'
import type { VisitStatus } from './reminders.ts'

// What the family and the coordinator see of follow-up (ADR 0065): the plan's
// visits and the check-ins done, unsealed for the request.
export type VisitView = {
  id: string
  monthsAfter: number
  dueOn: CalendarDate
  /** As stored, or cancelled: a visit not done on a case that has ended (check-ins-open.ts). */
  status: VisitStatus | 'cancelled'
  checkInId: string | null
}

export type CheckInView = {
  id: string
  answeredOn: CalendarDate
  answeredBy: CheckIn['answeredBy']
  onThePhone: 'self' | 'caregiver' | null
  alsfrsTotal: number
  domains: AlsfrsScore['domains']
  fvcPercent: number | null
  weightKg: number | null
  breathing: CheckIn['breathing']
  feeding: CheckIn['feeding']
  newProblems: string
  medicineChanges: string
  visitMonths: number | null
}

export type FollowUpView = {
  /** The last treatment day; null before discharge, when there is no plan yet. */
  treatmentEnded: CalendarDate | null
  visits: VisitView[]
  checkIns: CheckInView[]
  /** A visit was missed: the coordinator should call. */
  missed: boolean
  /** Check-ins may still be sent: false once the case has ended. */
  checkInsOpen: boolean
}
