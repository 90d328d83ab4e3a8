import { describe, expect, test } from 'vitest'
import {
  checkApplication,
  decideApplicant,
  providerSlug,
  type ApplicationInput,
} from './clinic-application.ts'

const good: ApplicationInput = {
  name: 'Sahyadri Neuro Centre',
  kind: 'hospital',
  country: 'IN',
  city: 'Pune',
  address: '12 Karve Road, Pune 411004',
  registrationNumber: 'MH/PMC/2019/0042',
  contactEmail: ' Desk@Sahyadri.Example ',
  contactPhone: '+91 20 5555 0100',
  languages: ['en', 'hi', 'en'],
  internationalDesk: 'yes',
  timeZone: 'Asia/Calcutta',
}

const codesOf = (input: ApplicationInput) => {
  const r = checkApplication(input)
  return r.ok ? [] : r.error.map((p) => `${p.field}:${p.code}`)
}

describe('a clinic application', () => {
  test('a complete application is accepted, tidied', () => {
    expect(checkApplication(good)).toEqual({
      ok: true,
      value: {
        name: 'Sahyadri Neuro Centre',
        kind: 'hospital',
        countryCode: 'IN',
        city: 'Pune',
        address: '12 Karve Road, Pune 411004',
        registrationNumber: 'MH/PMC/2019/0042',
        contactEmail: 'desk@sahyadri.example',
        contactPhone: '+91 20 5555 0100',
        languages: ['en', 'hi'],
        internationalDesk: true,
        // The zone under its current IANA name.
        timeZone: 'Asia/Kolkata',
      },
    })
  })

  test('an empty form names every field that needs an answer', () => {
    expect(codesOf({})).toEqual([
      'name:onboarding.missing',
      'kind:onboarding.choose',
      'country:onboarding.choose',
      'city:onboarding.missing',
      'address:onboarding.missing',
      'registrationNumber:onboarding.missing',
      'contactEmail:onboarding.missing',
      'contactPhone:onboarding.missing',
      'languages:onboarding.choose',
      'internationalDesk:onboarding.choose',
      'timeZone:onboarding.missing',
    ])
  })

  test.each([
    [{ contactEmail: 'desk at clinic' }, 'contactEmail:onboarding.email-invalid'],
    [{ contactPhone: '12345' }, 'contactPhone:onboarding.phone-invalid'],
    [{ contactPhone: '+91 abc 5555' }, 'contactPhone:onboarding.phone-invalid'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone:onboarding.time-zone-invalid'],
    [{ timeZone: '+05:30' }, 'timeZone:onboarding.time-zone-invalid'],
    [{ country: 'XX' }, 'country:onboarding.choose'],
    [{ kind: 'spa' }, 'kind:onboarding.choose'],
    [{ languages: ['en', 'klingon'] }, 'languages:onboarding.choose'],
    [{ name: 'x'.repeat(201) }, 'name:onboarding.too-long'],
    [{ internationalDesk: 'maybe' }, 'internationalDesk:onboarding.choose'],
  ] as const)('%o is refused on its field', (change, expected) => {
    expect(codesOf({ ...good, ...change })).toEqual([expected])
  })
})

describe('who may apply', () => {
  test('a patient account on no case may, and becomes clinic staff', () => {
    expect(decideApplicant({ role: 'patient', onCases: false })).toEqual({
      ok: true,
      value: { becomesStaff: true },
    })
  })
  test('clinic staff may apply for another clinic and stay staff', () => {
    expect(decideApplicant({ role: 'clinic-staff', onCases: false })).toEqual({
      ok: true,
      value: { becomesStaff: false },
    })
  })
  test.each([
    ['patient', true],
    ['caregiver', false],
    ['coordinator', false],
    ['reviewer', false],
    ['admin', false],
  ] as const)('a %s account (on a case: %s) may not', (role, onCases) => {
    expect(decideApplicant({ role, onCases })).toEqual({
      ok: false,
      error: { code: 'onboarding.account-in-use' },
    })
  })
})

describe('a clinic’s slug', () => {
  test.each([
    ['Sahyadri Neuro Centre', 'sahyadri-neuro-centre-ab12'],
    ['  Clínica São José — Lisboa ', 'clinica-sao-jose-lisboa-ab12'],
    ['مستشفى النور', 'clinic-ab12'],
    ['---', 'clinic-ab12'],
  ])('%s → %s', (name, slug) => {
    expect(providerSlug(name, 'ab12')).toBe(slug)
  })
  test('a long name is cut at a word boundary without a trailing dash', () => {
    const slug = providerSlug(`${'a'.repeat(59)} b`, 'ab12')
    expect(slug).toBe(`${'a'.repeat(59)}-ab12`)
  })
})
