import { asciiDigits } from './digits.ts'

// A calendar date ("2031-03-14") as people write it on a quote: a day, not an
// instant. Which day it is now depends on where you stand, so "today" is
// always asked for in a time zone, with the clock's instant as an argument.
export type CalendarDate = string & { readonly __brand: 'CalendarDate' }

const shape = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The date if it is a real day of the proleptic Gregorian calendar, else null
 * ("2031-02-30" is null), in ASCII digits whichever digits it was typed in.
 */
export function parseCalendarDate(raw: unknown): CalendarDate | null {
  if (typeof raw !== 'string') return null
  const date = asciiDigits(raw)
  const m = shape.exec(date)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null
  return date as CalendarDate
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar date at this instant in this IANA time zone (throws on an unknown zone: a bug, not input). */
export function calendarDateIn(at: Date, timeZone: string): CalendarDate {
  let f = formatters.get(timeZone)
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, f)
  }
  return f.format(at) as CalendarDate
}

/**
 * The latest date anywhere on Earth at this instant (UTC+14): a typed day is
 * "in the future" only once it is later than this, so anyone may enter their own today.
 */
export const latestDateAt = (at: Date): CalendarDate => calendarDateIn(at, 'Pacific/Kiritimati')

/** The earliest date anywhere on Earth at this instant (UTC−12): a typed day is "past" only before this. */
export const earliestDateAt = (at: Date): CalendarDate => calendarDateIn(at, 'Etc/GMT+12')

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const ms = (d: CalendarDate) => Date.parse(`${d}T00:00:00Z`)
  return Math.round((ms(to) - ms(from)) / 86_400_000)
}
