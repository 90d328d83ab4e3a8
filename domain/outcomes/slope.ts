import { monthsBetween } from './calendar.ts'

// ALSFRS-R slopes in points per month, signed: a loss of function is
// negative, so "after − before" is positive when decline slowed.
export type DatedTotal = { date: string; total: number }

/**
 * Ordinary least-squares slope of total against time, in points per month;
 * null with fewer than two distinct days (no line through one point).
 */
export function leastSquaresSlope(points: readonly DatedTotal[]): number | null {
  if (points.length < 2) return null
  const origin = points[0]!.date
  const xs = points.map((p) => monthsBetween(origin, p.date))
  if (xs.some((x) => x === null)) return null
  const x = xs as number[]
  const n = points.length
  const meanX = x.reduce((s, v) => s + v, 0) / n
  const meanY = points.reduce((s, p) => s + p.total, 0) / n
  let sxx = 0
  let sxy = 0
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - meanX) ** 2
    sxy += (x[i]! - meanX) * (points[i]!.total - meanY)
  }
  return sxx === 0 ? null : sxy / sxx
}

export type PatientCourse = {
  /** First symptoms: the scale's 48 is assumed on that day, as ΔFS assumes. Unknown, only scores count. */
  symptomOnset: string | null
  /** First treatment day; null while untreated, so every score is "before". */
  treatedOn: string | null
  scores: readonly DatedTotal[]
}

export type PatientSlopes = {
  /** Onset at 48 (when known) and every score before treatment. */
  before: number | null
  /**
   * The last score before treatment (the baseline the change is measured
   * from) and every score from the treatment day on; null without a baseline
   * and at least one follow-up score.
   */
  after: number | null
  baseline: DatedTotal | null
}

const byDate = (a: DatedTotal, b: DatedTotal) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

export function patientSlopes(course: PatientCourse): PatientSlopes {
  const sorted = [...course.scores].sort(byDate)
  const treated = course.treatedOn
  const pre = sorted.filter((s) => treated === null || s.date < treated)
  const post = treated === null ? [] : sorted.filter((s) => s.date >= treated)
  const baseline = pre.at(-1) ?? null
  // A score on the onset day is not "before" the onset point; it would be a second reading of day 0.
  const onset = course.symptomOnset
  const before = leastSquaresSlope(
    onset === null ? pre : [{ date: onset, total: 48 }, ...pre.filter((s) => s.date > onset)],
  )
  const after = baseline && post.length > 0 ? leastSquaresSlope([baseline, ...post]) : null
  return { before, after, baseline }
}
