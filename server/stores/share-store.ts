import { and, eq, sql } from 'drizzle-orm'
import type { ShareStatus } from '#domain/cases/case-consent.ts'
import type { CaseId, DocumentId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { caseShare } from '../db/schema/cases.ts'

// Consent to share, per provider: read by every clinic request, so a change
// here takes effect on the provider's next request.
export async function sharesOf(db: Db, caseId: CaseId) {
  return db.select().from(caseShare).where(eq(caseShare.caseId, caseId))
}

export async function saveShare(
  tx: Db,
  caseId: CaseId,
  share: {
    providerId: string
    status: ShareStatus
    documentIds: string[]
    sections: string[]
    changedByUserId: UserId
    changedAt: Date
  },
): Promise<void> {
  const { providerId, ...values } = share
  await tx
    .insert(caseShare)
    .values({ caseId, providerId, ...values })
    .onConflictDoUpdate({ target: [caseShare.caseId, caseShare.providerId], set: values })
}

/** Every provider loses access at once (consent to process withdrawn). */
export async function withdrawAllShares(tx: Db, caseId: CaseId, by: UserId, now: Date): Promise<void> {
  await tx
    .update(caseShare)
    .set({ status: 'withdrawn', documentIds: [], sections: [], changedByUserId: by, changedAt: now })
    .where(and(eq(caseShare.caseId, caseId), eq(caseShare.status, 'given')))
}

/** A deleted document is no longer shared with anyone. */
export async function unshareDocument(tx: Db, caseId: CaseId, documentId: DocumentId): Promise<void> {
  await tx
    .update(caseShare)
    .set({ documentIds: sql`array_remove(${caseShare.documentIds}, ${documentId})` })
    .where(eq(caseShare.caseId, caseId))
}
