// Nothing a clinic submits is public until a reviewer approves it (issue 16,
// ADR 0052). A clinic, each credential and each offer carries one of these.
// `withdrawn` is the clinic's own act on a credential or an offer (ADR 0070):
// it is off public pages and out of the reviewers' queues until the clinic
// sends it again, which puts it back to `pending`.
export const reviewStatuses = ['pending', 'approved', 'rejected', 'changes-requested', 'withdrawn'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return typeof value === 'string' && (reviewStatuses as readonly string[]).includes(value)
}

/** What a reviewer decides about one submitted item. */
export const reviewDecisions = ['approve', 'reject', 'request-changes'] as const
export type ReviewDecision = (typeof reviewDecisions)[number]

/** What a review is about. `change` is an edit to something already public. */
export const reviewSubjects = ['provider', 'credential', 'offer'] as const
export type ReviewSubject = (typeof reviewSubjects)[number]

/**
 * Why a reviewer rejected an item or asked for changes: a code the clinic
 * reads in its own language (`review.reason.<code>`), beside the reviewer's note.
 */
export const reviewReasonCodes = [
  'document-unreadable',
  'document-does-not-match',
  'credential-expired',
  'not-found-in-registry',
  'trial-does-not-match',
  'listing-policy',
  'missing-information',
  'other',
] as const
export type ReviewReasonCode = (typeof reviewReasonCodes)[number]

export function isReviewReasonCode(value: unknown): value is ReviewReasonCode {
  return typeof value === 'string' && (reviewReasonCodes as readonly string[]).includes(value)
}
