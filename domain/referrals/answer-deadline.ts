import { parseCalendarDate } from '../shared/calendar-date.ts'
import { asciiDigits } from '../shared/digits.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { ReferralStatus } from './referral.ts'
import { waitingOn } from './waiting-on.ts'

// The coordinator sets when a clinic's answer is due, per referral (3 working
// days by default, send-referrals.ts). A date, due by its end in UTC (the
// clinic and the coordinator may be in different zones; UTC is what the
// queue compares, and the page says so).
export const MAX_DEADLINE_DAYS = 60
const DAY_MS = 24 * 60 * 60 * 1000

export type AnswerDeadlineRefusal =
  | { code: 'deadline.invalid' }
  | { code: 'deadline.no-such-day' }
  | { code: 'deadline.past' }
  | { code: 'deadline.too-far'; max: number }
  | { code: 'referral.final' }
  | { code: 'deadline.clinic-answered' }

export function decideAnswerDeadline(
  status: ReferralStatus,
  raw: string,
  now: Date,
): Result<Date, AnswerDeadlineRefusal> {
  // Nothing more is expected of anyone on an accepted, closed or declined referral;
  // and once the clinic has answered (a plan, a question) the move is the family's.
  const side = waitingOn(status)
  if (side === 'nobody') return err({ code: 'referral.final' })
  if (side === 'family') return err({ code: 'deadline.clinic-answered' })
  const date = parseCalendarDate(raw.trim())
  // Written as asked but no day of the calendar (30 February): say that, not the format again.
  if (!date)
    return err({
      code: /^\d{4}-\d{2}-\d{2}$/.test(asciiDigits(raw.trim())) ? 'deadline.no-such-day' : 'deadline.invalid',
    })
  const due = new Date(`${date}T23:59:59.999Z`)
  if (due.getTime() < now.getTime()) return err({ code: 'deadline.past' })
  // Counted in days of the calendar, not hours from now: the 60th day is allowed whatever the time.
  const lastDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + MAX_DEADLINE_DAYS)
  if (due.getTime() >= lastDay + DAY_MS) return err({ code: 'deadline.too-far', max: MAX_DEADLINE_DAYS })
  return ok(due)
}
