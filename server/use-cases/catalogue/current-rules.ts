import { asc, eq } from 'drizzle-orm'
import type { JurisdictionRule, TreatmentClass } from '#domain/listing/types.ts'
import { resolveSources } from '../../content/sources.ts'
import type { Db } from '../../db/client.ts'
import { jurisdictionRule, jurisdictionRuleVersion } from '../../db/schema/catalogue.ts'

// The jurisdiction rules as the database holds them (ADR 0028): the site and
// `npm run policy:check` both read them here, so they judge an offer alike.
type RuleRow = typeof jurisdictionRule.$inferSelect

export function toPolicyRule(r: Omit<RuleRow, 'version'>): JurisdictionRule {
  return {
    id: r.id,
    countryCode: r.countryCode,
    treatmentClass: r.treatmentClass as TreatmentClass,
    requirement: r.requirement as JurisdictionRule['requirement'],
    requiredDocuments: r.requiredDocuments as JurisdictionRule['requiredDocuments'],
    acceptedRegistries: r.acceptedRegistries as JurisdictionRule['acceptedRegistries'],
    approvedTreatmentIds: r.approvedTreatmentIds,
    summary: r.summary,
    sources: resolveSources(r.sourceIds),
    effectiveDate: String(r.effectiveDate),
    reviewDate: String(r.reviewDate),
  }
}

/** The current version of every rule, or of one country's rules. */
export async function currentJurisdictionRules(db: Db, countryCode?: string): Promise<JurisdictionRule[]> {
  const rows = await db
    .select()
    .from(jurisdictionRule)
    .where(countryCode ? eq(jurisdictionRule.countryCode, countryCode) : undefined)
    .orderBy(asc(jurisdictionRule.id))
  return rows.map(toPolicyRule)
}

/** Every version of a rule, oldest first; the rule row's `version` says which is current. */
export async function jurisdictionRuleHistory(db: Db, ruleId: string) {
  return db
    .select()
    .from(jurisdictionRuleVersion)
    .where(eq(jurisdictionRuleVersion.ruleId, ruleId))
    .orderBy(asc(jurisdictionRuleVersion.version))
}
