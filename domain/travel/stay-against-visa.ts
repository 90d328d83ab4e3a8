import type { CalendarDate } from '../shared/calendar-date.ts'
import { visaWindow } from './itinerary.ts'
import type { Flight, TripItem } from './trip-items.ts'

// A changed plan checked against the visa (ADR 0073). The visa is valid for
// a number of days from arrival (content/rules/visa); a changed plan whose
// length of stay (treatment and recovery) is longer would keep the family
// there past its last day. Where the visa cannot be extended that is a
// problem to solve before they accept it, so the clinic, the family and the
// coordinator are all shown it.

export type VisaTerms = { name: string; validityDays: number; extendable: boolean }

export type VisaOverrun = {
  visaName: string
  validityDays: number
  lengthOfStayDays: number
  extendable: boolean
  /** The first flight's arrival day; null before a flight is planned (then only the lengths are compared). */
  arrival: CalendarDate | null
  visaLastDay: CalendarDate | null
  stayLastDay: CalendarDate | null
}

/** The overrun when a stay of `lengthOfStayDays` from the first arrival would outlast the visa; null when it fits or there are no rules. */
export function stayAgainstVisa(
  items: readonly TripItem[],
  lengthOfStayDays: number,
  visa: VisaTerms | null,
): VisaOverrun | null {
  if (!visa) return null
  // Only the way there: the visa counts from arrival, and a home flight
  // booked for the old plan says nothing about the changed one.
  const first = items
    .filter((i): i is Flight => i.kind === 'flight')
    .sort((a, b) => Date.parse(a.departs.at) - Date.parse(b.departs.at))[0]
  const w = visaWindow(first ? [first] : [], lengthOfStayDays, visa.validityDays)
  if (!w.outlasts) return null
  return {
    visaName: visa.name,
    validityDays: visa.validityDays,
    lengthOfStayDays,
    extendable: visa.extendable,
    arrival: w.arrival,
    visaLastDay: w.visaLastDay,
    stayLastDay: w.stayLastDay,
  }
}
