import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { StoredOutcome } from '#domain/outcomes/registry-cohorts.ts'
import type { Db } from '../db/client.ts'
import { provider } from '../db/schema/app.ts'
import { caseOffer, patientCase, referral } from '../db/schema/cases.ts'
import { offer } from '../db/schema/catalogue.ts'
import { outcomeFigure } from '../db/schema/outcomes.ts'
import { adverseEvent, treatmentSession } from '../db/schema/treatment.ts'
import { isPublicOffer } from './public-offer.ts'

// The outcome registry's rows (ADR 0067): who was treated through Waypoint,
// and the figures stored for each provider and offer.

export type TreatedCaseRow = {
  caseId: string
  providerId: string
  offerId: string
  /** This provider's first session day. */
  treatedOn: string
  seriousAdverseEvents: number
}

/**
 * Each case whose accepted referral is to a provider that has held at least
 * one session with it, and the offer the family chose at that provider (the
 * first in their list, if they chose two there). Erased cases are gone from
 * the registry with the rest of their data.
 */
export async function treatedCases(
  db: Db,
  asOf: string,
  providerIds?: readonly string[],
): Promise<TreatedCaseRow[]> {
  if (providerIds && providerIds.length === 0) return []
  const treatedOn = sql<string | null>`(
    select min(${treatmentSession.heldOn}) from ${treatmentSession}
    where ${treatmentSession.caseId} = ${referral.caseId} and ${treatmentSession.providerId} = ${referral.providerId}
      and ${treatmentSession.heldOn} <= ${asOf})`
  const offerId = sql<string | null>`(
    select ${caseOffer.offerId} from ${caseOffer} join ${offer} on ${offer.id} = ${caseOffer.offerId}
    where ${caseOffer.caseId} = ${referral.caseId} and ${offer.providerId} = ${referral.providerId}
    order by ${caseOffer.position}, ${caseOffer.offerId} limit 1)`
  const serious = sql<number>`(
    select count(*) from ${adverseEvent}
    where ${adverseEvent.caseId} = ${referral.caseId} and ${adverseEvent.serious} and ${adverseEvent.onsetOn} <= ${asOf})`
  const rows = await db
    .select({
      caseId: referral.caseId,
      providerId: referral.providerId,
      offerId,
      treatedOn,
      seriousAdverseEvents: serious,
    })
    .from(referral)
    .innerJoin(patientCase, eq(patientCase.id, referral.caseId))
    .where(
      and(
        eq(referral.status, 'accepted'),
        isNull(patientCase.erasedAt),
        providerIds ? inArray(referral.providerId, [...providerIds]) : undefined,
      ),
    )
    .orderBy(asc(referral.providerId), asc(referral.caseId))
  return rows.flatMap((r) =>
    r.offerId && r.treatedOn
      ? [
          {
            ...r,
            offerId: r.offerId,
            treatedOn: r.treatedOn,
            seriousAdverseEvents: Number(r.seriousAdverseEvents),
          },
        ]
      : [],
  )
}

export type OutcomeFigureInput = { providerId: string; offerId: string; outcome: StoredOutcome }

/**
 * Replaces the stored figures of the providers in scope (all of them without
 * `providerIds`) by these, in one transaction: a cohort that is gone (its
 * cases erased, its offer no longer chosen) leaves no stale row behind.
 * Returns the providers whose rows were written or removed.
 */
export async function replaceOutcomeFigures(
  db: Db,
  figures: readonly OutcomeFigureInput[],
  computed: { on: string; at: Date },
  providerIds?: readonly string[],
): Promise<string[]> {
  if (providerIds && providerIds.length === 0) return []
  return db.transaction(async (tx) => {
    const scope = providerIds ? inArray(outcomeFigure.providerId, [...providerIds]) : undefined
    const removed = await tx
      .delete(outcomeFigure)
      .where(scope)
      .returning({ providerId: outcomeFigure.providerId })
    if (figures.length > 0)
      await tx.insert(outcomeFigure).values(
        figures.map((f) => ({
          providerId: f.providerId,
          offerId: f.offerId,
          computedOn: computed.on,
          computedAt: computed.at,
          shown: f.outcome.shown,
          threshold: f.outcome.threshold,
          figures: f.outcome.figures,
        })),
      )
    return [...new Set([...removed.map((r) => r.providerId), ...figures.map((f) => f.providerId)])]
  })
}

/** An approved provider's public offers, each with its stored figures when there are any. */
export async function publicOutcomesOf(db: Db, slug: string) {
  const [p] = await db
    .select({ id: provider.id, slug: provider.slug, name: provider.name, isDemo: provider.isDemo })
    .from(provider)
    .where(and(eq(provider.slug, slug), eq(provider.reviewStatus, 'approved')))
  if (!p) return null
  const offers = await db
    .select({
      offerId: offer.id,
      title: offer.title,
      computedOn: outcomeFigure.computedOn,
      shown: outcomeFigure.shown,
      threshold: outcomeFigure.threshold,
      figures: outcomeFigure.figures,
    })
    .from(offer)
    .leftJoin(
      outcomeFigure,
      and(eq(outcomeFigure.offerId, offer.id), eq(outcomeFigure.providerId, offer.providerId)),
    )
    .where(and(eq(offer.providerId, p.id), isPublicOffer))
    .orderBy(asc(offer.title), asc(offer.id))
  return { provider: p, offers }
}

/** For tests and operators: the rows stored for these providers. */
export async function outcomeFiguresOf(db: Db, providerIds: readonly string[]) {
  if (providerIds.length === 0) return []
  return db
    .select()
    .from(outcomeFigure)
    .where(inArray(outcomeFigure.providerId, [...providerIds]))
    .orderBy(asc(outcomeFigure.providerId), asc(outcomeFigure.offerId))
}
