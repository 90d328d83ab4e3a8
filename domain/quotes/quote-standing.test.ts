import { describe, expect, test } from 'vitest'
import type { ReferralStatus } from '../referrals/referral.ts'
import { quoteStanding } from './quote-standing.ts'

const quote = { validUntil: '2031-03-14', timeZone: 'Asia/Kolkata' }
// 2031-03-14 20:00 in Kolkata: the last valid day, still.
const lastDay = new Date('2031-03-14T14:30:00Z')
// 2031-03-15 00:30 in Kolkata, though still the 14th in UTC.
const dayAfter = new Date('2031-03-14T19:00:00Z')

describe('quoteStanding', () => {
  test.each<[ReferralStatus, string]>([
    ['accepted', 'accepted'],
    ['declined-by-patient', 'declined'],
    ['expired', 'expired'],
    ['closed', 'closed'],
    ['withdrawn', 'closed'],
  ])('a quote whose referral is %s stands %s', (status, standing) => {
    expect(quoteStanding(status, quote, lastDay)).toBe(standing)
  })

  test('a proposed quote is out until its last day ends where the clinic is', () => {
    expect(quoteStanding('plan-proposed', quote, lastDay)).toBe('sent')
    expect(quoteStanding('plan-proposed', quote, dayAfter)).toBe('expired')
  })

  test('an accepted quote never lapses', () => {
    expect(quoteStanding('accepted', quote, dayAfter)).toBe('accepted')
  })
})
