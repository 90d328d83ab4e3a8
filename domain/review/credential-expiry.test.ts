import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import {
  clinicToday,
  credentialsDueForReverification,
  decideCredentialExpiry,
  expiredOn,
  standingOn,
  type ExpiringCredential,
} from './credential-expiry.ts'

const day = (d: string) => d as CalendarDate
const sent = new Date('2027-01-01T00:00:00Z')
const aCredential = (change: Partial<ExpiringCredential> = {}): ExpiringCredential => ({
  validTo: '2027-06-30',
  standing: 'current',
  reminded60At: null,
  reminded14At: null,
  ...change,
})

describe('the daily expiry decision', () => {
  test.each([
    ['2027-04-30', { action: 'none' }],
    ['2027-05-01', { action: 'remind', days: 60, daysLeft: 60 }],
    ['2027-06-15', { action: 'remind', days: 60, daysLeft: 15 }],
    ['2027-06-16', { action: 'remind', days: 14, daysLeft: 14 }],
    ['2027-06-30', { action: 'remind', days: 14, daysLeft: 0 }],
    ['2027-07-01', { action: 'expire', expiredOn: '2027-07-01' }],
  ])('with no reminder sent, on %s', (today, expected) => {
    expect(decideCredentialExpiry(aCredential(), day(today))).toEqual(expected)
  })

  test('each reminder goes once', () => {
    expect(decideCredentialExpiry(aCredential({ reminded60At: sent }), day('2027-05-20'))).toEqual({
      action: 'none',
    })
    expect(
      decideCredentialExpiry(aCredential({ reminded60At: sent, reminded14At: sent }), day('2027-06-29')),
    ).toEqual({ action: 'none' })
  })

  test('a 60-day reminder not yet sent is not sent after the 14-day one', () => {
    expect(decideCredentialExpiry(aCredential({ reminded14At: sent }), day('2027-06-20'))).toEqual({
      action: 'none',
    })
  })

  test('the last valid day is still valid; the day after it expires, even with no reminder sent', () => {
    expect(decideCredentialExpiry(aCredential({ reminded14At: sent }), day('2027-06-30')).action).toBe('none')
    expect(decideCredentialExpiry(aCredential(), day('2027-08-15'))).toEqual({
      action: 'expire',
      expiredOn: '2027-07-01',
    })
  })

  test('an expired credential, or one without an end date, is left alone', () => {
    expect(decideCredentialExpiry(aCredential({ standing: 'expired' }), day('2027-08-01')).action).toBe(
      'none',
    )
    expect(decideCredentialExpiry(aCredential({ validTo: null }), day('2027-08-01')).action).toBe('none')
    expect(decideCredentialExpiry(aCredential({ validTo: '2027-02-30' }), day('2027-08-01')).action).toBe(
      'none',
    )
  })
})

describe('today where the clinic is', () => {
  test('Kolkata has started the next day while London has not', () => {
    const at = new Date('2027-06-30T20:00:00Z')
    expect(clinicToday(at, 'Asia/Kolkata')).toBe('2027-07-01')
    expect(clinicToday(at, 'Europe/London')).toBe('2027-06-30')
  })

  test('no zone, or one unknown, is UTC', () => {
    const at = new Date('2027-06-30T23:30:00Z')
    expect(clinicToday(at, null)).toBe('2027-06-30')
    expect(clinicToday(at, 'Mars/Olympus')).toBe('2027-06-30')
  })

  test('a credential expires on the day after its last valid day, across months and leap years', () => {
    expect(expiredOn(day('2027-06-30'))).toBe('2027-07-01')
    expect(expiredOn(day('2028-02-28'))).toBe('2028-02-29')
    expect(expiredOn(day('2027-12-31'))).toBe('2028-01-01')
  })
})

describe('what a public page says', () => {
  test('expired from the day after the last valid day, before the job has run', () => {
    expect(standingOn({ validTo: '2027-06-30', standing: 'current' }, day('2027-06-30'))).toEqual({
      standing: 'current',
    })
    expect(standingOn({ validTo: '2027-06-30', standing: 'current' }, day('2027-07-01'))).toEqual({
      standing: 'expired',
      expiredOn: '2027-07-01',
    })
  })

  test('expired when the job says so', () => {
    expect(standingOn({ validTo: '2027-06-30', standing: 'expired' }, day('2027-06-30'))).toEqual({
      standing: 'expired',
      expiredOn: '2027-07-01',
    })
  })
})

describe('re-verification', () => {
  const now = new Date('2027-06-01T10:00:00Z')
  const today = day('2027-06-01')
  const base = {
    kind: 'accreditation' as const,
    reference: 'JCI-1',
    validTo: '2028-01-01',
    standing: 'current' as const,
  }

  test('a credential verified 90 days ago holds; one day more and it is due', () => {
    const ninety = new Date(now.getTime() - 90 * 86_400_000)
    const more = new Date(ninety.getTime() - 60_000)
    expect(credentialsDueForReverification([{ ...base, id: 'a', verifiedAt: ninety }], now, today)).toEqual(
      [],
    )
    expect(credentialsDueForReverification([{ ...base, id: 'b', verifiedAt: more }], now, today)).toEqual([
      { ...base, id: 'b', verifiedAt: more, reason: 'verification-stale' },
    ])
  })

  test('an expired credential is due whenever it was verified', () => {
    const due = credentialsDueForReverification(
      [{ ...base, id: 'c', validTo: '2027-05-31', verifiedAt: now }],
      now,
      today,
    )
    expect(due.map((d) => d.reason)).toEqual(['expired'])
  })

  test('an approved credential nobody recorded verifying is due', () => {
    const due = credentialsDueForReverification([{ ...base, id: 'd', verifiedAt: null }], now, today)
    expect(due.map((d) => d.reason)).toEqual(['never-verified'])
  })
})
