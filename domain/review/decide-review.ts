import type { Role } from '../accounts/roles.ts'
import { isPublicVerdict } from '../listing/public-verdicts.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { CredentialKind, VerificationMethod } from './credentials.ts'
import type { ReviewDecision, ReviewReasonCode, ReviewStatus } from './review-status.ts'

// A reviewer's decision on one thing a clinic submitted (issue 16, ADR 0052,
// ADR 0054). Pure: the shell loads the item, its earlier decisions and who the
// reviewer works for, and persists what this returns. Nobody reviews their own
// clinic; nobody counts twice; the listing policy cannot be overruled by an
// approval; a cell-based offer needs two different reviewers.

/** The policy's reasons that say an offer is, or may be, a cell-based intervention whatever its class. */
const cellBasedReasonCodes = ['offer.cell-product-in-text', 'review.cell-product-named']

/** Whether an offer needs two reviewers: filed as cell-based, or judged (or suspected) one by the policy. */
export function isCellBasedOffer(offer: {
  treatmentClass: string
  reasons: readonly { code: string }[]
}): boolean {
  return (
    offer.treatmentClass === 'cell-based-intervention' ||
    offer.reasons.some((r) => cellBasedReasonCodes.includes(r.code))
  )
}

export type ReviewItem =
  | { subject: 'provider' }
  | {
      subject: 'credential'
      kind: CredentialKind
      /** The first and last days it is valid (ISO dates), when the clinic gave them. */
      validFrom: string | null
      validTo: string | null
      clinicStatus: ReviewStatus
    }
  | { subject: 'offer'; verdict: string; cellBased: boolean; clinicStatus: ReviewStatus }

export type ReviewCase = {
  item: ReviewItem
  providerId: string
  status: ReviewStatus
  /** The item's last submission by the clinic; decisions before it were about an earlier version. */
  submittedAt: Date | null
  /** Every decision ever recorded on the item, oldest first. */
  decisions: readonly PastDecision[]
}

export type PastDecision = { decision: ReviewDecision; reviewerId: string; decidedAt: Date }

/** Who decides: their account's role, and the clinics whose staff they are (never judged by them). */
export type Reviewer = { id: string; role: Role; providerIds: readonly string[] }

export type DecisionInput = {
  decision: ReviewDecision
  reasonCode: ReviewReasonCode | null
  note: string
  evidence: string
  verificationMethod: VerificationMethod | null
  /** How many decisions the page showed: another reviewer's decision since then makes this one stale. */
  seenDecisions: number
}

export type ReviewRefusal =
  | { code: 'review.own-clinic' }
  | { code: 'review.reviewers-only'; field: 'decision' }
  | { code: 'review.already-approved' }
  | { code: 'review.policy-blocked'; verdict: string }
  | { code: 'review.clinic-not-approved' }
  | { code: 'review.stale' }
  | { code: 'review.not-pending'; status: ReviewStatus }
  | { code: 'review.reason-required'; field: 'reasonCode' }
  | { code: 'review.note-required'; field: 'note' }
  | { code: 'review.method-required'; field: 'verificationMethod' }
  | { code: 'review.credential-expired'; field: 'decision' }
  | { code: 'review.dates-missing'; field: 'decision' }

export type ReviewOutcome = {
  status: ReviewStatus
  /** Distinct reviewers who approved this version, this decision included, and how many it needs. */
  approvals: number
  needed: number
  /** Whether the decision settled the item, so the clinic hears of it (a first of two approvals does not). */
  settled: boolean
}

/** Two reviewers for a cell-based offer, one for anything else. */
export function approvalsNeeded(item: ReviewItem): number {
  return item.subject === 'offer' && item.cellBased ? 2 : 1
}

/**
 * The reviewers who approved the version under review: decisions after the
 * clinic's last submission, since the last decision that settled the item
 * (a rejection, a request for changes, or the approval that made it approved).
 */
