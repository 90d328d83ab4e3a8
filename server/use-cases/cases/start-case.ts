import { randomBytes, randomUUID } from 'node:crypto'
import { caseReference } from '#domain/cases/case-reference.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { caseMember, patientCase } from '../../db/schema/cases.ts'
import { newCaseKey } from '../../cases/case-vault.ts'
import type { Runtime } from '../../runtime.ts'
import type { SessionUser } from '../../auth/session.ts'

/**
 * Opens a new case with its own data key. Whoever opens it is its first
 * member; if they say it is for someone they care for, they become that
 * person's representative (see save-answer.ts).
 */
export async function startCase(
  rt: Runtime,
  actor: SessionUser,
): Promise<{ caseId: string; reference: string }> {
  const caseId = randomUUID()
  const { wrapped } = newCaseKey(rt.masterKey)
  return rt.database.db.transaction(async (tx) => {
    // Six characters from 31: a clash is rare; retry a few times if one happens.
    let reference = caseReference(randomBytes(6))
    for (let i = 0; i < 5; i++) {
      const taken = await tx.query.patientCase.findFirst({ where: (c, { eq }) => eq(c.reference, reference) })
      if (!taken) break
      reference = caseReference(randomBytes(6))
    }
    await tx
      .insert(patientCase)
      .values({ id: caseId, reference, createdByUserId: actor.id, wrappedKey: wrapped })
    await tx.insert(caseMember).values({
      id: randomUUID(),
      caseId,
      userId: actor.id,
      email: actor.email,
      role: 'patient',
      status: 'active',
      acceptedAt: new Date(),
    })
    await appendAudit(tx, {
      actorUserId: actor.id,
      action: 'case.started',
      subjectType: 'case',
      subjectId: caseId,
    })
    return { caseId, reference }
  })
}
