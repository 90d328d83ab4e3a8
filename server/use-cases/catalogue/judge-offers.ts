import { and, eq } from 'drizzle-orm'
import { appendAudit } from '../../audit/audit-log.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import type { Db } from '../../db/client.ts'
import { provider } from '../../db/schema/app.ts'
import { offer, treatment } from '../../db/schema/catalogue.ts'
import { decideOfferVerdict } from './decide-offer-verdict.ts'

/**
 * Which offers a revision can move (ADR 0058): a rule governs one treatment
 * class in one country, an evidence record one treatment for one condition.
 * `cause` names the version that asked, for the audit trail.
 */
export type JudgeScope = (
  | { kind: 'rule'; countryCode: string; treatmentClass: string }
  | { kind: 'evidence'; treatmentId: string; conditionId: string }
  /** A clinic's offers, after a reviewer decided on one of its credentials. */
  | { kind: 'provider'; providerId: string }
) & {
  cause?:
    | { subjectType: 'jurisdiction-rule' | 'evidence'; subjectId: string; version: number }
    | { subjectType: 'credential'; subjectId: string }
}

export type VerdictChange = { offerId: string; providerId: string; from: string; to: string }

async function offersIn(db: Db, scope: JudgeScope): Promise<string[]> {
  if (scope.kind === 'provider') {
    const rows = await db.select({ id: offer.id }).from(offer).where(eq(offer.providerId, scope.providerId))
    return rows.map((r) => r.id)
  }
  if (scope.kind === 'evidence') {
    const rows = await db
      .select({ id: offer.id })
      .from(offer)
      .where(and(eq(offer.treatmentId, scope.treatmentId), eq(offer.conditionId, scope.conditionId)))
    return rows.map((r) => r.id)
  }
  // For cell-based interventions that is every offer of the country: an offer
  // filed under another class is judged as cell-based when its words name a
  // cell product (ADR 0051).
  const rows = await db
    .select({ id: offer.id })
    .from(offer)
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .where(
      and(
        eq(provider.countryCode, scope.countryCode),
        scope.treatmentClass === 'cell-based-intervention'
          ? undefined
          : eq(treatment.treatmentClass, scope.treatmentClass),
      ),
    )
  return rows.map((r) => r.id)
}

/**
 * Judges again every offer in scope under the rules and evidence in force now.
 * An offer whose verdict changed goes back to the reviewers (`pending`), with
 * the old and new verdict in the audit trail, and its clinic's search row is
 * rebuilt and every instance's public pages purged at once: a newly blocked
 * offer leaves public pages before anyone acts. Each offer is judged under its own row lock and compared with what is
 * stored, so a second run (a retried job, two instances) changes nothing more.
 */
export async function judgeOffers(
  db: Db,
  scope: JudgeScope,
  now: Date,
): Promise<{ judged: number; changed: VerdictChange[] }> {
  const ids = await offersIn(db, scope)
  const changed: VerdictChange[] = []
  try {
    await judgeEach(db, ids, scope, now, changed)
  } finally {
    // Search rows rebuilt and every instance's public pages purged (ADR 0056)
    // for the verdicts already moved, even if judging a later offer failed.
    const providerIds = [...new Set(changed.map((c) => c.providerId))]
    if (providerIds.length > 0) await publishListingChange(db, providerIds)
  }
  return { judged: ids.length, changed }
}

async function judgeEach(
  db: Db,
  ids: readonly string[],
  scope: JudgeScope,
  now: Date,
  changed: VerdictChange[],
) {
  for (const id of ids) {
    const change = await db.transaction(async (tx) => {
      const [o] = await tx.select().from(offer).where(eq(offer.id, id)).for('update')
      if (!o) return null // removed since the scope was read
      const decision = await decideOfferVerdict(tx, offerInput(o), now)
      const moved = decision.verdict !== o.verdict
      await tx
        .update(offer)
        .set({
          verdict: decision.verdict,
          verdictReasons: decision.reasons,
          verdictAt: now,
          // A withdrawn offer stays withdrawn: only the clinic sends it again (ADR 0070).
          ...(moved && o.reviewStatus !== 'withdrawn' ? { reviewStatus: 'pending' as const } : {}),
        })
        .where(eq(offer.id, id))
      if (!moved) return null
      await appendAudit(tx, {
        actorUserId: null,
        action: 'offer.verdict-changed',
        subjectType: 'offer',
        subjectId: id,
        details: {
          from: o.verdict,
          to: decision.verdict,
          reviewStatusBefore: o.reviewStatus,
          reasons: decision.reasons.map((r) => r.code),
          ...(scope.cause ? { cause: scope.cause } : {}),
        },
      })
      return { offerId: id, providerId: o.providerId, from: o.verdict, to: decision.verdict }
    })
    if (change) changed.push(change)
  }
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
