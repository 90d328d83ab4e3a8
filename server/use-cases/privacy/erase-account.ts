import { and, eq, inArray } from 'drizzle-orm'
import { appendAudit } from '../../audit/audit-log.ts'
import type { SessionUser } from '../../auth/session.ts'
import { user } from '../../db/schema/auth.ts'
import { caseDocument, caseMember, caseMessage, caseShare, patientCase } from '../../db/schema/cases.ts'
import type { Runtime } from '../../runtime.ts'

/**
 * Erases an account. Cases the person owns (as patient or representative) are
 * crypto-shredded: the case key and every document key are destroyed, so the
 * sealed answers, messages and stored objects can never be read again, even
 * from a backup; the objects are then deleted. Help given to others' cases
 * ends. What must be kept is kept: the audit trail (identifiers and times, no
 * content), because it proves who accessed what.
 */
export async function eraseAccount(rt: Runtime, actor: SessionUser): Promise<{ casesErased: number }> {
  const db = rt.database.db
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
        .set({ status: 'withdrawn', documentIds: [], sections: [], changedAt: new Date() })
        .where(inArray(caseShare.caseId, caseIds))
      await tx
        .update(caseMember)
        .set({ status: 'revoked', inviteTokenHash: null, revokedAt: new Date() })
        .where(inArray(caseMember.caseId, caseIds))
      await tx
        .update(patientCase)
        .set({
          wrappedKey: null,
          answers: null,
          erasedAt: new Date(),
          stage: 'withdrawn',
          updatedAt: new Date(),
        })
        .where(inArray(patientCase.id, caseIds))
    }
    await tx
      .update(caseMember)
      .set({ status: 'revoked', inviteTokenHash: null, revokedAt: new Date() })
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
  for (const o of objects) await rt.storage.delete(o.storageKey).catch(() => {})
  return { casesErased: caseIds.length }
}
