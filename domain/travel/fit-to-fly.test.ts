import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import {
  bulbarFromAlsfrs,
  decideFitToFly,
  parseFitToFly,
  type AirTravelRules,
  type FitToFlyClearance,
  type FitToFlyInputs,
} from './fit-to-fly.ts'

const rules: AirTravelRules = {
  fvcBelowPercent: 50,
  fvcRecentDays: 90,
  bulbarItemAtOrBelow: 1,
  sourceIds: ['bts-2022-air-travel'],
  reviewDate: '2027-06-30' as CalendarDate,
}
const today = '2027-01-10' as CalendarDate
const well: FitToFlyInputs = {
  homeVentilation: false,
  orthopnoea: false,
  fvc: { percent: 78, date: '2026-12-20' as CalendarDate },
  bulbar: 'not-severe',
}
const nothing: FitToFlyClearance = { signOff: null, hypoxicChallenge: 'not-done', oxygenPlanned: false }

describe('fit to fly', () => {
  test('a person with no risk in the inputs is clear and may book', () => {
    expect(decideFitToFly(well, nothing, rules, today)).toEqual({
      outcome: 'clear',
      reasons: [],
      oxygen: false,
      mayBook: true,
    })
  })

  test.each([
    ['home ventilation', { homeVentilation: true }, 'home-ventilation'],
    ['breathless lying flat', { orthopnoea: true }, 'orthopnoea'],
    ['FVC below 50%', { fvc: { percent: 49, date: '2026-12-20' } }, 'fvc-low'],
    ['FVC older than 90 days', { fvc: { percent: 80, date: '2026-10-01' } }, 'fvc-not-recent'],
    ['no FVC at all', { fvc: null }, 'fvc-not-recent'],
    ['severe bulbar weakness', { bulbar: 'severe' }, 'bulbar-severe'],
    ['bulbar function not known', { bulbar: 'unknown' }, 'bulbar-unknown'],
  ] as const)('%s needs the home team or a test first; booking waits', (_, change, reason) => {
    const d = decideFitToFly({ ...well, ...change } as FitToFlyInputs, nothing, rules, today)
    expect(d).toEqual({ outcome: 'needs-clearance', reasons: [reason], oxygen: false, mayBook: false })
  })

  test('an FVC of exactly 50% on a day exactly 90 days ago is still clear', () => {
    const d = decideFitToFly(
      { ...well, fvc: { percent: 50, date: '2026-10-12' as CalendarDate } },
      nothing,
      rules,
      today,
    )
    expect(d.outcome).toBe('clear')
  })

  test('the home team’s sign-off clears a person at risk', () => {
    const signed = { ...nothing, signOff: { by: 'Dr Okafor, home respiratory team', date: today } }
    expect(decideFitToFly({ ...well, homeVentilation: true }, signed, rules, today)).toMatchObject({
      outcome: 'cleared',
      reasons: ['home-ventilation'],
      mayBook: true,
    })
  })

  test('a test that needs no oxygen clears a person at risk', () => {
    const tested = { ...nothing, hypoxicChallenge: 'no-oxygen-needed' as const }
    expect(decideFitToFly({ ...well, orthopnoea: true }, tested, rules, today).outcome).toBe('cleared')
  })

  test('a test that calls for oxygen makes booking wait until oxygen is planned', () => {
    const tested = { ...nothing, hypoxicChallenge: 'oxygen-needed' as const }
    const inputs = { ...well, homeVentilation: true }
    expect(decideFitToFly(inputs, tested, rules, today)).toMatchObject({
      outcome: 'plan-oxygen',
      oxygen: true,
      mayBook: false,
    })
    expect(decideFitToFly(inputs, { ...tested, oxygenPlanned: true }, rules, today)).toMatchObject({
      outcome: 'cleared-with-oxygen',
      oxygen: true,
      mayBook: true,
    })
  })

  test('a test that says "not fit" outweighs a sign-off', () => {
    const both: FitToFlyClearance = {
      signOff: { by: 'Dr Okafor', date: today },
      hypoxicChallenge: 'not-fit',
      oxygenPlanned: true,
    }
    expect(decideFitToFly({ ...well, homeVentilation: true }, both, rules, today)).toMatchObject({
      outcome: 'not-fit',
      mayBook: false,
    })
  })
})

describe('bulbar weakness from the ALSFRS-R', () => {
  test.each([
    [{ '1': 4, '2': 3, '3': 2 }, 'not-severe'],
    [{ '1': 1, '2': 3, '3': 3 }, 'severe'],
    [{ '3': 0 }, 'severe'],
    [{ '1': 4, '2': 4 }, 'unknown'],
    [{}, 'unknown'],
  ] as const)('items %o read as %s', (items, expected) => {
    expect(bulbarFromAlsfrs(items, rules)).toBe(expected)
  })
})

describe('the coordinator’s form', () => {
  const form = {
    homeVentilation: 'yes',
    orthopnoea: 'no',
    bulbar: 'not-severe',
    fvcPercent: '62',
    fvcDate: '2026-12-01',
    signOffBy: 'Dr Okafor',
    signOffDate: '2027-01-05',
    hypoxicChallenge: 'not-done',
    oxygenPlanned: 'no',
  }

  test('a whole form reads as the record', () => {
    expect(parseFitToFly(form, today)).toEqual({
      ok: true,
      value: {
        homeVentilation: true,
        orthopnoea: false,
        bulbar: 'not-severe',
        fvc: { percent: 62, date: '2026-12-01' },
        signOff: { by: 'Dr Okafor', date: '2027-01-05' },
        hypoxicChallenge: 'not-done',
        oxygenPlanned: false,
      },
    })
  })

  test('every problem is named on its field at once', () => {
    const r = parseFitToFly(
      {
        ...form,
        homeVentilation: '',
        fvcPercent: '300',
        fvcDate: '2027-02-30',
        signOffBy: '',
        signOffDate: '2027-03-01',
      },
      today,
    )
    expect(r.ok ? [] : r.error).toEqual([
      { code: 'fit-to-fly.choice-missing', field: 'homeVentilation' },
      { code: 'fit-to-fly.fvc-invalid', field: 'fvcPercent' },
      { code: 'fit-to-fly.date-invalid', field: 'fvcDate' },
      { code: 'fit-to-fly.sign-off-incomplete', field: 'signOffBy' },
      { code: 'fit-to-fly.date-future', field: 'signOffDate' },
    ])
  })

  test('an FVC without its date is refused', () => {
    const r = parseFitToFly({ ...form, fvcDate: '' }, today)
    expect(r.ok ? [] : r.error).toEqual([{ code: 'fit-to-fly.date-missing', field: 'fvcDate' }])
  })
})
