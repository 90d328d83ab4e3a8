import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { largeChanges, parseAssessment, type HomeBaseline } from './pre-treatment-assessment.ts'

const today = '2027-02-10' as CalendarDate
const items = (score: string, overrides: Record<string, string> = {}) => ({
  ...Object.fromEntries(
    ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12'].map((i) => [`alsfrs-${i}`, score]),
  ),
  ...overrides,
})
const form = (overrides: Record<string, string> = {}) => ({
  date: '2027-02-09',
  fvc: '72',
  weight: '61.5',
  ...items('3'),
  ...overrides,
})
const home: HomeBaseline = { date: '2026-11-02', alsfrsTotal: 36, fvcPercent: 80, weightKg: 65 }

describe('recording the pre-treatment assessment', () => {
  test('a complete assessment scores the ALSFRS-R and keeps FVC and weight', () => {
    const parsed = parseAssessment(form(), today)
    expect(parsed).toMatchObject({ ok: true, value: { date: '2027-02-09', fvcPercent: 72, weightKg: 61.5 } })
    expect(parsed.ok && parsed.value.alsfrs.total).toBe(36)
  })

  test.each([
    ['an item of 5', { 'alsfrs-4': '5' }, 'alsfrs-4', 'treatment.alsfrs-item-invalid'],
    ['a missing item', { 'alsfrs-12': '' }, 'alsfrs-12', 'treatment.alsfrs-item-invalid'],
    ['FVC above 150', { fvc: '151' }, 'fvc', 'treatment.fvc-invalid'],
    ['FVC that is not a number', { fvc: 'high' }, 'fvc', 'treatment.fvc-invalid'],
    ['a weight of 19 kg', { weight: '19' }, 'weight', 'treatment.weight-invalid'],
    ['a weight of 301 kg', { weight: '301' }, 'weight', 'treatment.weight-invalid'],
    ['a date tomorrow', { date: '2027-02-11' }, 'date', 'treatment.date-future'],
    ['a date that does not exist', { date: '2027-02-30' }, 'date', 'treatment.date-invalid'],
  ])('%s is refused on its field', (_, change, field, code) => {
    expect(parseAssessment(form(change), today)).toEqual({ ok: false, error: [{ code, field }] })
  })

  test('the assessment is on or after the day the plan was accepted: the person cannot have arrived before', () => {
    const acceptedOn = '2027-02-09' as CalendarDate
    expect(parseAssessment(form({ date: '2027-02-08' }), today, acceptedOn)).toEqual({
      ok: false,
      error: [{ code: 'treatment.assessment-before-acceptance', field: 'date' }],
    })
    expect(parseAssessment(form({ date: '2027-02-09' }), today, acceptedOn).ok).toBe(true)
  })

  test('every problem is reported at once', () => {
    const parsed = parseAssessment(form({ fvc: '', weight: '', date: '' }), today)
    expect(parsed.ok ? [] : parsed.error.map((p) => p.field)).toEqual(['date', 'fvc', 'weight'])
  })
})

describe('comparing with the baseline at home', () => {
  const assessed = (overrides: Record<string, string>) => {
    const parsed = parseAssessment(form(overrides), today)
    if (!parsed.ok) throw new Error('assessment refused')
    return parsed.value
  }

  test('small changes let the plan go on', () => {
    // 36 → 33 points, FVC 80 → 72, 65 → 62 kg (−4.6%).
    expect(
      largeChanges(
        assessed({ 'alsfrs-1': '2', 'alsfrs-2': '2', 'alsfrs-3': '2', fvc: '72', weight: '62' }),
        home,
      ),
    ).toEqual([])
  })

  test('a fall of 4 ALSFRS-R points is large', () => {
    const a = assessed({ 'alsfrs-1': '2', 'alsfrs-2': '2', 'alsfrs-3': '2', 'alsfrs-4': '2', weight: '65' })
    expect(largeChanges(a, home)).toEqual([{ measure: 'alsfrs', from: 36, to: 32, change: -4 }])
  })

  test('an FVC drop of 10 points and a 5% weight loss are large', () => {
    expect(largeChanges(assessed({ fvc: '70', weight: '61.7' }), home)).toEqual([
      { measure: 'fvc', from: 80, to: 70, change: -10 },
      { measure: 'weight', from: 65, to: 61.7, changePercent: -5.1 },
    ])
  })

  test('measures missing at home are not compared', () => {
    expect(
      largeChanges(assessed({ fvc: '20', weight: '30' }), { ...home, fvcPercent: null, weightKg: null }),
    ).toEqual([])
  })
})