export function currentApprovers(
  decisions: readonly PastDecision[],
  needed: number,
  submittedAt: Date | null,
): string[] {
  let approvers: string[] = []
  for (const d of decisions) {
    if (submittedAt && d.decidedAt.getTime() < submittedAt.getTime()) continue
    if (d.decision !== 'approve') {
      approvers = []
      continue
    }
    if (!approvers.includes(d.reviewerId)) approvers.push(d.reviewerId)
    if (approvers.length >= needed) approvers = []
  }
  return approvers
}

/** Whether the item was approved before in an earlier version (a change, for the "changes" queue). */
export function wasApprovedBefore(
  decisions: readonly PastDecision[],
  needed: number,
  submittedAt: Date | null,
): boolean {
  const earlier = submittedAt
    ? decisions.filter((d) => d.decidedAt.getTime() < submittedAt.getTime())
    : decisions
  let approvers = new Set<string>()
  for (const d of earlier) {
    if (d.decision !== 'approve') approvers = new Set()
    else if (approvers.add(d.reviewerId).size >= needed) return true
  }
  return false
}

export function decideReview(
  current: ReviewCase,
  reviewer: Reviewer,
  input: DecisionInput,
  today: string,
): Result<ReviewOutcome, ReviewRefusal> {
  // Staff of the clinic never judge its submissions, whatever the decision.
  if (reviewer.providerIds.includes(current.providerId)) return err({ code: 'review.own-clinic' })
  if (input.seenDecisions !== current.decisions.length) return err({ code: 'review.stale' })
  if (current.status !== 'pending') return err({ code: 'review.not-pending', status: current.status })
  const needed = approvalsNeeded(current.item)
  const approvers = currentApprovers(current.decisions, needed, current.submittedAt)
  if (input.decision !== 'approve') {
    if (input.reasonCode === null) return err({ code: 'review.reason-required', field: 'reasonCode' })
    // "See the reviewer's note" with no note leaves the clinic nothing to act on.
    if (input.reasonCode === 'other' && input.note.trim() === '')
      return err({ code: 'review.note-required', field: 'note' })
    const status: ReviewStatus = input.decision === 'reject' ? 'rejected' : 'changes-requested'
    return ok({ status, approvals: 0, needed, settled: true })
  }
  if (approvers.includes(reviewer.id)) return err({ code: 'review.already-approved' })
  // The two approvals a cell-based offer needs are trust and safety reviewers':
  // an administrator, who may enter the console to support it, does not count as one.
  if (needed > 1 && reviewer.role !== 'reviewer')
    return err({ code: 'review.reviewers-only', field: 'decision' })
  const { item } = current
  if (item.subject !== 'provider' && item.clinicStatus !== 'approved')
    return err({ code: 'review.clinic-not-approved' })
  if (item.subject === 'offer' && !isPublicVerdict(item.verdict))
    return err({ code: 'review.policy-blocked', verdict: item.verdict })
  if (item.subject === 'credential') {
    if (input.verificationMethod === null)
      return err({ code: 'review.method-required', field: 'verificationMethod' })
    // An accreditation is shown with its validity and expires by it: it cannot be approved without one.
    if (item.kind === 'accreditation' && (item.validFrom === null || item.validTo === null))
      return err({ code: 'review.dates-missing', field: 'decision' })
    if (item.validTo !== null && item.validTo < today)
      return err({ code: 'review.credential-expired', field: 'decision' })
  }
  const approvals = approvers.length + 1
  const settled = approvals >= needed
  return ok({ status: settled ? 'approved' : 'pending', approvals, needed, settled })
}

/**
 * What a reviewer checked, as stored in a decision's evidence: the credential's
 * verification method first (a code the page shows in the reader's language),
 * then the reviewer's own words.
 */
export function evidenceText(method: VerificationMethod | null, text: string): string | null {
  const words = text.trim()
  if (method === null) return words === '' ? null : words
  return words === '' ? method : `${method}: ${words}`
}

export function readEvidence(stored: string | null): { method: VerificationMethod | null; text: string } {
  if (stored === null) return { method: null, text: '' }
  const match = /^(document-checked|registry-checked|public-directory-checked)(?::\s?([\s\S]*))?$/.exec(
    stored,
  )
  if (!match) return { method: null, text: stored }
  return { method: match[1] as VerificationMethod, text: match[2] ?? '' }
}
