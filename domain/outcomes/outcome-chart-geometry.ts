import type { AlsfrsDomain } from '../alsfrs/items.ts'
import type { KingsStage } from '../alsfrs/kings-stage.ts'
import type { MitosStage } from '../alsfrs/mitos-stage.ts'
import { addDays, dayNumber } from './calendar.ts'
import { DAYS_PER_MONTH } from '../alsfrs/delta-fs.ts'
import type { NaturalHistory } from './natural-history.ts'
import { patientSlopes } from './slope.ts'

// Where each mark of a person's outcome chart goes, in SVG user units. Pure,
// so the geometry is tested without a browser and the SVG component only
// draws. Time runs left to right in every language, Arabic included: a
// time axis is read like a number line, and Arabic scientific and medical
// charts keep it so; only the labels and the data table follow the page.

/** Where a score was taken: at home in the intake, by the clinic on arrival, or in a follow-up check-in. */
export type ChartSource = 'intake' | 'arrival' | 'check-in'

export type ChartAssessment = {
  date: string
  /** Two scores can share a day (arrival and a check-in): this tells them apart. */
  source?: ChartSource
  total: number
  domains: Record<AlsfrsDomain, number>
  kings: KingsStage
  mitos: MitosStage
}

export type OutcomeCourse = {
  /** First symptoms, when the family gave them: the course starts at 48 that day. */
  symptomOnset: string | null
  /** First treatment day; null before treatment, when every score is "before". */
  treatedOn: string | null
  assessments: ChartAssessment[]
}

export type Point = { date: string; value: number; x: number; y: number }

export const chartSize = { width: 640, height: 300, left: 48, right: 16, top: 16, bottom: 40 } as const
/** How far the projection and the band reach past the last score before treatment. */
export const PROJECTION_DAYS = 365

const plotWidth = chartSize.width - chartSize.left - chartSize.right
const plotHeight = chartSize.height - chartSize.top - chartSize.bottom

export type OutcomeChartGeometry = {
  start: string
  end: string
  x: (date: string) => number
  /** y for a total (max 48) or a domain subscore (max 12). */
  y: (value: number, max: number) => number
  total: Point[]
  /** The onset point (48 by assumption), drawn hollow; null without an onset date. */
  onset: Point | null
  domains: Record<AlsfrsDomain, Point[]>
  /** The pre-treatment slope carried forward from the baseline, dashed: polyline points. */
  projection: string | null
  /** The natural-history band from the baseline: polygon points, slower edge then faster edge. */
  band: string | null
  baseline: Point | null
  treatedX: number | null
  xTicks: { date: string; x: number }[]
  yTicks: { value: number; y: number }[]
}

const round = (n: number) => Number(n.toFixed(2))
/** SVG points, rounded to 1/100 of a unit: finer than any screen, and stable text for tests. */
const pointsOf = (ps: { x: number; y: number }[]) => ps.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')

const clampDate = (a: string, b: string) => (a > b ? a : b)

export function outcomeChartGeometry(
  course: OutcomeCourse,
  reference: NaturalHistory,
): OutcomeChartGeometry | null {
  const scores = [...course.assessments].sort((a, b) => (a.date < b.date ? -1 : 1))
  if (scores.length === 0) return null
  const onsetDay = course.symptomOnset && dayNumber(course.symptomOnset) !== null ? course.symptomOnset : null
  const slopes = patientSlopes({
    symptomOnset: onsetDay,
    treatedOn: course.treatedOn,
    scores,
  })
  const baseline = slopes.baseline
  const start = onsetDay && onsetDay < scores[0]!.date ? onsetDay : scores[0]!.date
  const last = scores.at(-1)!.date
  const end = clampDate(last, baseline ? addDays(baseline.date, PROJECTION_DAYS) : last)
  const startDay = dayNumber(start)!
  const span = Math.max(1, dayNumber(end)! - startDay)

  const x = (date: string) => chartSize.left + ((dayNumber(date)! - startDay) / span) * plotWidth
  const y = (value: number, max: number) => chartSize.top + (1 - value / max) * plotHeight
  const point = (date: string, value: number, max: number): Point => ({
    date,
    value,
    x: x(date),
    y: y(value, max),
  })

  const domainNames: AlsfrsDomain[] = ['bulbar', 'fine-motor', 'gross-motor', 'respiratory']
  const domains = Object.fromEntries(
    domainNames.map((d) => [d, scores.map((s) => point(s.date, s.domains[d], 12))]),
  ) as Record<AlsfrsDomain, Point[]>

  const months = baseline ? (dayNumber(end)! - dayNumber(baseline.date)!) / DAYS_PER_MONTH : 0
  // A line from the baseline at `rate` points a month (negative: decline), stopped at 0 where it gets there.
  const reach = (rate: number): { x: number; y: number }[] => {
    if (!baseline) return []
    const from = { x: x(baseline.date), y: y(baseline.total, 48) }
    const endValue = baseline.total + rate * months
    if (endValue >= 0) return [from, { x: x(end), y: y(endValue, 48) }]
    const monthsToZero = baseline.total / -rate
    const zeroX = from.x + (x(end) - from.x) * (monthsToZero / months)
    return [from, { x: zeroX, y: y(0, 48) }, { x: x(end), y: y(0, 48) }]
  }
  const projected = slopes.before === null ? [] : reach(slopes.before)
  const slower = reach(-reference.band.slowerPerMonth)
  const faster = reach(-reference.band.fasterPerMonth)
  const band = baseline && months > 0 ? pointsOf([...slower, ...faster.slice(1).reverse()]) : null

  const tickCount = 4
  const xTicks = Array.from({ length: tickCount + 1 }, (_, i) => {
    const date = addDays(start, Math.round((span * i) / tickCount))
    return { date, x: x(date) }
  })
  const yTicks = [0, 12, 24, 36, 48].map((value) => ({ value, y: y(value, 48) }))

  return {
    start,
    end,
    x,
    y,
    total: scores.map((s) => point(s.date, s.total, 48)),
    onset: onsetDay ? point(onsetDay, 48, 48) : null,
    domains,
    projection: baseline && months > 0 && projected.length >= 2 ? pointsOf(projected) : null,
    band,
    baseline: baseline ? point(baseline.date, baseline.total, 48) : null,
    treatedX: course.treatedOn && dayNumber(course.treatedOn) !== null ? x(course.treatedOn) : null,
    xTicks,
    yTicks,
  }
}
