import { eq } from 'drizzle-orm'
import { appendAudit } from '../../audit/audit-log.ts'
import { unknownSourceIds } from '../../content/sources.ts'
import type { Db } from '../../db/client.ts'
import { jurisdictionRule, jurisdictionRuleVersion } from '../../db/schema/catalogue.ts'
import type { JudgeScope } from './judge-offers.ts'

type RuleRow = typeof jurisdictionRule.$inferSelect

export type RuleChanges = Partial<
  Pick<
    RuleRow,
    | 'requirement'
    | 'requiredDocuments'
    | 'acceptedRegistries'
    | 'approvedTreatmentIds'
    | 'summary'
    | 'sourceIds'
    | 'effectiveDate'
    | 'reviewDate'
  >
>

export class RuleRevisionError extends Error {}
/** The version the reviewer edited is no longer the current one. */
export class StaleRevisionError extends RuleRevisionError {}

/**
 * A new version of a rule: the old ones stay readable, the rule row points at
 * the new one, and the revision is audited. The offers it governs are judged
 * again by the `offers.judge` job (judge-offers.ts) for the scope returned
 * here; the caller queues it once this transaction has committed.
 */
export async function reviseJurisdictionRule(
  db: Db,
  input: { ruleId: string; changes: RuleChanges; by: string; note?: string; expectedVersion?: number },
): Promise<{ version: number; scope: JudgeScope }> {
  const unknown = unknownSourceIds(input.changes.sourceIds ?? [])
  if (unknown.length > 0) throw new RuleRevisionError(`unknown source ids: ${unknown.join(', ')}`)
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(jurisdictionRule)
      .where(eq(jurisdictionRule.id, input.ruleId))
      .for('update')
    if (!current) throw new RuleRevisionError(`no rule "${input.ruleId}"`)
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
      throw new StaleRevisionError(`rule "${input.ruleId}" is at version ${current.version}`)
    const { id, countryCode, treatmentClass, version, ...fields } = { ...current, ...input.changes }
    const next = version + 1
    await tx
      .insert(jurisdictionRuleVersion)
      .values({ ruleId: id, version: next, ...fields, createdBy: input.by, note: input.note ?? null })
    await tx
      .update(jurisdictionRule)
      .set({ ...fields, version: next })
      .where(eq(jurisdictionRule.id, id))
    await appendAudit(tx, {
      actorUserId: input.by,
      action: 'jurisdiction-rule.revised',
      subjectType: 'jurisdiction-rule',
      subjectId: id,
      details: { version: next },
    })
    return {
      version: next,
      scope: {
        kind: 'rule',
        countryCode,
        treatmentClass,
        cause: { subjectType: 'jurisdiction-rule', subjectId: id, version: next },
      },
    }
  })
}
