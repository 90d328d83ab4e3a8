import { asciiDigits } from '../shared/digits.ts'
import { wallClock } from './wall-clock.ts'

// A clinic types a slot as a date and a time on its own wall clock; the slot
// is kept as the instant that wall clock shows then. A time the clocks skip
// (the spring-forward hour) has no instant and is refused; a time shown twice
// (the fall-back hour) is the first, as RFC 5545 reads it.
export type LocalDateTime = { date: string; time: string }

const dateShape = /^(\d{4})-(\d{2})-(\d{2})$/
// "9:30" is as good as "09:30"; the digits may be typed on an Arabic keyboard.
const timeShape = /^([01]?\d|2[0-3]):([0-5]\d)$/

/** The instant the wall clock in `timeZone` shows `date` (YYYY-MM-DD) at `time` (HH:MM), or null when it never does. */
export function instantOfLocal(local: LocalDateTime, timeZone: string): Date | null {
  const d = dateShape.exec(asciiDigits(local.date.trim()))
  const t = timeShape.exec(asciiDigits(local.time.trim()))
  if (!d || !t) return null
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  const back = new Date(asUtc)
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return null
  // The offsets in force around that day; each gives a candidate instant.
  const offsets = new Set(
    [-36, -12, 0, 12, 36].map((h) => wallClock(new Date(asUtc + h * 3_600_000), timeZone).offsetMinutes),
  )
  const matches = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((at) => {
      const w = wallClock(new Date(at), timeZone)
      return w.year === year && w.month === month && w.day === day && w.hour === hour && w.minute === minute
    })
    .sort((a, b) => a - b)
  return matches.length > 0 ? new Date(matches[0]!) : null
}

/** What the wall clock in `timeZone` shows at `at`, as the form's date and time fields take it. */
export function localOfInstant(at: Date, timeZone: string): LocalDateTime {
  const w = wallClock(at, timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return { date: `${w.year}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` }
}

/** Why a typed date and time name no instant, on the field to fix. */
export type LocalStartProblem =
  | { code: 'slot.date-invalid'; field: 'date' }
  | { code: 'slot.time-invalid'; field: 'time' }
  | { code: 'slot.start-invalid'; field: 'time' }

/**
 * The instant a clinic means by the date and time it typed, or what is wrong
 * with them, each field at once: a date that is not a day of the calendar, a
 * time that is not HH:MM, or a time the clocks skip on that day.
 */
export function readLocalStart(local: LocalDateTime, timeZone: string): Date | LocalStartProblem[] {
  const problems: LocalStartProblem[] = []
  const d = dateShape.exec(asciiDigits(local.date.trim()))
  const [year, month, day] = d ? ([d[1], d[2], d[3]].map(Number) as [number, number, number]) : [0, 0, 0]
  const back = new Date(Date.UTC(year, month - 1, day))
  if (!d || back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    problems.push({ code: 'slot.date-invalid', field: 'date' })
  if (!timeShape.test(asciiDigits(local.time.trim())))
    problems.push({ code: 'slot.time-invalid', field: 'time' })
  if (problems.length > 0) return problems
  return instantOfLocal(local, timeZone) ?? [{ code: 'slot.start-invalid', field: 'time' }]
}
