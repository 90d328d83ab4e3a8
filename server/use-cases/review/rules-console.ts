import { asc, desc, eq } from 'drizzle-orm'
import { registries } from '#domain/listing/registry-ids.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import {
  checkFreshness,
  decideRuleRevision,
  documentKinds,
  requirements,
  type RevisionRefusal,
  type RuleId,
  type RuleRevisionForm,
} from '#domain/review/rule-revision.ts'
import type { Db } from '../../db/client.ts'
import { user } from '../../db/schema/auth.ts'
import { jurisdictionRule, jurisdictionRuleVersion, treatment } from '../../db/schema/catalogue.ts'
import type { Jobs } from '../../jobs/queue.ts'
import { judgeOffers, type JudgeScope } from '../catalogue/judge-offers.ts'
import { reviseJurisdictionRule, StaleRevisionError } from '../catalogue/revise-jurisdiction-rule.ts'
import { knownSources } from './known-sources.ts'

// The reviewers' console for jurisdiction rules (issue 16, ADR 0058): every
// rule, one rule with every version it has had, and a new version. Rules are
// public law, not health data, so reading them is not audited; each revision is.
/** The runtime, or as much of it as these need: a route passes `await runtime()`. */
export type ConsoleDeps = { database: { db: Db }; jobs: Pick<Jobs, 'judgeOffers'> }

export async function listRulesForReviewer(deps: ConsoleDeps) {
  return deps.database.db
    .select({
      id: jurisdictionRule.id,
      countryCode: jurisdictionRule.countryCode,
      treatmentClass: jurisdictionRule.treatmentClass,
      requirement: jurisdictionRule.requirement,
      version: jurisdictionRule.version,
      reviewDate: jurisdictionRule.reviewDate,
    })
    .from(jurisdictionRule)
    .orderBy(asc(jurisdictionRule.countryCode), asc(jurisdictionRule.treatmentClass))
}

/**
 * Queues the offers a saved revision may move. The version is committed by
 * then, so if the queue cannot take the job the offers are judged here and
 * now: a slower save beats a rule in force that the verdicts do not follow.
 */
export async function queueJudging(deps: ConsoleDeps, scope: JudgeScope): Promise<void> {
  try {
    await deps.jobs.judgeOffers(scope)
  } catch {
    await judgeOffers(deps.database.db, scope, new Date())
  }
}

/** Who wrote a version: a reviewer's name, or the content file that seeded it. */
export const authorOf = (createdBy: string, name: string | null) => name ?? createdBy

/** One rule as a reviewer edits it: the current version, every version newest first, and what a version may cite. */
export async function ruleForReviewer(deps: ConsoleDeps, ruleId: RuleId) {
  const [current] = await deps.database.db
    .select()
    .from(jurisdictionRule)
    .where(eq(jurisdictionRule.id, ruleId))
  if (!current) return null
  const [versions, treatments] = await Promise.all([
    deps.database.db
      .select({ version: jurisdictionRuleVersion, authorName: user.name })
      .from(jurisdictionRuleVersion)
      .leftJoin(user, eq(user.id, jurisdictionRuleVersion.createdBy))
      .where(eq(jurisdictionRuleVersion.ruleId, ruleId))
      .orderBy(desc(jurisdictionRuleVersion.version)),
    deps.database.db
      .select({ id: treatment.id, name: treatment.name })
      .from(treatment)
      .orderBy(asc(treatment.name)),
  ])
  const sources = knownSources()
  return {
    current: {
      ...current,
      effectiveDate: String(current.effectiveDate),
      reviewDate: String(current.reviewDate),
    },
    versions: versions.map(({ version: v, authorName }) => ({
      version: v.version,
      requirement: v.requirement,
      requiredDocuments: v.requiredDocuments,
      acceptedRegistries: v.acceptedRegistries,
      approvedTreatmentIds: v.approvedTreatmentIds,
      summary: v.summary,
      sourceIds: v.sourceIds,
      effectiveDate: String(v.effectiveDate),
      reviewDate: String(v.reviewDate),
      author: authorOf(v.createdBy, authorName),
      createdAt: v.createdAt.toISOString(),
      note: v.note,
    })),
    choices: { requirements, documentKinds, registries, treatments, sources },
  }
}

/**
 * A reviewer saves a new version: checked (domain/review/rule-revision.ts),
 * stored and audited in one transaction, then the offers it governs are
 * queued to be judged again. `form.version` is the version the form showed.
 */
export async function reviseRuleAsReviewer(
  deps: ConsoleDeps,
  reviewerId: UserId,
  ruleId: RuleId,
  form: RuleRevisionForm & { version: string },
): Promise<Result<{ version: number }, RevisionRefusal[]> | null> {
  const [current] = await deps.database.db
    .select({ version: jurisdictionRule.version })
    .from(jurisdictionRule)
    .where(eq(jurisdictionRule.id, ruleId))
  if (!current) return null
  const fresh = checkFreshness(form.version, current.version)
  if (!fresh.ok) return err([fresh.error])
  const treatments = await deps.database.db.select({ id: treatment.id }).from(treatment)
  const decided = decideRuleRevision(form, {
    sourceIds: new Set(knownSources().map((s) => s.id)),
    treatmentIds: new Set(treatments.map((t) => t.id)),
  })
  if (!decided.ok) return decided
  const { note, ...changes } = decided.value
  try {
    const revised = await reviseJurisdictionRule(deps.database.db, {
      ruleId,
      changes,
      by: reviewerId,
      note,
      expectedVersion: current.version,
    })
    await queueJudging(deps, revised.scope)
    return ok({ version: revised.version })
  } catch (error) {
    // Another reviewer saved between our read and our lock.
    if (error instanceof StaleRevisionError) return err([{ code: 'rule-revision.stale', field: 'form' }])
    throw error
  }
}
