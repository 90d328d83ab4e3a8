import { calendarDateIn, type CalendarDate } from '../shared/calendar-date.ts'
import type { ReferralStatus } from '../referrals/referral.ts'

// Where a quote stands, in the words staff use of a price on the table: out
// and waiting for the family, accepted, turned down, lapsed, or closed because
// the family chose another clinic or the referral was withdrawn. A quote whose
// last valid day has ended where the clinic is reads as expired even before
// the daily job has moved its referral, so no page calls a dead price "sent".
export const quoteStandings = ['sent', 'accepted', 'declined', 'expired', 'closed'] as const
export type QuoteStanding = (typeof quoteStandings)[number]

export function quoteStanding(
  referralStatus: ReferralStatus,
  quote: { validUntil: CalendarDate | string; timeZone: string },
  now: Date,
): QuoteStanding {
  switch (referralStatus) {
    case 'plan-proposed':
      return calendarDateIn(now, quote.timeZone) > quote.validUntil ? 'expired' : 'sent'
    case 'accepted':
      return 'accepted'
    case 'declined-by-patient':
      return 'declined'
    case 'expired':
      return 'expired'
    default:
      return 'closed'
  }
}
