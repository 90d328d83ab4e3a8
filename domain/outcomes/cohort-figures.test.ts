import { describe, expect, test } from 'vitest'
import { addDays } from './calendar.ts'
import { cohortFigures, REGISTRY_THRESHOLD, type CohortPatient } from './cohort-figures.ts'
import { binomialHalfCdf } from './median-interval.ts'

const M = 30.4375 // days per month
const treatedOn = '2026-01-01'
const baselineDay = '2025-12-31'
const asOf = '2027-06-01'

// Every treated person lost 12 points in the 365 days from onset to the
// baseline, so the slope before is −12/365 points a day for all of them.
const before = (-12 / 365) * M
/** Person i loses i points per 184 days after treatment: slope after −i/184 points a day. */
const after = (i: number) => (-i / 184) * M

function treated(i: number, follow: { six: boolean; twelve: boolean }, sae = 0): CohortPatient {
  const scores = [{ date: baselineDay, total: 36 }]
  // 184 and 368 days after the baseline: days 183 and 367 after treatment, inside both windows.
  if (follow.six) scores.push({ date: addDays(baselineDay, 184), total: 36 - i })
  if (follow.twelve) scores.push({ date: addDays(baselineDay, 368), total: 36 - 2 * i })
  return { symptomOnset: addDays(baselineDay, -365), treatedOn, scores, seriousAdverseEvents: sae }
}

/**
 * 15 people: 0–9 followed to 12 months, 10–11 to 6 months only, 12–13 silent
 * after treatment, and 14 treated a month before the figures are computed.
 */
function generatedCohort(): CohortPatient[] {
  const cohort: CohortPatient[] = []
  for (let i = 0; i <= 9; i++) cohort.push(treated(i, { six: true, twelve: true }, i === 3 ? 1 : 0))
  for (let i = 10; i <= 11; i++) cohort.push(treated(i, { six: true, twelve: false }))
  cohort.push(treated(12, { six: false, twelve: false }, 2))
  cohort.push(treated(13, { six: false, twelve: false }))
  cohort.push({
    symptomOnset: '2026-01-01',
    treatedOn: '2027-05-01',
    scores: [{ date: '2027-04-30', total: 40 }],
    seriousAdverseEvents: 0,
  })
  return cohort
}

describe('outcome figures for a cohort', () => {
  test('counts the treated, those with 6- and 12-month data, the lost and the not yet due', () => {
    const figures = cohortFigures(generatedCohort(), asOf)
    if (!figures.shown) throw new Error('expected figures')
    expect(figures.treated).toBe(15)
    expect(figures.sixMonths).toEqual({ due: 14, withData: 12, lost: 2, notYetDue: 1 })
    expect(figures.twelveMonths).toEqual({ due: 14, withData: 10, lost: 4, notYetDue: 1 })
    expect(figures.seriousAdverseEvents).toBe(3)
  })

  test('the median change in slope and its interval come from the people with 6-month data only', () => {
    const figures = cohortFigures(generatedCohort(), asOf)
    if (!figures.shown) throw new Error('expected figures')
    // Changes are before-to-after for i = 0…11; the silent two are not counted as "no decline".
    const change = (i: number) => after(i) - before
    expect(figures.slopeChange.people).toBe(12)
    // 12 values: the median is the mean of the 6th and 7th, i = 6 and 5.
    expect(figures.slopeChange.median).toBeCloseTo((change(6) + change(5)) / 2, 12)
    // 95% order-statistic interval for n = 12: the 3rd and 10th values, i = 9 and 2.
    expect(figures.slopeChange.interval?.low).toBeCloseTo(change(9), 12)
    expect(figures.slopeChange.interval?.high).toBeCloseTo(change(2), 12)
    expect(figures.slopeChange.interval?.coverage).toBe(1 - 2 * binomialHalfCdf(12, 2))
  })

  test('a score outside the 6-week window does not count as 6-month data', () => {
    const cohort = generatedCohort()
    // Person 0's 6-month score moved to month 4: they are lost at 6 months, kept at 12.
    cohort[0] = {
      ...cohort[0]!,
      scores: cohort[0]!.scores.map((s, k) => (k === 1 ? { ...s, date: '2026-05-01' } : s)),
    }
    const figures = cohortFigures(cohort, asOf)
    if (!figures.shown) throw new Error('expected figures')
    expect(figures.sixMonths).toEqual({ due: 14, withData: 11, lost: 3, notYetDue: 1 })
    expect(figures.twelveMonths.withData).toBe(10)
  })

  test('an open window with no score yet is not due, and not lost', () => {
    // The day before the 6-month window closes (day 183 + 42 = 2026-08-14).
    const figures = cohortFigures(generatedCohort(), '2026-08-14')
    if (!figures.shown) throw new Error('expected figures')
    expect(figures.sixMonths).toEqual({ due: 12, withData: 12, lost: 0, notYetDue: 3 })
    // Scores after the day of the figures are ignored.
    expect(figures.twelveMonths).toEqual({ due: 0, withData: 0, lost: 0, notYetDue: 15 })
  })

  test(`below ${REGISTRY_THRESHOLD} people with 6-month data, no number at all`, () => {
    const cohort = generatedCohort()
    // Silence three of the twelve with 6-month data: 9 remain.
    for (const i of [0, 1, 2]) cohort[i] = { ...cohort[i]!, scores: cohort[i]!.scores.slice(0, 1) }
    expect(cohortFigures(cohort, asOf)).toEqual({
      shown: false,
      reason: 'below-threshold',
      threshold: REGISTRY_THRESHOLD,
    })
    // Exactly ten is enough.
    cohort[0] = generatedCohort()[0]!
    expect(cohortFigures(cohort, asOf).shown).toBe(true)
  })

  test('a person whose first symptoms are not known still counts; their slope before comes from the scores alone', () => {
    const cohort = generatedCohort().slice(0, 10)
    // Person 0 has no onset but two scores before treatment: 40 then 36, 121.75 days (4 months) apart.
    cohort[0] = {
      ...cohort[0]!,
      symptomOnset: null,
      scores: [{ date: addDays(baselineDay, -122), total: 40 }, ...cohort[0]!.scores],
    }
    const figures = cohortFigures(cohort, asOf)
    if (!figures.shown) throw new Error('expected figures')
    expect(figures.treated).toBe(10)
    expect(figures.slopeChange.people).toBe(10)
    // Person 0's change is after(0) − (−4 points over 122 days); everyone else's as before.
    const changes = [after(0) - (-4 / 122) * M, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => after(i) - before)]
    const sorted = [...changes].sort((a, b) => a - b)
    expect(figures.slopeChange.median).toBeCloseTo((sorted[4]! + sorted[5]!) / 2, 12)
  })

  test('an empty cohort is below the threshold', () => {
    expect(cohortFigures([], asOf).shown).toBe(false)
  })
})
