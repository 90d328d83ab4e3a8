import { eq } from 'drizzle-orm'
import { appendAudit } from '../../audit/audit-log.ts'
import { unknownSourceIds } from '../../content/sources.ts'
import type { Db } from '../../db/client.ts'
import { evidence, evidenceVersion } from '../../db/schema/catalogue.ts'
import type { JudgeScope } from './judge-offers.ts'
import { RuleRevisionError, StaleRevisionError } from './revise-jurisdiction-rule.ts'

type EvidenceRow = typeof evidence.$inferSelect

export type EvidenceChanges = Partial<
  Pick<
    EvidenceRow,
    'standing' | 'summary' | 'regulatory' | 'trials' | 'reviews' | 'sourceIds' | 'lastReviewed'
  >
>

/**
 * A new version of an evidence record, as a rule is revised: a new version
 * row, the record points at it, the old ones stay readable, audited. Its
 * standing decides whether a treatment is investigational for the listing
 * policy, so the offers of that treatment for that condition are judged again
 * by the job, for the scope returned here.
 */
export async function reviseEvidence(
  db: Db,
  input: {
    evidenceId: string
    changes: EvidenceChanges
    by: string
    note?: string
    expectedVersion?: number
  },
): Promise<{ version: number; scope: JudgeScope }> {
  const cited = [
    ...(input.changes.sourceIds ?? []),
    ...(input.changes.reviews ?? []).flatMap((r) => (r.sourceId ? [r.sourceId] : [])),
  ]
  const unknown = unknownSourceIds(cited)
  if (unknown.length > 0) throw new RuleRevisionError(`unknown source ids: ${unknown.join(', ')}`)
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(evidence).where(eq(evidence.id, input.evidenceId)).for('update')
    if (!current) throw new RuleRevisionError(`no evidence record "${input.evidenceId}"`)
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
      throw new StaleRevisionError(`evidence "${input.evidenceId}" is at version ${current.version}`)
    const { id, conditionId, treatmentId, version, ...fields } = { ...current, ...input.changes }
    const next = version + 1
    await tx
      .insert(evidenceVersion)
      .values({ evidenceId: id, version: next, ...fields, createdBy: input.by, note: input.note ?? null })
    await tx
      .update(evidence)
      .set({ ...fields, version: next })
      .where(eq(evidence.id, id))
    await appendAudit(tx, {
      actorUserId: input.by,
      action: 'evidence.revised',
      subjectType: 'evidence',
      subjectId: id,
      details: { version: next },
    })
    return {
      version: next,
      scope: {
        kind: 'evidence',
        treatmentId,
        conditionId,
        cause: { subjectType: 'evidence', subjectId: id, version: next },
      },
    }
  })
}
