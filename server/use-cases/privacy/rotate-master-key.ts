import { isNotNull } from 'drizzle-orm'
import { eq } from 'drizzle-orm'
import { appendAudit } from '../../audit/audit-log.ts'
import type { Db } from '../../db/client.ts'
import { caseDocument, patientCase } from '../../db/schema/cases.ts'
import { rewrapKey } from '../../documents/envelope.ts'

/**
 * Master-key rotation: every document key and case key is unwrapped with the
 * old master key and wrapped with the new one, in one transaction. Documents
 * and sealed answers are not touched (envelope encryption), so rotation takes
 * seconds whatever the volume of records. Run with the server stopped, then
 * start it with the new key.
 */
export async function rotateMasterKey(
  db: Db,
  oldMaster: Buffer,
  newMaster: Buffer,
): Promise<{ cases: number; documents: number }> {
  return db.transaction(async (tx) => {
    const cases = await tx
      .select({ id: patientCase.id, wrappedKey: patientCase.wrappedKey })
      .from(patientCase)
      .where(isNotNull(patientCase.wrappedKey))
      .for('update')
    for (const c of cases) {
      await tx
        .update(patientCase)
        .set({ wrappedKey: rewrapKey(c.wrappedKey!, oldMaster, newMaster) })
        .where(eq(patientCase.id, c.id))
    }
    const docs = await tx
      .select({ id: caseDocument.id, wrappedKey: caseDocument.wrappedKey })
      .from(caseDocument)
      .where(isNotNull(caseDocument.wrappedKey))
      .for('update')
    for (const d of docs) {
      await tx
        .update(caseDocument)
        .set({ wrappedKey: rewrapKey(d.wrappedKey!, oldMaster, newMaster) })
        .where(eq(caseDocument.id, d.id))
    }
    await appendAudit(tx, {
      actorUserId: null,
      action: 'keys.rotated',
      subjectType: 'installation',
      subjectId: 'master-key',
      details: { cases: cases.length, documents: docs.length },
    })
    return { cases: cases.length, documents: docs.length }
  })
}
