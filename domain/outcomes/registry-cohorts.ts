import { dayNumber } from './calendar.ts'
import { REGISTRY_THRESHOLD, type CohortFigures, type CohortPatient } from './cohort-figures.ts'
import type { DatedTotal } from './slope.ts'

// From the cases Waypoint holds to the registry's cohorts (ADR 0067): one
// cohort per provider and offer, each person in it once, with every score
// that can be trusted as an ALSFRS-R total on a real day.

/** One person treated through Waypoint, as the refresh job read their case. */
export type TreatedCase = {
  caseId: string
  providerId: string
  offerId: string
  symptomOnset: string | null
  /** The day of this provider's first session. */
  treatedOn: string
  scores: readonly DatedTotal[]
  seriousAdverseEvents: number
}

export type Cohort = { providerId: string; offerId: string; patients: CohortPatient[] }

/** A calendar day as 'YYYY-MM-DD', or null for anything else (a partial or missing date). */
export function calendarDayOrNull(value: unknown): string | null {
  return typeof value === 'string' && dayNumber(value) !== null ? value : null
}

/**
 * Every ALSFRS-R total from the case's records, oldest first: the intake, the
 * assessment on arrival and any later ones. A score without a real day or
 * outside the scale's 0–48 is left out rather than guessed at; the same
 * total twice on one day (the intake re-entered on arrival) counts once.
 */
export function chooseScores(sources: readonly (DatedTotal | null)[]): DatedTotal[] {
  const seen = new Set<string>()
  const out: DatedTotal[] = []
  for (const s of sources) {
    if (!s || calendarDayOrNull(s.date) === null) continue
    if (!Number.isInteger(s.total) || s.total < 0 || s.total > 48) continue
    const key = `${s.date}|${s.total}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ date: s.date, total: s.total })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/**
 * The cases grouped into cohorts, ordered by provider then offer. A case
 * counts once per provider and offer even if it was read twice, and a case
 * without a real first treatment day is not treated.
 */
export function cohortsOf(cases: readonly TreatedCase[]): Cohort[] {
  const byKey = new Map<
    string,
    { providerId: string; offerId: string; seen: Set<string>; patients: CohortPatient[] }
  >()
  for (const c of cases) {
    if (calendarDayOrNull(c.treatedOn) === null) continue
    const key = `${c.providerId}\u0000${c.offerId}`
    let cohort = byKey.get(key)
    if (!cohort) {
      cohort = { providerId: c.providerId, offerId: c.offerId, seen: new Set(), patients: [] }
      byKey.set(key, cohort)
    }
    if (cohort.seen.has(c.caseId)) continue
    cohort.seen.add(c.caseId)
    cohort.patients.push({
      symptomOnset: calendarDayOrNull(c.symptomOnset),
      treatedOn: c.treatedOn,
      scores: c.scores,
      seriousAdverseEvents: c.seriousAdverseEvents,
    })
  }
  return [...byKey.values()]
    .map(({ providerId, offerId, patients }) => ({ providerId, offerId, patients }))
    .sort((a, b) =>
      a.providerId === b.providerId ? (a.offerId < b.offerId ? -1 : 1) : a.providerId < b.providerId ? -1 : 1,
    )
}

/** What is stored for a cohort: below the threshold only that fact, never a count. */
export type StoredOutcome =
  | { shown: false; threshold: number; figures: null }
  | { shown: true; threshold: number; figures: Extract<CohortFigures, { shown: true }> }

export function storedOutcome(figures: CohortFigures): StoredOutcome {
  return figures.shown
    ? { shown: true, threshold: REGISTRY_THRESHOLD, figures }
    : { shown: false, threshold: figures.threshold, figures: null }
}
