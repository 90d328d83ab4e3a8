import { addDays, dayNumber } from './calendar.ts'
import { median, medianInterval, type MedianInterval } from './median-interval.ts'
import { patientSlopes, type DatedTotal } from './slope.ts'

// The outcome registry's figures for one cohort: the people one provider
// treated with one offer through Waypoint. Uncontrolled, so the figures are
// counts and a before/after change, never a claim that the treatment worked.

/** No figure is shown for fewer people than this with 6-month data (issue 17). */
export const REGISTRY_THRESHOLD = 10

/**
 * A follow-up counts for month 6 (or 12) when a score falls within 6 weeks
 * either side of that day. Six weeks is a quarter of the 6-month interval:
 * wide enough for a visit moved by travel, illness or a holiday, and narrow
 * enough that the 6- and 12-month windows never overlap (they are 26 weeks
 * apart, the windows 12 weeks wide), so one score never counts for both.
 */
export const WINDOW_DAYS = 42
/** Month 6 and month 12 as whole days from the first treatment day (365.25 / 2 rounded). */
export const MILESTONE_DAYS = { 6: 183, 12: 365 } as const

export type CohortPatient = {
  /** First symptoms; null when not known, and then only the scores make the slope before. */
  symptomOnset: string | null
  treatedOn: string
  /** Every ALSFRS-R total recorded, before and after treatment. */
  scores: readonly DatedTotal[]
  seriousAdverseEvents: number
}

export type MilestoneFigures = {
  /** People whose window has closed, or who already have a score in it. */
  due: number
  withData: number
  /** Due but without a score in the window: silence counts as missing, never as success. */
  lost: number
  /** The window is still open and holds no score yet. */
  notYetDue: number
}

export type CohortFigures =
  | { shown: false; reason: 'below-threshold'; threshold: number }
  | {
      shown: true
      treated: number
      sixMonths: MilestoneFigures
      twelveMonths: MilestoneFigures
      /**
       * Median of (slope after − slope before), points per month, over the
       * people with 6-month data whose slopes can both be computed; positive
       * means decline slowed.
       */
      slopeChange: { people: number; median: number | null; interval: MedianInterval | null }
      seriousAdverseEvents: number
    }

function milestone(patient: CohortPatient, months: 6 | 12, asOf: string) {
  const target = addDays(patient.treatedOn, MILESTONE_DAYS[months])
  const from = addDays(target, -WINDOW_DAYS)
  const to = addDays(target, WINDOW_DAYS)
  const hasData = patient.scores.some((s) => s.date >= from && s.date <= to)
  const closed = asOf > to
  return { hasData, due: hasData || closed }
}

function countMilestone(cohort: readonly CohortPatient[], months: 6 | 12, asOf: string): MilestoneFigures {
  const each = cohort.map((p) => milestone(p, months, asOf))
  const due = each.filter((m) => m.due).length
  const withData = each.filter((m) => m.hasData).length
  return { due, withData, lost: due - withData, notYetDue: cohort.length - due }
}

/**
 * The cohort's figures on `asOf`, or only "below threshold" when fewer than
 * REGISTRY_THRESHOLD people have 6-month data: then no number leaves this
 * function, so no page can show one by mistake. Scores after `asOf` are
 * ignored, so a refresh is reproducible for a given day.
 */
export function cohortFigures(cohort: readonly CohortPatient[], asOf: string): CohortFigures {
  if (dayNumber(asOf) === null) throw new Error(`not a calendar day: ${asOf}`)
  const known = cohort.map((p) => ({ ...p, scores: p.scores.filter((s) => s.date <= asOf) }))
  const sixMonths = countMilestone(known, 6, asOf)
  if (sixMonths.withData < REGISTRY_THRESHOLD)
    return { shown: false, reason: 'below-threshold', threshold: REGISTRY_THRESHOLD }

  const changes = known.flatMap((p) => {
    if (!milestone(p, 6, asOf).hasData) return []
    const { before, after } = patientSlopes(p)
    return before === null || after === null ? [] : [after - before]
  })
  return {
    shown: true,
    treated: known.length,
    sixMonths,
    twelveMonths: countMilestone(known, 12, asOf),
    slopeChange: { people: changes.length, median: median(changes), interval: medianInterval(changes) },
    seriousAdverseEvents: known.reduce((s, p) => s + p.seriousAdverseEvents, 0),
  }
}
