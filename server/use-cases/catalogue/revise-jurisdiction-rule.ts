import { and, eq } from 'drizzle-orm'
import { appendAudit } from '../../audit/audit-log.ts'
import { unknownSourceIds } from '../../content/sources.ts'
import type { Db } from '../../db/client.ts'
import { provider } from '../../db/schema/app.ts'
import { jurisdictionRule, jurisdictionRuleVersion, offer, treatment } from '../../db/schema/catalogue.ts'
import { decideOfferVerdict } from './decide-offer-verdict.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'

type RuleRow = typeof jurisdictionRule.$inferSelect

export type RuleRevision = Partial<
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

/**
 * A new version of a rule: the old ones stay readable, the rule row points at
 * the new one, and the offers it governs are judged again. `by` is the user
 * id of the reviewer (a reviewer console will call this; issue 13 adds no page).
 */
export async function reviseJurisdictionRule(
  db: Db,
  input: { ruleId: string; changes: RuleRevision; by: string; note?: string },
  now: Date,
): Promise<{ version: number; offersJudged: number }> {
  const unknown = unknownSourceIds(input.changes.sourceIds ?? [])
  if (unknown.length > 0) throw new RuleRevisionError(`unknown source ids: ${unknown.join(', ')}`)
  const revised = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(jurisdictionRule)
      .where(eq(jurisdictionRule.id, input.ruleId))
      .for('update')
    if (!current) throw new RuleRevisionError(`no rule "${input.ruleId}"`)
    const { id, countryCode, treatmentClass, version, ...fields } = { ...current, ...input.changes }
    const next = version + 1
    await tx
      .insert(jurisdictionRuleVersion)
      .values({ ruleId: id, version: next, ...fields, createdBy: input.by, note: input.note ?? null })
    await tx
      .update(jurisdictionRule)
      .set({ ...fields, version: next })
      .where(eq(jurisdictionRule.id, id))
    await appendAudit(tx as unknown as Db, {
      actorUserId: input.by,
      action: 'jurisdiction-rule.revised',
      subjectType: 'jurisdiction-rule',
      subjectId: id,
      details: { version: next },
    })
    return { version: next, countryCode, treatmentClass }
  })
  const offersJudged = await judgeOffersAgain(db, revised.countryCode, revised.treatmentClass, now)
  return { version: revised.version, offersJudged }
}

/**
 * Judges again every offer of one treatment class in one country, and rebuilds
 * their providers' search rows. For cell-based interventions that is every
 * offer of the country: an offer filed under another class is judged as
 * cell-based when its words name a cell product (ADR 0051).
 */
export async function judgeOffersAgain(
  db: Db,
  countryCode: string,
  treatmentClass: string,
  now: Date,
): Promise<number> {
  const rows = await db
    .select({ offer })
    .from(offer)
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .where(
      and(
        eq(provider.countryCode, countryCode),
        treatmentClass === 'cell-based-intervention'
          ? undefined
          : eq(treatment.treatmentClass, treatmentClass),
      ),
    )
  try {
    for (const { offer: o } of rows) {
      const decision = await decideOfferVerdict(db, offerInput(o), now)
      await db
        .update(offer)
        .set({ verdict: decision.verdict, verdictReasons: decision.reasons, verdictAt: now })
        .where(eq(offer.id, o.id))
    }
  } finally {
    // Search rows rebuilt and every instance's public pages purged (ADR 0056),
    // for the verdicts already written even if a later one failed.
    const providerIds = [...new Set(rows.map((r) => r.offer.providerId))]
    if (providerIds.length > 0) await publishListingChange(db, providerIds)
  }
  return rows.length
}

/** What the listing policy reads from a stored offer. */
export function offerInput(o: typeof offer.$inferSelect) {
  const price =
    o.priceMinMinor !== null && o.priceMaxMinor !== null && o.currency
      ? { min: o.priceMinMinor, max: o.priceMaxMinor, currency: o.currency }
      : null
  return {
    id: o.id,
    providerId: o.providerId,
    conditionId: o.conditionId,
    treatmentId: o.treatmentId,
    title: o.title,
    pathway: o.pathway as 'standard-care' | 'registered-trial',
    protocol: o.protocol,
    claimsText: o.claimsText,
    inclusions: o.inclusions,
    exclusions: o.exclusions,
    price,
    chargesForInvestigationalProduct: o.chargesForInvestigationalProduct,
    trial: (o.trial ?? null) as Parameters<typeof decideOfferVerdict>[1]['trial'],
  }
}
