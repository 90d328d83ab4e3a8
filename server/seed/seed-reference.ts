import type { Db } from '../db/client.ts'
import {
  condition,
  evidence,
  evidenceVersion,
  exchangeRate,
  jurisdictionRule,
  jurisdictionRuleVersion,
  treatment,
} from '../db/schema/catalogue.ts'
import { loadReferenceContent, type ReferenceContent } from '../content/reference-data.ts'

/**
 * Reference data from content/ (ADR 0028): each row is inserted when it is
 * missing and never overwritten, so an edit made in the database (a reviewer's
 * new rule version) survives every restart. A new rule or evidence record
 * starts at version 1, with the file it came from as its author.
 */
export async function seedReferenceData(db: Db, content: ReferenceContent = loadReferenceContent()) {
  await db.transaction(async (tx) => {
    if (content.conditions.length) await tx.insert(condition).values(content.conditions).onConflictDoNothing()
    if (content.treatments.length) await tx.insert(treatment).values(content.treatments).onConflictDoNothing()
    if (content.exchangeRates.length)
      await tx.insert(exchangeRate).values(content.exchangeRates).onConflictDoNothing()
    for (const { file, ...rule } of content.rules) {
      const added = await tx
        .insert(jurisdictionRule)
        .values({ ...rule, version: 1 })
        .onConflictDoNothing()
        .returning({ id: jurisdictionRule.id })
      if (added.length === 0) continue
      const { id, countryCode: _c, treatmentClass: _t, ...fields } = rule
      await tx.insert(jurisdictionRuleVersion).values({ ruleId: id, version: 1, ...fields, createdBy: file })
    }
    for (const { file, ...record } of content.evidence) {
      const added = await tx
        .insert(evidence)
        .values({ ...record, version: 1 })
        .onConflictDoNothing()
        .returning({ id: evidence.id })
      if (added.length === 0) continue
      const { id, conditionId: _c, treatmentId: _t, ...fields } = record
      await tx.insert(evidenceVersion).values({ evidenceId: id, version: 1, ...fields, createdBy: file })
    }
  })
}
