import { and, eq, inArray } from 'drizzle-orm'
import { appendAudit } from '../../audit/audit-log.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { user } from '../../db/schema/auth.ts'
import { caseDocument, caseMember, caseMessage, caseShare, patientCase } from '../../db/schema/cases.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'

/**
 * Erases an account. Cases the person owns (as patient or representative) are
 * crypto-shredded: the case key and every document key are destroyed, so the
 * sealed answers, messages and stored objects can never be read again, even
 * from a backup; the objects are then deleted. Help given to others' cases
 * ends. What must be kept is kept: the audit trail (identifiers and times, no
 * content), because it proves who accessed what.
 */
export async function eraseAccount(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'storage'>,
  actor: { id: UserId },
): Promise<{ casesErased: number }> {
  const { db } = deps
  const now = deps.clock.now()
  const owned = await db
    .select({ caseId: caseMember.caseId })
    .from(caseMember)
    .where(
      and(
        eq(caseMember.userId, actor.id),
        eq(caseMember.status, 'active'),
        inArray(caseMember.role, ['patient', 'representative']),
      ),
    )
  const caseIds = owned.map((o) => o.caseId)
  const objects = await db.transaction(async (tx) => {
    let keys: { storageKey: string }[] = []
    if (caseIds.length > 0) {
      keys = await tx
        .update(caseDocument)
        .set({ status: 'deleted', wrappedKey: null, meta: null })
        .where(inArray(caseDocument.caseId, caseIds))
        .returning({ storageKey: caseDocument.storageKey })
      await tx.delete(caseMessage).where(inArray(caseMessage.caseId, caseIds))
      await tx
        .update(caseShare)
        .set({ status: 'withdrawn', documentIds: [], sections: [], changedAt: now })
        .where(inArray(caseShare.caseId, caseIds))
      await tx
        .update(caseMember)
        .set({ status: 'revoked', inviteTokenHash: null, revokedAt: now })
        .where(inArray(caseMember.caseId, caseIds))
      await tx
        .update(patientCase)
        .set({
          wrappedKey: null,
          answers: null,
          erasedAt: now,
          stage: 'withdrawn',
          updatedAt: now,
        })
        .where(inArray(patientCase.id, caseIds))
    }
    await tx
      .update(caseMember)
      .set({ status: 'revoked', inviteTokenHash: null, revokedAt: now })
      .where(eq(caseMember.userId, actor.id))
    for (const caseId of caseIds) {
      await appendAudit(tx, {
        actorUserId: actor.id,
        action: 'case.erased',
        subjectType: 'case',
        subjectId: caseId,
      })
    }
    await appendAudit(tx, {
      actorUserId: actor.id,
      action: 'account.erased',
      subjectType: 'user',
      subjectId: actor.id,
    })
    // Sessions, passwords and passkeys go with the user row (foreign keys cascade).
    await tx.delete(user).where(eq(user.id, actor.id))
    return keys
  })
  for (const o of objects) await deps.storage.delete(o.storageKey).catch(() => {})
  return { casesErased: caseIds.length }
}
