import type { ReviewSubject } from './review-status.ts'

// The reviewer's queues (issue 16, ADR 0054): new clinics, new credentials and
// new offers, and changes, which are items a reviewer approved before that
// came back for review (the clinic edited them, or the policy judged them again).
export const reviewQueues = ['clinics', 'credentials', 'offers', 'changes'] as const
export type ReviewQueue = (typeof reviewQueues)[number]

export function isReviewQueue(value: unknown): value is ReviewQueue {
  return typeof value === 'string' && (reviewQueues as readonly string[]).includes(value)
}

const queueOfSubject: Record<ReviewSubject, ReviewQueue> = {
  provider: 'clinics',
  credential: 'credentials',
  offer: 'offers',
}

/** The queue a pending item waits in. */
export function queueOf(subject: ReviewSubject, approvedBefore: boolean): ReviewQueue {
  return approvedBefore ? 'changes' : queueOfSubject[subject]
}

/** A subject named in an address (`/reviewer/items/:subject/:id`), or null. */
export function parseReviewSubject(raw: string | undefined): ReviewSubject | null {
  return raw === 'provider' || raw === 'credential' || raw === 'offer' ? raw : null
}
