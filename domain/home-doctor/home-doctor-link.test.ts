import { describe, expect, test } from 'vitest'
import {
  MAX_LIVE_LINKS,
  birthYearOf,
  decideNewLink,
  expiryOf,
  isTokenShaped,
  parseNewLink,
  standingOf,
} from './home-doctor-link.ts'

const now = new Date('2027-01-10T09:00:00Z')

describe('a new home doctor link', () => {
  test.each([7, 30, 90])('lives %i days, to the millisecond', (days) => {
    const parsed = parseNewLink({ doctor: '  Dr  Martin, Lyon ', days: String(days) })
    expect(parsed).toEqual({ ok: true, value: { doctor: 'Dr Martin, Lyon', days } })
    expect(expiryOf(now, days as 7 | 30 | 90).getTime() - now.getTime()).toBe(days * 86_400_000)
  })

  test.each(['', '1', '365', 'forever', '30.0'])('refuses a lifetime of %j', (days) => {
    expect(parseNewLink({ doctor: 'Dr Martin', days })).toEqual({
      ok: false,
      error: [{ code: 'home-doctor.lifetime-invalid', field: 'days' }],
    })
  })

  test('needs the doctor named, in at most 120 characters, and says every problem at once', () => {
    expect(parseNewLink({ doctor: '   ', days: '' })).toEqual({
      ok: false,
      error: [
        { code: 'home-doctor.doctor-missing', field: 'doctor' },
        { code: 'home-doctor.lifetime-invalid', field: 'days' },
      ],
    })
    expect(parseNewLink({ doctor: 'د'.repeat(121), days: '7' })).toMatchObject({
      ok: false,
      error: [{ code: 'home-doctor.doctor-too-long', max: 120 }],
    })
    expect(parseNewLink({ doctor: 'د'.repeat(120), days: '7' }).ok).toBe(true)
  })

  test('only the patient or a representative may make one, and only a few at once', () => {
    expect(decideNewLink('patient', 0)).toEqual({ ok: true, value: null })
    expect(decideNewLink('representative', MAX_LIVE_LINKS - 1).ok).toBe(true)
    expect(decideNewLink('caregiver', 0)).toEqual({ ok: false, error: { code: 'home-doctor.not-allowed' } })
    expect(decideNewLink('patient', MAX_LIVE_LINKS)).toMatchObject({
      ok: false,
      error: { code: 'home-doctor.too-many-live' },
    })
  })
})

describe('where a link stands', () => {
  const expiresAt = new Date('2027-01-17T09:00:00Z')
  test('works until the instant it expires, then no more', () => {
    expect(standingOf({ expiresAt, revokedAt: null }, new Date(expiresAt.getTime() - 1))).toBe('live')
    expect(standingOf({ expiresAt, revokedAt: null }, expiresAt)).toBe('expired')
  })
  test('a revoked link stays revoked, even before its expiry', () => {
    expect(standingOf({ expiresAt, revokedAt: now }, now)).toBe('revoked')
  })
})

test('a token is 43 base64url characters; anything else is never looked up', () => {
  expect(isTokenShaped('a'.repeat(43))).toBe(true)
  expect(isTokenShaped('a'.repeat(42))).toBe(false)
  expect(isTokenShaped(`${'a'.repeat(42)}/`)).toBe(false)
})

test('the doctor sees the birth year only', () => {
  expect(birthYearOf('1961-04-23')).toBe('1961')
  expect(birthYearOf(undefined)).toBeNull()
  expect(birthYearOf('23/04/1961')).toBeNull()
})
