import type { StoredReason } from '#domain/listing/types.ts'
import {
  approvalsNeeded,
  currentApprovers,
  isCellBasedOffer,
  wasApprovedBefore,
  type ReviewItem,
} from '#domain/review/decide-review.ts'
import { queueOf, reviewQueues, type ReviewQueue } from '#domain/review/review-queues.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { decisionsOn, pendingItems, type PendingRow } from '../../stores/review-store.ts'

// What waits for a reviewer, by queue, oldest first, each item with the
// policy's verdict and reasons (offers) and how many approvals it has.
type QueueDeps = Pick<CaseDeps, 'db'>

export type QueueItem = {
  subject: PendingRow['subject']
  id: string
  label: string
  kind: string | null
  providerName: string
  clinicStatus: PendingRow['clinicStatus']
  submittedAt: string | null
  verdict: string | null
  reasons: StoredReason[]
  approvals: number
  needed: number
}

export type ReviewQueues = { counts: Record<ReviewQueue, number>; items: Record<ReviewQueue, QueueItem[]> }

/** Every queue at once: the pages show all four counts, and the pending items are few. */
export async function reviewQueuesNow(deps: QueueDeps): Promise<ReviewQueues> {
  const rows = await pendingItems(deps.db)
  const decisions = await decisionsOn(deps.db, rows)
  const items = Object.fromEntries(reviewQueues.map((q) => [q, [] as QueueItem[]])) as ReviewQueues['items']
  for (const row of rows) {
    const reasons = row.reasons as StoredReason[]
    const item: ReviewItem =
      row.subject === 'offer'
        ? {
            subject: 'offer',
            verdict: row.verdict ?? '',
            cellBased: isCellBasedOffer({ treatmentClass: row.treatmentClass ?? '', reasons }),
            clinicStatus: row.clinicStatus,
          }
        : { subject: 'provider' }
    const needed = approvalsNeeded(item)
    const past = decisions.get(`${row.subject}:${row.id}`) ?? []
    const submittedAt = row.subject === 'offer' ? row.submittedAt : null
    items[queueOf(row.subject, wasApprovedBefore(past, needed, submittedAt))].push({
      subject: row.subject,
      id: row.id,
      label: row.label,
      kind: row.kind,
      providerName: row.providerName,
      clinicStatus: row.clinicStatus,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      verdict: row.verdict,
      reasons,
      approvals: currentApprovers(past, needed, submittedAt).length,
      needed,
    })
  }
  const counts = Object.fromEntries(reviewQueues.map((q) => [q, items[q].length])) as ReviewQueues['counts']
  return { counts, items }
}
