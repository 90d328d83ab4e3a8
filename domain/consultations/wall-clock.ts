// What a clock on the wall shows at an instant in a time zone, read through
// Intl (the runtime's time zone data), and the zone's offset from UTC then.
export type WallClock = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** Minutes east of UTC at that instant (Asia/Kolkata: 330; America/New_York in winter: -300). */
  offsetMinutes: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The wall clock at `at` in `timeZone` (throws on an unknown zone: check input with ianaTimeZone first). */
export function wallClock(at: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  const w = {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  }
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  const atSecond = Math.floor(at.getTime() / 1000) * 1000
  return { ...w, offsetMinutes: Math.round((asUtc - atSecond) / 60_000) }
}

/**
 * True when the wall-clock time at `at` also shows at another instant: the
 * hour a zone turns its clocks back happens twice, and a local time in it
 * does not say which one is meant.
 */
export function wallClockRepeats(at: Date, timeZone: string): boolean {
  const w = wallClock(at, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  const offsets = new Set(
    [-6, 0, 6].map((h) => wallClock(new Date(at.getTime() + h * 3_600_000), timeZone).offsetMinutes),
  )
  const own = Math.floor(at.getTime() / 1000) * 1000
  return [...offsets].some((offset) => {
    const other = asUtc - offset * 60_000
    if (other === own) return false
    const v = wallClock(new Date(other), timeZone)
    return (
      v.year === w.year &&
      v.month === w.month &&
      v.day === w.day &&
      v.hour === w.hour &&
      v.minute === w.minute
    )
  })
}
