import { randomBytes, randomUUID } from 'node:crypto'
import { caseReference } from '#domain/cases/case-reference.ts'
import { decideNewCase, isOpen, isUntouchedDraft, type NewCaseRefusal } from '#domain/cases/open-cases.ts'
import type { CaseId, MemberId, UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import {
  draftsOpenedBy,
  insertCase,
  lockCaseCreation,
  referenceTaken,
  stagesOfCasesOpenedBy,
} from '../../stores/case-store.ts'
import { insertMember } from '../../stores/member-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { newCaseKey } from '../../cases/case-vault.ts'

/**
 * Opens a new case with its own data key. Whoever opens it is its first
 * member; if they say it is for someone they care for, they become that
 * person's representative (answer-question.ts). With `resumeUntouched` (the
 * "Start a new case" button), a case of theirs that nothing has been done
 * with yet is given back instead, so pressing it twice leaves one empty case.
 */
export async function startCase(
  deps: CaseDeps,
  opener: { id: UserId; email: string },
  options: { resumeUntouched?: boolean } = {},
): Promise<Result<{ caseId: CaseId; reference: string }, NewCaseRefusal>> {
  const caseId = randomUUID() as CaseId
  const { wrapped } = newCaseKey(deps.keys.master)
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    await lockCaseCreation(tx, opener.id)
    if (options.resumeUntouched) {
      const untouched = (await draftsOpenedBy(tx, opener.id)).find(isUntouchedDraft)
      if (untouched) return ok({ caseId: untouched.id as CaseId, reference: untouched.reference })
    }
    const open = (await stagesOfCasesOpenedBy(tx, opener.id)).filter(isOpen).length
    const allowed = decideNewCase(open)
    if (!allowed.ok) return err(allowed.error)
    // Six characters from 31: a clash is rare; retry a few times if one happens.
    let reference = caseReference(randomBytes(6))
    for (let i = 0; i < 5 && (await referenceTaken(tx, reference)); i++)
      reference = caseReference(randomBytes(6))
    await insertCase(tx, { id: caseId, reference, createdByUserId: opener.id, wrappedKey: wrapped })
    await insertMember(tx, {
      id: randomUUID() as MemberId,
      caseId,
      userId: opener.id,
      email: opener.email,
      role: 'patient',
      status: 'active',
      acceptedAt: now,
    })
    await appendAudit(tx, {
      actorUserId: opener.id,
      action: 'case.started',
      subjectType: 'case',
      subjectId: caseId,
    })
    return ok({ caseId, reference })
  })
}
