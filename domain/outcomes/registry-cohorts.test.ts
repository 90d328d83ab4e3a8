import { describe, expect, test } from 'vitest'
import { cohortFigures, REGISTRY_THRESHOLD } from './cohort-figures.ts'
import {
  calendarDayOrNull,
  chooseScores,
  cohortsOf,
  storedOutcome,
  type TreatedCase,
} from './registry-cohorts.ts'

const aCase = (o: Partial<TreatedCase> = {}): TreatedCase => ({
  caseId: 'c1',
  providerId: 'p1',
  offerId: 'o1',
  symptomOnset: '2025-01-01',
  treatedOn: '2026-01-10',
  scores: [{ date: '2026-01-02', total: 38 }],
  seriousAdverseEvents: 0,
  ...o,
})

describe('choosing the scores a case contributes', () => {
  test('intake, arrival and later scores come out oldest first', () => {
    expect(
      chooseScores([
        { date: '2026-07-10', total: 33 },
        { date: '2025-12-01', total: 38 },
        { date: '2026-01-08', total: 37 },
      ]),
    ).toEqual([
      { date: '2025-12-01', total: 38 },
      { date: '2026-01-08', total: 37 },
      { date: '2026-07-10', total: 33 },
    ])
  })

  test('a missing record, a partial date or a total off the 0–48 scale is left out, not guessed', () => {
    expect(
      chooseScores([
        null,
        { date: '2026-02', total: 30 },
        { date: '2026-02-30', total: 30 },
        { date: '2026-03-01', total: 49 },
        { date: '2026-03-01', total: -1 },
        { date: '2026-03-01', total: 30.5 },
        { date: '2026-03-02', total: 0 },
      ]),
    ).toEqual([{ date: '2026-03-02', total: 0 }])
  })

  test('the same total on the same day counts once; two different totals that day both count', () => {
    expect(
      chooseScores([
        { date: '2026-01-08', total: 37 },
        { date: '2026-01-08', total: 37 },
        { date: '2026-01-08', total: 36 },
      ]),
    ).toEqual([
      { date: '2026-01-08', total: 37 },
      { date: '2026-01-08', total: 36 },
    ])
  })
})

describe('grouping treated cases into cohorts', () => {
  test('one cohort per provider and offer, ordered, each case once', () => {
    const cohorts = cohortsOf([
      aCase({ caseId: 'a', providerId: 'p2', offerId: 'o1' }),
      aCase({ caseId: 'b', providerId: 'p1', offerId: 'o2' }),
      aCase({ caseId: 'c', providerId: 'p1', offerId: 'o1' }),
      aCase({ caseId: 'c', providerId: 'p1', offerId: 'o1' }),
      aCase({ caseId: 'd', providerId: 'p1', offerId: 'o1', seriousAdverseEvents: 2 }),
    ])
    expect(cohorts.map((c) => [c.providerId, c.offerId, c.patients.length])).toEqual([
      ['p1', 'o1', 2],
      ['p1', 'o2', 1],
      ['p2', 'o1', 1],
    ])
    expect(cohorts[0]!.patients.map((p) => p.seriousAdverseEvents)).toEqual([0, 2])
  })

  test('an onset that is not a real day is unknown; a case without a real treatment day is not treated', () => {
    const [cohort] = cohortsOf([
      aCase({ caseId: 'a', symptomOnset: '2025-03' }),
      aCase({ caseId: 'b', treatedOn: 'soon' }),
    ])
    expect(cohort!.patients).toEqual([
      {
        symptomOnset: null,
        treatedOn: '2026-01-10',
        scores: [{ date: '2026-01-02', total: 38 }],
        seriousAdverseEvents: 0,
      },
    ])
    expect(calendarDayOrNull(undefined)).toBeNull()
  })
})

describe('what is stored for a cohort', () => {
  test('below the threshold, only the fact and the threshold: no count at all', () => {
    const stored = storedOutcome(cohortFigures(cohortsOf([aCase()])[0]!.patients, '2027-01-01'))
    expect(stored).toEqual({ shown: false, threshold: REGISTRY_THRESHOLD, figures: null })
    expect(JSON.stringify(stored)).not.toMatch(/"(treated|due|withData|lost|seriousAdverseEvents)"/)
  })
})
