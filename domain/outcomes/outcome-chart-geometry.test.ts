import { describe, expect, test } from 'vitest'
import type { NaturalHistory } from './natural-history.ts'
import { chartSize, outcomeChartGeometry, type ChartAssessment } from './outcome-chart-geometry.ts'

const M = 30.4375 // days per month
const reference: NaturalHistory = {
  meanDeclinePerMonth: 1.02,
  band: { slowerPerMonth: 0.5, fasterPerMonth: 1.0 },
  sources: [],
  reviewDate: '2026-12-04',
}
const plotW = chartSize.width - chartSize.left - chartSize.right // 576
const plotH = chartSize.height - chartSize.top - chartSize.bottom // 244
const yOf = (total: number) => chartSize.top + (1 - total / 48) * plotH
const r = (n: number) => Number(n.toFixed(2))

const intake: ChartAssessment = {
  date: '2026-01-01',
  total: 36,
  domains: { bulbar: 9, 'fine-motor': 10, 'gross-motor': 8, respiratory: 9 },
  kings: '2',
  mitos: 0,
}

describe('outcome chart geometry', () => {
  // Onset 2025-01-01, intake 365 days later, projection 365 days on: 730 days span.
  const g = outcomeChartGeometry(
    { symptomOnset: '2025-01-01', treatedOn: null, assessments: [intake] },
    reference,
  )!

  test('time runs from first symptoms to a year after the last score before treatment', () => {
    expect(g.start).toBe('2025-01-01')
    expect(g.end).toBe('2027-01-01')
    expect(g.onset).toEqual({ date: '2025-01-01', value: 48, x: chartSize.left, y: chartSize.top })
    expect(g.total).toEqual([{ date: '2026-01-01', value: 36, x: chartSize.left + plotW / 2, y: yOf(36) }])
  })

  test('domain subscores are placed on a 0–12 scale', () => {
    expect(g.domains['fine-motor'][0]!.y).toBe(chartSize.top + (1 - 10 / 12) * plotH)
    expect(g.domains['gross-motor'][0]!.y).toBe(yOf(32))
  })

  test('the dashed projection carries the pre-treatment slope on to the end', () => {
    // −12 points in 365 days carried 365 days further: 24 at the end.
    expect(g.projection).toBe(
      `${r(chartSize.left + plotW / 2)},${r(yOf(36))} ${r(chartSize.width - chartSize.right)},${r(yOf(24))}`,
    )
  })

  test('the band runs from the baseline at the slower and faster rates of decline', () => {
    const months = 365 / M
    const xEnd = r(chartSize.width - chartSize.right)
    expect(g.band).toBe(
      [
        `${r(chartSize.left + plotW / 2)},${r(yOf(36))}`,
        `${xEnd},${r(yOf(36 - 0.5 * months))}`,
        `${xEnd},${r(yOf(36 - 1.0 * months))}`,
      ].join(' '),
    )
  })

  test('a projection that reaches 0 stops there instead of going below the axis', () => {
    const low = outcomeChartGeometry(
      { symptomOnset: '2025-01-01', treatedOn: null, assessments: [{ ...intake, total: 3 }] },
      reference,
    )!
    // 45 points lost in 365 days: 3 points last about 24 days, then the line lies on 0.
    const [, hit, end] = low.projection!.split(' ').map((p) => p.split(',').map(Number))
    expect(hit![1]).toBe(r(yOf(0)))
    expect(hit![0]).toBeCloseTo(chartSize.left + plotW / 2 + (plotW / 2) * (3 / 45), 1)
    expect(end).toEqual([r(chartSize.width - chartSize.right), r(yOf(0))])
  })

  test('after treatment the band and projection start from the last score before it', () => {
    const later: ChartAssessment = { ...intake, date: '2026-07-01', total: 33 }
    const treated = outcomeChartGeometry(
      { symptomOnset: '2025-01-01', treatedOn: '2026-01-10', assessments: [later, intake] },
      reference,
    )!
    expect(treated.baseline?.date).toBe('2026-01-01')
    expect(treated.total.map((p) => p.date)).toEqual(['2026-01-01', '2026-07-01'])
    expect(treated.treatedX).toBe(treated.x('2026-01-10'))
    expect(treated.band!.startsWith(`${r(treated.x('2026-01-01'))},${r(yOf(36))}`)).toBe(true)
  })

  test('without scores there is no chart; without an onset, time starts at the first score', () => {
    expect(
      outcomeChartGeometry({ symptomOnset: null, treatedOn: null, assessments: [] }, reference),
    ).toBeNull()
    const noOnset = outcomeChartGeometry(
      { symptomOnset: null, treatedOn: null, assessments: [intake] },
      reference,
    )!
    expect(noOnset.start).toBe('2026-01-01')
    expect(noOnset.onset).toBeNull()
    expect(noOnset.projection).toBeNull()
  })
})
