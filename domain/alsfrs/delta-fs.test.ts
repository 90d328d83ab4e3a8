import { describe, expect, test } from 'vitest'
import { DAYS_PER_MONTH, deltaFs, roundRate } from './delta-fs.ts'

describe('ΔFS', () => {
  test('a month is 365.25 / 12 = 30.4375 days', () => {
    expect(DAYS_PER_MONTH).toBe(30.4375)
  })

  test.each([
    // 2024 is a leap year: 366 days = 12.0246 months; 12 points / 12.0246 = 0.99795, shown 1.00.
    [36, '2024-01-15', '2025-01-15', 0.9979508196721311, 1],
    // 365 days = 11.9918 months; 12 / 11.9918 = 1.000685, also shown 1.00.
    [36, '2023-01-15', '2024-01-15', 1.0006849315068493, 1],
    // 8 points over 365 days (11.9918 months) = 0.66712: right at Kimura's 0.67 cut-off.
    [40, '2024-03-01', '2025-03-01', 0.667123287671233, 0.67],
    // 60 days = 1.97125 months; 2 / 1.97125 = 1.01458.
    [46, '2025-01-01', '2025-03-02', 1.0145833333333334, 1.01],
    // No points lost is 0, however long the interval.
    [48, '2019-06-30', '2025-06-30', 0, 0],
    // One day after onset with every point lost: 48 × 30.4375 = 1461.
    [0, '2025-01-01', '2025-01-02', 1461, 1461],
    // Onset on a leap day is a real date: 2024-02-29 → 2024-08-29 is 182 days = 5.9795 months; 6 / 5.9795 = 1.00343.
    [42, '2024-02-29', '2024-08-29', 1.003434065934066, 1],
  ])('total %i, onset %s, assessed %s → %f (shown %f)', (total, symptomOnset, assessedOn, rate, shown) => {
    const r = deltaFs({ total, symptomOnset, assessedOn })
    if (!r.ok) throw new Error(r.error.code)
    expect(r.value).toBeCloseTo(rate, 12)
    expect(roundRate(r.value)).toBe(shown)
  })

  test.each([
    ['on the onset day', '2025-01-15', '2025-01-15'],
    ['a day before onset', '2025-01-15', '2025-01-14'],
    ['a year before onset', '2025-01-15', '2024-01-15'],
  ])('an assessment %s is refused', (_label, symptomOnset, assessedOn) => {
    expect(deltaFs({ total: 40, symptomOnset, assessedOn })).toEqual({
      ok: false,
      error: { code: 'alsfrs.assessment-not-after-onset' },
    })
  })

  test.each([
    '2025-02-29',
    '2024-02-30',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '15/01/2025',
    '2025-1-5',
    '',
  ])('the date %j is not a calendar day', (bad) => {
    expect(deltaFs({ total: 40, symptomOnset: bad, assessedOn: '2025-06-01' })).toEqual({
      ok: false,
      error: { code: 'alsfrs.invalid-date', field: 'symptomOnset' },
    })
    expect(deltaFs({ total: 40, symptomOnset: '2020-06-01', assessedOn: bad })).toEqual({
      ok: false,
      error: { code: 'alsfrs.invalid-date', field: 'assessedOn' },
    })
  })

  test('a timestamp is not a day: time zones would move it', () => {
    expect(deltaFs({ total: 40, symptomOnset: '2024-01-15T00:00:00Z', assessedOn: '2025-01-15' }).ok).toBe(
      false,
    )
  })

  test.each([49, -1, 36.5, Number.NaN])('a total of %d is refused', (total) => {
    expect(deltaFs({ total, symptomOnset: '2024-01-15', assessedOn: '2025-01-15' })).toEqual({
      ok: false,
      error: { code: 'alsfrs.total-out-of-range' },
    })
  })

  test('over many totals and intervals the rate is never negative and times the months gives the points lost', () => {
    const onsetDay = Date.UTC(2020, 0, 1)
    for (let total = 0; total <= 48; total++) {
      for (const days of [1, 2, 29, 30, 31, 59, 365, 366, 730, 1461, 3000]) {
        const assessedOn = new Date(onsetDay + days * 86_400_000).toISOString().slice(0, 10)
        const r = deltaFs({ total, symptomOnset: '2020-01-01', assessedOn })
        if (!r.ok) throw new Error(r.error.code)
        expect(r.value).toBeGreaterThanOrEqual(0)
        expect(r.value * (days / DAYS_PER_MONTH)).toBeCloseTo(48 - total, 9)
      }
    }
  })
})

describe('rounding a rate for display', () => {
  test.each([
    [0.9979508196721311, 1],
    [1.005, 1.01],
    [2.675, 2.68],
    [0.125, 0.13],
    [0.994999, 0.99],
    [0.495, 0.5],
    [0, 0],
    [1461, 1461],
    [-1.005, -1.01],
    [1e-7, 0],
    [-1e-7, 0],
    [1e21, 1e21],
  ])('%d is shown as %d, as Intl.NumberFormat would round it', (rate, shown) => {
    expect(roundRate(rate)).toBe(shown)
    // === so that Intl's "-0" for a tiny negative rate counts as 0.
    const intl = Number(
      new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false }).format(rate),
    )
    expect(roundRate(rate) === intl).toBe(true)
  })
})
