import { DAYS_PER_MONTH } from '../alsfrs/delta-fs.ts'

// Calendar days as 'YYYY-MM-DD', the same unit ΔFS uses: follow-up visits
// and symptom onset are known to the day at best, so a day is the grain.
const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 for a real calendar date, or null. */
export function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.getTime() / MS_PER_DAY
}

/** Average Gregorian months (30.4375 days) from `from` to `to`; negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number | null {
  const a = dayNumber(from)
  const b = dayNumber(to)
  return a === null || b === null ? null : (b - a) / DAYS_PER_MONTH
}

/** The calendar day a whole number of days after `from`. */
export function addDays(from: string, days: number): string {
  const start = dayNumber(from)
  if (start === null) throw new Error(`not a calendar day: ${from}`)
  return new Date((start + days) * MS_PER_DAY).toISOString().slice(0, 10)
}
