import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { checkInvitationLetter, type LetterInput } from './invitation-letter.ts'
import type { Traveller } from './traveller.ts'
import { decideVisaStep, nextVisaSteps, stayOutlastsVisa } from './visa-status.ts'
import { indiaRules } from '#tests/fixtures/visa-rules.ts'

const expiry = '2030-01-01' as CalendarDate
const today = '2026-12-20' as CalendarDate
const travellers: Traveller[] = [
  {
    role: 'patient',
    name: 'Salma Haddad',
    nationality: 'JO',
    passportNumber: 'N1234567',
    passportExpiry: expiry,
  },
  {
    role: 'attendant',
    name: 'Karim Haddad',
    nationality: 'JO',
    passportNumber: 'P7654321',
    passportExpiry: expiry,
  },
  {
    role: 'attendant',
    name: 'Lina Haddad',
    nationality: 'JO',
    passportNumber: 'Q1112223',
    passportExpiry: expiry,
  },
]
const letter = (change: Partial<LetterInput> = {}): LetterInput => ({
  patientName: 'SALMA HADDAD',
  patientPassport: 'N123 4567',
  patientNationality: 'jo',
  attendants: [
    { name: 'Lina Haddad', passport: 'Q1112223' },
    { name: 'Karim Haddad', passport: 'P7654321' },
  ],
  treatment: 'Multidisciplinary ALS assessment and physiotherapy',
  arrival: '2027-01-10',
  departure: '2027-01-24',
  treatingDoctor: 'Dr A. Rao',
  prevalidationReference: 'MV-2027-0001',
  ...change,
})

describe('the invitation letter check', () => {
  test('a letter naming every traveller with every field passes, in any order of attendants', () => {
    const checked = checkInvitationLetter(letter(), travellers, indiaRules, today)
    expect(checked).toMatchObject({
      ok: true,
      value: { stayDays: 14, attendantNames: ['Karim Haddad', 'Lina Haddad'] },
    })
  })

  test('a letter that leaves out an attendant is refused on that attendant', () => {
    const checked = checkInvitationLetter(
      letter({ attendants: [{ name: 'Karim Haddad', passport: 'P7654321' }] }),
      travellers,
      indiaRules,
      today,
    )
    expect(checked).toEqual({
      ok: false,
      error: [{ code: 'letter.attendant-missing', field: 'attendants.1.name', position: 1 }],
    })
  })

  test('every missing field and every mismatch is refused on its field at once', () => {
    const checked = checkInvitationLetter(
      letter({
        patientPassport: 'N1234568',
        attendants: [
          { name: 'Karim Haddad', passport: 'P7654321' },
          { name: 'Lina Haddad', passport: 'Q0000000' },
          { name: 'Omar Stranger', passport: 'Z9999999' },
        ],
        treatment: ' ',
        departure: '2027-01-01',
        prevalidationReference: '',
      }),
      travellers,
      indiaRules,
      today,
    )
    expect(checked).toEqual({
      ok: false,
      error: [
        { code: 'letter.passport-differs', field: 'patientPassport' },
        { code: 'letter.passport-differs', field: 'attendants.1.passport' },
        { code: 'letter.attendant-unknown', field: 'attendants.2.name' },
        { code: 'letter.field-missing', field: 'treatment' },
        { code: 'letter.dates-reversed', field: 'departure' },
        { code: 'letter.field-missing', field: 'prevalidationReference' },
      ],
    })
  })

  test('a letter whose arrival has already gone by is refused on the arrival', () => {
    expect(checkInvitationLetter(letter({ arrival: '2026-12-19' }), travellers, indiaRules, today)).toEqual({
      ok: false,
      error: [{ code: 'letter.arrival-past', field: 'arrival' }],
    })
    expect(checkInvitationLetter(letter({ arrival: today }), travellers, indiaRules, today).ok).toBe(true)
  })

  test('no letter can be checked before the patient is added as a traveller', () => {
    expect(checkInvitationLetter(letter({ attendants: [] }), [], indiaRules, today)).toMatchObject({
      ok: false,
      error: [{ code: 'letter.no-patient', field: 'form' }],
    })
  })
})

describe('letter and visa status', () => {
  test('a letter is requested only for a listable offer, and only once', () => {
    expect(decideVisaStep(null, { type: 'request-letter', offerListable: false }, 'plan-accepted')).toEqual({
      ok: false,
      error: { code: 'visa.offer-not-listable' },
    })
    expect(decideVisaStep(null, { type: 'request-letter', offerListable: true }, 'plan-accepted')).toEqual({
      ok: true,
      value: 'requested',
    })
    expect(
      decideVisaStep('requested', { type: 'request-letter', offerListable: true }, 'plan-accepted'),
    ).toMatchObject({
      ok: false,
      error: { code: 'visa.already-requested' },
    })
  })

  test('the visa moves requested → checked → applied → granted or refused, and no step is skipped', () => {
    expect(decideVisaStep('requested', { type: 'upload-letter' }, 'plan-accepted')).toEqual({
      ok: true,
      value: 'checked',
    })
    expect(decideVisaStep('requested', { type: 'visa-applied' }, 'plan-accepted')).toMatchObject({
      ok: false,
    })
    expect(decideVisaStep('checked', { type: 'visa-applied' }, 'plan-accepted')).toEqual({
      ok: true,
      value: 'visa-applied',
    })
    expect(decideVisaStep('visa-applied', { type: 'visa-granted' }, 'plan-accepted')).toEqual({
      ok: true,
      value: 'granted',
    })
    expect(decideVisaStep('granted', { type: 'upload-letter' }, 'plan-accepted')).toMatchObject({ ok: false })
    expect(nextVisaSteps('visa-applied', 'travel-booked')).toEqual(['visa-granted', 'visa-refused'])
  })

  test('once treatment has begun, or the case has ended, nothing about the visa moves', () => {
    for (const stage of ['in-treatment', 'discharged', 'follow-up', 'closed', 'withdrawn'] as const) {
      expect(decideVisaStep('visa-applied', { type: 'visa-refused' }, stage)).toEqual({
        ok: false,
        error: { code: 'visa.closed', stage },
      })
      expect(decideVisaStep(null, { type: 'request-letter', offerListable: true }, stage)).toMatchObject({
        ok: false,
        error: { code: 'visa.closed' },
      })
      expect(nextVisaSteps('visa-applied', stage)).toEqual([])
    }
    expect(decideVisaStep('visa-applied', { type: 'visa-granted' }, 'travel-booked')).toEqual({
      ok: true,
      value: 'granted',
    })
  })

  test('a stay longer than the visa’s 60 days is flagged', () => {
    expect(stayOutlastsVisa(60, indiaRules)).toBe(false)
    expect(stayOutlastsVisa(61, indiaRules)).toBe(true)
  })
})
