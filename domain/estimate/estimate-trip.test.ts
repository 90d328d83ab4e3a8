import { describe, expect, test } from 'vitest'
import { convertUsdCents, estimateTrip, type EstimateInput } from './estimate-trip.ts'

const base: EstimateInput = {
  purpose: 'mdt',
  cellType: 'none',
  sessions: 1,
  facility: 'hospital',
  adjunctDays: 0,
  nights: 6,
  destination: 'IN',
  attendants: 1,
  flightPerPersonUsdCents: 80_000,
}

describe('trip estimate', () => {
  test('a line per cost factor, and the total is their sum', () => {
    const e = estimateTrip(base)
    expect(e.lines.map((l) => l.id)).toEqual([
      'treatment',
      'adjunct',
      'facility',
      'accommodation',
      'travel',
      'visa',
      'local',
    ])
    expect(e.low).toBe(e.lines.reduce((s, l) => s + l.low, 0))
    expect(e.high).toBe(e.lines.reduce((s, l) => s + l.high, 0))
    expect(e.low).toBeLessThan(e.high)
  })

  test('worked example: six nights in India for a patient and one attendant', () => {
    const e = estimateTrip(base)
    const line = (id: string) => e.lines.find((l) => l.id === id)!
    expect(line('treatment')).toEqual({ id: 'treatment', low: 120_000, high: 216_000 })
    expect(line('accommodation')).toEqual({ id: 'accommodation', low: 6 * 3_500, high: 6 * 9_000 })
    expect(line('travel')).toEqual({ id: 'travel', low: 160_000, high: 208_000 })
    expect(line('local')).toEqual({ id: 'local', low: 6 * 1_500 * 2, high: 6 * 4_000 * 2 })
  })

  test('a cell trial shows the product as a zero line: the sponsor provides it', () => {
    const e = estimateTrip({
      ...base,
      purpose: 'trial-visit',
      cellType: 'autologous-bone-marrow',
      sessions: 3,
    })
    expect(e.lines.find((l) => l.id === 'cells')).toEqual({ id: 'cells', low: 0, high: 0 })
  })

  test('out-of-range inputs are clamped: at most two attendants, no negative nights', () => {
    const e = estimateTrip({ ...base, attendants: 9, nights: -4 })
    expect(e.lines.find((l) => l.id === 'accommodation')).toEqual({ id: 'accommodation', low: 0, high: 0 })
    expect(e.lines.find((l) => l.id === 'travel')!.low).toBe(80_000 * 3)
  })

  test('every amount is a whole number of cents', () => {
    for (const facility of ['clinic', 'hospital', 'accredited-hospital'] as const) {
      for (const sessions of [1, 3, 7]) {
        const e = estimateTrip({
          ...base,
          facility,
          sessions,
          purpose: 'rehab',
          flightPerPersonUsdCents: 99_999,
        })
        for (const l of e.lines) expect(Number.isInteger(l.low) && Number.isInteger(l.high)).toBe(true)
      }
    }
  })

  test('conversion to another currency at a stored rate', () => {
    expect(convertUsdCents(123_456, 84.1)).toBe(10_382_650)
    expect(convertUsdCents(100, 1385, 0)).toBe(1385)
  })
})
