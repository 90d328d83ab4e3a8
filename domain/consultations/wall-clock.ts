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
