import { daysBetween, type CalendarDate } from '../shared/calendar-date.ts'
import type { Flight, TripItem } from './trip-items.ts'

// The itinerary (issue 17, ADR 0064): the plan's items in the order they
// happen. A timed item sorts by its instant; a stay by its check-in day,
// placed at the start of that day in no zone (a day, not an instant).
// Interpreters and contacts have no time: they are listed apart.

export type Stored<T extends TripItem = TripItem> = { id: string; item: T }

/** Where an item sorts: an instant (ms) or, for a stay, midnight UTC of its check-in day. */
export function sortKey(item: TripItem): number | null {
  switch (item.kind) {
    case 'flight':
      return Date.parse(item.departs.at)
    case 'pickup':
      return Date.parse(item.at.at)
    case 'stay':
      return Date.parse(`${item.checkIn}T00:00:00Z`)
    default:
      return null
  }
}

export function itinerary<T extends Stored>(items: readonly T[]): { timed: T[]; people: T[] } {
  const timed = items
    .filter((i) => sortKey(i.item) !== null)
    .sort((a, b) => sortKey(a.item)! - sortKey(b.item)! || a.id.localeCompare(b.id))
  return { timed, people: items.filter((i) => sortKey(i.item) === null) }
}

function addDays(day: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10) as CalendarDate
}

export type VisaWindow = {
  /** The day of arrival: the first flight's arrival day there; null before one is planned. */
  arrival: CalendarDate | null
  /** The visa's last day (validity counted from arrival, arrival day being day 1). */
  visaLastDay: CalendarDate | null
  /** The last day of the stay: arrival plus the plan's length of stay, or the last flight's departure if later. */
  stayLastDay: CalendarDate | null
  /** Treatment plus recovery would outlast the visa. */
  outlasts: boolean
}

/**
 * Whether the stay (the accepted plan's length, treatment and recovery)
 * would outlast a visa valid `validityDays` from arrival. Before a flight is
 * planned only the lengths can be compared; once there is one, the home
 * flight's day counts too (a return booked after the visa ends is caught).
 */
export function visaWindow(
  items: readonly TripItem[],
  lengthOfStayDays: number | null,
  validityDays: number | null,
): VisaWindow {
  const flights = items
    .filter((i): i is Flight => i.kind === 'flight')
    .sort((a, b) => Date.parse(a.departs.at) - Date.parse(b.departs.at))
  const first = flights[0]
  const lengthsOutlast = lengthOfStayDays !== null && validityDays !== null && lengthOfStayDays > validityDays
  if (!first) return { arrival: null, visaLastDay: null, stayLastDay: null, outlasts: lengthsOutlast }
  const arrival = first.arrives.date
  const visaLastDay = validityDays !== null ? addDays(arrival, validityDays - 1) : null
  const fromPlan = lengthOfStayDays !== null ? addDays(arrival, lengthOfStayDays - 1) : null
  const last = flights.length > 1 ? flights[flights.length - 1]!.departs.date : null
  const stayLastDay =
    [fromPlan, last]
      .filter((d): d is CalendarDate => d !== null)
      .sort()
      .at(-1) ?? null
  const outlasts =
    lengthsOutlast ||
    (visaLastDay !== null && stayLastDay !== null && daysBetween(visaLastDay, stayLastDay) > 0)
  return { arrival, visaLastDay, stayLastDay, outlasts }
}
