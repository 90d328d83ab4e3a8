import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import {
  checkTraveller,
  forScreen,
  maskPassport,
  mayRemoveTraveller,
  sixMonthsAfter,
  passportFormatOk,
  type TravellerInput,
} from './traveller.ts'

const stayEnds = '2027-03-01' as CalendarDate
const input = (change: Partial<TravellerInput> = {}): TravellerInput => ({
  role: 'patient',
  name: 'Salma  Haddad',
  nationality: 'jo',
  passportNumber: 'n 123 4567',
  passportExpiry: '2030-05-01',
  ...change,
})
const context = (existing: { role: 'patient' | 'attendant'; passportNumber?: string }[] = []) => ({
  existing: existing.map((t, i) => ({ passportNumber: `X${i}000000`, ...t })),
  maxAttendants: 2,
  stayEnds,
})

describe('a traveller’s passport details', () => {
  test('are kept as the passport prints them: spaces and dashes dropped, capitals', () => {
    expect(checkTraveller(input(), context())).toEqual({
      ok: true,
      value: {
        role: 'patient',
        name: 'Salma Haddad',
        nationality: 'JO',
        passportNumber: 'N1234567',
        passportExpiry: '2030-05-01',
      },
    })
  })

  test.each([
    ['12345', 'JO'], // too short
    ['1234567890', 'JO'], // too long
    ['AB#12345', 'JO'], // a symbol
    ['12345678', 'IN'], // India: a letter then seven digits
    ['A1234567', 'GB'], // UK: nine digits
  ])('%s from %s is refused as a passport number', (number, country) => {
    expect(passportFormatOk(number, country)).toBe(false)
    const checked = checkTraveller(input({ passportNumber: number, nationality: country }), context())
    expect(checked).toEqual({
      ok: false,
      error: [{ code: 'traveller.passport-format', field: 'passportNumber' }],
    })
  })

  test('one passport, one traveller: a number already on the list is refused, whoever it was for', () => {
    expect(
      checkTraveller(
        input({ role: 'attendant' }),
        context([{ role: 'patient', passportNumber: 'N1234567' }]),
      ),
    ).toEqual({ ok: false, error: [{ code: 'traveller.passport-taken', field: 'passportNumber' }] })
  })

  test.each([
    ['N1234567', 'JO'],
    ['K1234567', 'IN'],
    ['123456789', 'GB'],
    ['AB12345', 'FR'],
  ])('%s from %s is a passport number', (number, country) => {
    expect(passportFormatOk(number, country)).toBe(true)
  })

  test.each(['ZZ', 'J0', 'Jordan'])(
    '%s is refused as the issuing country: only a real ISO 3166 code',
    (code) => {
      expect(checkTraveller(input({ nationality: code }), context())).toMatchObject({
        ok: false,
        error: expect.arrayContaining([{ code: 'traveller.nationality-invalid', field: 'nationality' }]),
      })
    },
  )

  test('a passport that expires before the stay ends, or a date that is not a day, is refused', () => {
    expect(checkTraveller(input({ passportExpiry: '2027-03-01' }), context())).toEqual({
      ok: false,
      error: [{ code: 'traveller.expires-during-stay', field: 'passportExpiry', stayEnds }],
    })
    expect(checkTraveller(input({ passportExpiry: '2030-02-30' }), context())).toEqual({
      ok: false,
      error: [{ code: 'traveller.expiry-invalid', field: 'passportExpiry' }],
    })
  })

  test('a third attendant is refused, as is a second patient; every problem is reported at once', () => {
    const two = context([{ role: 'patient' }, { role: 'attendant' }, { role: 'attendant' }])
    for (const name of ['Amira <b>Haddad</b>', 'Salma Haddad 2', '-Salma'])
      expect(checkTraveller(input({ name }), context())).toMatchObject({
        ok: false,
        error: [{ code: 'traveller.name-unreadable', field: 'name' }],
      })
    expect(checkTraveller(input({ name: 'Anne-Marie O’Brien' }), context())).toMatchObject({ ok: true })
    expect(checkTraveller(input({ name: 'سلمى حداد' }), context())).toMatchObject({ ok: true })
    expect(checkTraveller(input({ role: 'attendant', name: ' ' }), two)).toEqual({
      ok: false,
      error: [
        { code: 'traveller.too-many-attendants', field: 'role', max: 2 },
        { code: 'traveller.name-missing', field: 'name' },
      ],
    })
    expect(checkTraveller(input(), two)).toMatchObject({
      ok: false,
      error: [{ code: 'traveller.patient-already-added' }],
    })
    expect(checkTraveller(input({ role: 'attendant' }), context([{ role: 'attendant' }])).ok).toBe(true)
  })

  test('screens get the last three characters only', () => {
    expect(maskPassport('N1234567')).toBe('•••••567')
    // The mask is as long for a 6-character number as for a 9-character one.
    expect(maskPassport('AB1234')).toBe('•••••234')
    expect(maskPassport('123456789')).toBe('•••••789')
    const shown = forScreen({
      role: 'patient',
      name: 'Salma Haddad',
      nationality: 'JO',
      passportNumber: 'N1234567',
      passportExpiry: '2030-05-01' as CalendarDate,
    })
    expect(JSON.stringify(shown)).not.toContain('1234567')
    expect(shown.passportMasked).toBe('•••••567')
  })
})

describe('taking a traveller off the list', () => {
  test('is allowed until the hospital is asked for the letter that names them', () => {
    expect(mayRemoveTraveller(false)).toEqual({ ok: true, value: null })
    expect(mayRemoveTraveller(true)).toEqual({ ok: false, error: { code: 'traveller.letter-asked' } })
  })
})

describe('a passport the visa wants valid for six more months', () => {
  test('is refused when it runs out sooner, with the day it must reach', () => {
    const from = '2026-12-06' as CalendarDate
    const checked = checkTraveller(input({ passportExpiry: '2027-04-01' }), {
      ...context(),
      sixMonthsFrom: from,
    })
    expect(checked).toEqual({
      ok: false,
      error: [{ code: 'traveller.expires-within-six-months', field: 'passportExpiry', needed: '2027-06-06' }],
    })
    expect(
      checkTraveller(input({ passportExpiry: '2027-06-06' }), { ...context(), sixMonthsFrom: from }).ok,
    ).toBe(true)
  })

  test('six months on is the same day, or the last day of a shorter month', () => {
    expect(sixMonthsAfter('2026-08-31' as CalendarDate)).toBe('2027-02-28')
    expect(sixMonthsAfter('2027-08-31' as CalendarDate)).toBe('2028-02-29')
    expect(sixMonthsAfter('2026-12-06' as CalendarDate)).toBe('2027-06-06')
  })
})
