import { calendarDateIn, daysBetween, parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import type { CredentialKind, CredentialStanding } from './credentials.ts'

// When an approved credential's validity runs out (issue 16, ADR 0057).
// `validTo` is the last day it is valid, as the listing policy reads an
// accreditation (`validTo >= today` is valid): it is expired from the next
// day, in the clinic's own time zone. The clinic is reminded 60 and then 14
// days ahead, each reminder once; a reviewer re-verifies every credential at
// least every 90 days, and before the clinic may send a quote.

export const reminderDays = [60, 14] as const
export type ReminderDays = (typeof reminderDays)[number]

/** A reviewer checks every approved credential again after this many days. */
export const REVERIFY_AFTER_DAYS = 90
const DAY_MS = 86_400_000

export type ExpiringCredential = {
  validTo: string | null
  standing: CredentialStanding
  reminded60At: Date | null
  reminded14At: Date | null
}

export type ExpiryDecision =
  | { action: 'none' }
  | { action: 'remind'; days: ReminderDays; daysLeft: number }
  | { action: 'expire'; expiredOn: CalendarDate }

/** "Today" where the clinic is; an unknown or missing zone reads as UTC, the policy's own. */
export function clinicToday(now: Date, timeZone: string | null): CalendarDate {
  if (timeZone) {
    try {
      return calendarDateIn(now, timeZone)
    } catch {
      // A zone this runtime does not know: fall through to UTC rather than skip the clinic.
    }
  }
  return calendarDateIn(now, 'UTC')
}

/** The first day a credential is no longer valid: the day after its last valid day. */
export function expiredOn(validTo: CalendarDate): CalendarDate {
  return new Date(Date.parse(`${validTo}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10) as CalendarDate
}

/**
 * What the daily job does with one approved credential today. The 14-day
 * reminder supersedes a 60-day one not yet sent (a credential approved 20
 * days before it ends gets one reminder, not two at once); an expired
 * credential gets no reminder, only its new standing.
 */
export function decideCredentialExpiry(c: ExpiringCredential, today: CalendarDate): ExpiryDecision {
  const validTo = parseCalendarDate(c.validTo)
  if (!validTo || c.standing !== 'current') return { action: 'none' }
  const daysLeft = daysBetween(today, validTo)
  if (daysLeft < 0) return { action: 'expire', expiredOn: expiredOn(validTo) }
  if (daysLeft <= 14) return c.reminded14At ? { action: 'none' } : { action: 'remind', days: 14, daysLeft }
  if (daysLeft <= 60) return c.reminded60At ? { action: 'none' } : { action: 'remind', days: 60, daysLeft }
  return { action: 'none' }
}

export type StandingOnProfile = { standing: 'current' } | { standing: 'expired'; expiredOn: CalendarDate }

/**
 * What a public page says about a credential today: expired as soon as its
 * last valid day has passed, even in the hours before the job records it.
 */
export function standingOn(
  c: { validTo: string | null; standing: CredentialStanding },
  today: CalendarDate,
): StandingOnProfile {
  const validTo = parseCalendarDate(c.validTo)
  if (validTo && (c.standing === 'expired' || validTo < today))
    return { standing: 'expired', expiredOn: expiredOn(validTo) }
  if (c.standing === 'expired') return { standing: 'expired', expiredOn: today }
  return { standing: 'current' }
}

export type ReverificationReason = 'expired' | 'verification-stale' | 'never-verified'

export type CredentialToReverify = {
  id: string
  kind: CredentialKind
  reference: string
  validTo: string | null
  standing: CredentialStanding
  verifiedAt: Date | null
}

/** Why a reviewer must check this approved credential again now, or null when it holds. */
export function reverificationReason(
  c: Pick<CredentialToReverify, 'validTo' | 'standing' | 'verifiedAt'>,
  now: Date,
  today: CalendarDate,
): ReverificationReason | null {
  if (standingOn(c, today).standing === 'expired') return 'expired'
  if (!c.verifiedAt) return 'never-verified'
  if (now.getTime() - c.verifiedAt.getTime() > REVERIFY_AFTER_DAYS * DAY_MS) return 'verification-stale'
  return null
}

/**
 * The credentials of a clinic that must be verified again before it may send
 * a quote: a family must never be quoted on the strength of a credential that
 * has lapsed or that nobody has looked at for 90 days.
 */
export function credentialsDueForReverification<C extends CredentialToReverify>(
  credentials: readonly C[],
  now: Date,
  today: CalendarDate,
): (C & { reason: ReverificationReason })[] {
  return credentials.flatMap((c) => {
    const reason = reverificationReason(c, now, today)
    return reason ? [{ ...c, reason }] : []
  })
}
