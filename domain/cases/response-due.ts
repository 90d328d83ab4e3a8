// The promise to families: a first answer within two working days of sending
// the case (Saturdays and Sundays do not count). Time zones are the shell's
// concern; this counts whole UTC days.
export const RESPONSE_WORKING_DAYS = 2

export function responseDue(submittedAt: Date, workingDays = RESPONSE_WORKING_DAYS): Date {
  const due = new Date(submittedAt.getTime())
  let left = workingDays
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1)
    const day = due.getUTCDay()
    if (day !== 0 && day !== 6) left--
  }
  return due
}
