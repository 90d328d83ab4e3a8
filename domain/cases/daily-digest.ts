import { calendarDateIn, type CalendarDate } from '../shared/calendar-date.ts'

// A coordinator's daily digest: sent once a local day, from 08:00 in their
// own time zone (an hourly job asks each coordinator; after an outage it goes
// later that day rather than not at all). It names case references only.
export const DIGEST_HOUR = 8
const hours = new Map<string, Intl.DateTimeFormat>()

function localHour(at: Date, timeZone: string): number {
  let f = hours.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })
    hours.set(timeZone, f)
  }
  return Number(f.format(at))
}

function knownZone(timeZone: string): string {
  try {
    calendarDateIn(new Date(0), timeZone)
    return timeZone
  } catch {
    return 'UTC'
  }
}

export function digestDue(
  now: Date,
  timeZone: string,
  lastSentOn: string | null,
): { due: boolean; localDate: CalendarDate } {
  const zone = knownZone(timeZone)
  const localDate = calendarDateIn(now, zone)
  return { due: localHour(now, zone) >= DIGEST_HOUR && lastSentOn !== localDate, localDate }
}

/** What the email says; null when there is nothing to say (no email that day). */
export function digestOf(overdue: readonly string[], fresh: readonly string[]) {
  if (overdue.length === 0 && fresh.length === 0) return null
  return { overdue: [...overdue].sort(), fresh: [...fresh].sort() }
}
