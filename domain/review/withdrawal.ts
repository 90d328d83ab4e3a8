import { err, ok, type Result } from '../shared/result.ts'
import type { ReviewStatus } from './review-status.ts'

// A clinic withdraws one of its offers or credentials (issue 16, ADR 0070).
// Whatever its review status, it becomes `withdrawn`: off public pages and out
// of the reviewers' queues at once. Only sending it again (a change, through
// the same form) brings it back, as `pending`, for a reviewer to approve.

export type WithdrawalRefusal = { code: 'withdrawal.already-withdrawn' }

export type Withdrawal = {
  /** Whether it was public (or relied on) before: then every instance must purge at once. */
  wasApproved: boolean
}

export function decideWithdrawal(status: ReviewStatus): Result<Withdrawal, WithdrawalRefusal> {
  if (status === 'withdrawn') return err({ code: 'withdrawal.already-withdrawn' })
  return ok({ wasApproved: status === 'approved' })
}
