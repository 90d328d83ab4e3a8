import { expect, test } from 'vitest'
import { decideProcessingConsent, mayDecideConsent } from './processing-consent.ts'

const patient = { role: 'patient', confirmedWithdrawal: false } as const

test('consent is given only with the box ticked', () => {
  expect(decideProcessingConsent({ ...patient, withdraw: false, agreed: true })).toEqual({
    ok: true,
    value: { given: true },
  })
  expect(decideProcessingConsent({ ...patient, withdraw: false, agreed: false })).toEqual({
    ok: false,
    error: { code: 'consent.not-given' },
  })
})

test('withdrawing ends every clinic’s access, so it is said in a ticked box too', () => {
  expect(decideProcessingConsent({ ...patient, withdraw: true, agreed: false })).toEqual({
    ok: false,
    error: { code: 'consent.withdraw-not-confirmed', field: 'confirm-withdraw' },
  })
  expect(
    decideProcessingConsent({
      role: 'representative',
      withdraw: true,
      agreed: false,
      confirmedWithdrawal: true,
    }),
  ).toEqual({ ok: true, value: { given: false } })
})

test('a caregiver helping with the case neither gives nor withdraws the patient’s consent', () => {
  for (const withdraw of [true, false])
    expect(
      decideProcessingConsent({ role: 'caregiver', withdraw, agreed: true, confirmedWithdrawal: true }),
    ).toEqual({ ok: false, error: { code: 'consent.not-yours' } })
  expect(mayDecideConsent('caregiver')).toBe(false)
  expect(mayDecideConsent('patient')).toBe(true)
  expect(mayDecideConsent('representative')).toBe(true)
})
