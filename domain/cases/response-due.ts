// The promise to families: a first answer within one working day of sending
// the case (Saturdays and Sundays do not count: a case sent at the weekend is
// counted from Monday 00:00, so a later sending never falls due earlier).
// Time zones are the shell's concern; this counts whole UTC days.
export const RESPONSE_WORKING_DAYS = 1

const DAY_MS = 24 * 60 * 60 * 1000

export function responseDue(submittedAt: Date, workingDays = RESPONSE_WORKING_DAYS): Date {
  const due = new Date(submittedAt.getTime())
  const weekday = due.getUTCDay()
  if (weekday === 6 || weekday === 0) {
    due.setUTCDate(due.getUTCDate() + (weekday === 6 ? 2 : 1))
    due.setUTCHours(0, 0, 0, 0)
  }
  let left = workingDays
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1)
    const day = due.getUTCDay()
    if (day !== 0 && day !== 6) left--
  }
  return due
}

/**
 * The queue's "overdue" as one comparison SQL can use: a case sent before
 * this instant is past its reply deadline at `now`. responseDue never falls
 * as the sending time grows, so the bound is found by halving an interval
 * that is certainly wide enough (a deadline is never more than a week away).
 */
export function sentBeforeIsOverdue(now: Date, workingDays = RESPONSE_WORKING_DAYS): Date {
  let late = now.getTime() - (workingDays + 7) * DAY_MS // its deadline has passed
  let onTime = now.getTime() // its deadline is still ahead
  while (onTime - late > 1) {
    const mid = Math.floor((late + onTime) / 2)
    if (responseDue(new Date(mid), workingDays).getTime() < now.getTime()) late = mid
    else onTime = mid
  }
  return new Date(onTime)
}
