import { referralStatuses, type ReferralStatus } from './referral.ts'

// Whose move it is on a referral: the coordinator's "waiting on clinic /
// patient" filters, the clinic inbox's tabs and the overdue marks read this.
export type WaitingOn = 'clinic' | 'family' | 'nobody'

export function waitingOn(status: ReferralStatus): WaitingOn {
  switch (status) {
    case 'sent':
    case 'opened':
    case 'evaluating':
    case 'information-provided':
      return 'clinic'
    case 'information-requested':
    case 'plan-proposed':
      return 'family'
    case 'accepted':
    case 'not-eligible':
    case 'declined-by-clinic':
    case 'declined-by-patient':
    case 'expired':
    case 'withdrawn':
    case 'closed':
      return 'nobody'
  }
}

/** The statuses in which a referral waits on one side: what the queue's SQL filters on. */
export function statusesWaitingOn(side: WaitingOn): ReferralStatus[] {
  return referralStatuses.filter((s) => waitingOn(s) === side)
}

/** The date a clinic's answer is due, while the move is the clinic's; null once it has answered. */
export function clinicAnswerDue(status: ReferralStatus, answerDueAt: Date): Date | null {
  return waitingOn(status) === 'clinic' ? answerDueAt : null
}

/** A clinic's answer is overdue while the move is the clinic's and its answer date has passed. */
export function answerOverdue(status: ReferralStatus, answerDueAt: Date, now: Date): boolean {
  const due = clinicAnswerDue(status, answerDueAt)
  return due !== null && due.getTime() < now.getTime()
}

/**
 * The clinic's clock stops while it waits on the family: when a step hands the
 * move back to the clinic (the family answered its question), its answer date
 * moves on by as long as the family took, so an answer that came late does not
 * make the clinic overdue the moment it arrives.
 */
export function answerDueAfterStep(
  from: { status: ReferralStatus; answerDueAt: Date; statusChangedAt: Date },
  to: ReferralStatus,
  now: Date,
): Date {
  if (waitingOn(from.status) !== 'family' || waitingOn(to) !== 'clinic') return from.answerDueAt
  const waited = Math.max(0, now.getTime() - from.statusChangedAt.getTime())
  return new Date(from.answerDueAt.getTime() + waited)
}
