import { describe, expect, test } from 'vitest'
import { leastSquaresSlope, patientSlopes } from './slope.ts'

const M = 30.4375 // days per month

describe('least-squares slope', () => {
  test('points on a line give that line, in points per month', () => {
    // −3 points over 61 days, −6 over 122: one line.
    const slope = leastSquaresSlope([
      { date: '2026-01-01', total: 40 },
      { date: '2026-03-03', total: 37 },
      { date: '2026-05-03', total: 34 },
    ])
    expect(slope).toBeCloseTo((-3 / 61) * M, 12)
  })

  test('scattered points give the least-squares fit, not the end-to-end change', () => {
    // Days 0, 10, 20 and totals 40, 30, 35: Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² = −50 / 200 = −0.25 a day.
    const slope = leastSquaresSlope([
      { date: '2026-01-01', total: 40 },
      { date: '2026-01-11', total: 30 },
      { date: '2026-01-21', total: 35 },
    ])
    expect(slope).toBeCloseTo(-0.25 * M, 12)
  })

  test('one point, or two on the same day, has no slope', () => {
    expect(leastSquaresSlope([{ date: '2026-01-01', total: 40 }])).toBeNull()
    expect(
      leastSquaresSlope([
        { date: '2026-01-01', total: 40 },
        { date: '2026-01-01', total: 39 },
      ]),
    ).toBeNull()
  })
})

describe('a patient’s slopes before and after treatment', () => {
  test('before: from 48 at onset through the intake score, the negative of ΔFS', () => {
    const { before, after, baseline } = patientSlopes({
      symptomOnset: '2025-01-01',
      treatedOn: null,
      scores: [{ date: '2026-01-01', total: 36 }],
    })
    expect(before).toBeCloseTo((-12 / 365) * M, 12)
    expect(after).toBeNull()
    expect(baseline).toEqual({ date: '2026-01-01', total: 36 })
  })

  test('after: from the last score before treatment through the follow-ups', () => {
    const { before, after, baseline } = patientSlopes({
      symptomOnset: '2025-01-01',
      treatedOn: '2026-01-10',
      scores: [
        { date: '2026-07-10', total: 33 },
        { date: '2025-07-02', total: 42 }, // order does not matter
        { date: '2026-01-01', total: 36 },
      ],
    })
    expect(baseline).toEqual({ date: '2026-01-01', total: 36 })
    // Onset 48, day 182 → 42, day 365 → 36: on one line of −6 per 182.5 days.
    expect(before).toBeCloseTo(
      leastSquaresSlope([
        { date: '2025-01-01', total: 48 },
        { date: '2025-07-02', total: 42 },
        { date: '2026-01-01', total: 36 },
      ])!,
      12,
    )
    expect(after).toBeCloseTo((-3 / 190) * M, 12)
  })

  test('without an onset date, only the scores make the slope before', () => {
    const { before } = patientSlopes({
      symptomOnset: null,
      treatedOn: null,
      scores: [
        { date: '2026-01-01', total: 40 },
        { date: '2026-03-03', total: 37 },
      ],
    })
    expect(before).toBeCloseTo((-3 / 61) * M, 12)
  })

  test('no follow-up score means no after slope, not a flat one', () => {
    const { after } = patientSlopes({
      symptomOnset: '2025-01-01',
      treatedOn: '2026-01-10',
      scores: [{ date: '2026-01-01', total: 36 }],
    })
    expect(after).toBeNull()
  })
})
