import { and, asc, eq, inArray } from 'drizzle-orm'
import { offerLabel } from '#domain/listing/offer-label.ts'
import { clinicToday, standingOn } from '#domain/review/credential-expiry.ts'
import type { StoredReason } from '#domain/listing/types.ts'
import { provider } from '../../db/schema/app.ts'
import {
  accreditation,
  condition,
  evidence,
  exchangeRate,
  offer,
  practitioner,
  providerCheck,
  treatment,
} from '../../db/schema/catalogue.ts'
import type { Runtime } from '../../runtime.ts'
import { resolveSources } from '../../content/sources.ts'
import { evidenceStandingColumn } from '../../stores/evidence-standing-column.ts'
import { approvedCredentialsOf } from '../../stores/credential-store.ts'
import { isPublicOffer } from '../../stores/public-offer.ts'
import { trialsForOffers } from '../trials/offer-trials.ts'

// Public reads of the catalogue. Every query that returns offers filters on
// isPublicOffer in SQL, so a blocked or unreviewed offer cannot reach a public page.

const offerColumns = {
  id: offer.id,
  providerId: offer.providerId,
  title: offer.title,
  pathway: offer.pathway,
  protocol: offer.protocol,
  sessions: offer.sessions,
  lengthOfStayDays: offer.lengthOfStayDays,
  inclusions: offer.inclusions,
  exclusions: offer.exclusions,
  priceMinMinor: offer.priceMinMinor,
  priceMaxMinor: offer.priceMaxMinor,
  currency: offer.currency,
  priceMinUsdCents: offer.priceMinUsdCents,
  priceMaxUsdCents: offer.priceMaxUsdCents,
  claimsText: offer.claimsText,
  trial: offer.trial,
  verdict: offer.verdict,
  verdictReasons: offer.verdictReasons,
  verdictAt: offer.verdictAt,
  treatmentId: treatment.id,
  treatmentName: treatment.name,
  treatmentClass: treatment.treatmentClass,
  conditionId: condition.id,
  conditionName: condition.name,
  evidenceStanding: evidenceStandingColumn,
}

function publicOffers(rt: Runtime, where: ReturnType<typeof eq>) {
  return rt.database.db
    .select(offerColumns)
    .from(offer)
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .innerJoin(condition, eq(condition.id, offer.conditionId))
    .where(and(where, isPublicOffer))
    .orderBy(asc(offer.title))
}

const withWarnings = <
  T extends { verdictReasons: unknown[]; pathway: string; evidenceStanding: string | null },
>(
  o: T,
) => ({
  ...o,
  label: offerLabel(o.pathway, o.evidenceStanding),
  warnings: o.verdictReasons as StoredReason[],
})

export async function getProviderProfile(rt: Runtime, slug: string, now = new Date()) {
  const db = rt.database.db
  // A clinic no reviewer has approved has no public page at all, not even an empty one (ADR 0052/0053).
  const [p] = await db
    .select()
    .from(provider)
    .where(and(eq(provider.slug, slug), eq(provider.reviewStatus, 'approved')))
  if (!p) return null
  const [offers, accreditations, credentials, checks, team, evidenceRows] = await Promise.all([
    publicOffers(rt, eq(offer.providerId, p.id)),
    db
      .select()
      .from(accreditation)
      .where(eq(accreditation.providerId, p.id))
      .orderBy(asc(accreditation.accreditor)),
    approvedCredentialsOf(db, p.id),
    db.select().from(providerCheck).where(eq(providerCheck.providerId, p.id)),
    db.select().from(practitioner).where(eq(practitioner.providerId, p.id)).orderBy(asc(practitioner.name)),
    db
      .select({
        treatmentId: evidence.treatmentId,
        conditionId: evidence.conditionId,
        standing: evidence.standing,
        summary: evidence.summary,
      })
      .from(evidence),
  ])
  // A provider with nothing lawful to offer is not listed at all.
  if (offers.length === 0) return null
  // Expired from the day after the last valid day where the clinic is, the
  // expiry job's own "today" (ADR 0057), even before the job has run.
  const today = clinicToday(now, p.timeZone)
  const trials = await trialsForOffers(
    db,
    offers.map((o) => ({ ...o, providerName: p.name, providerCity: p.city, providerCountry: p.countryCode })),
    now,
  )
  return {
    provider: p,
    offers: offers.map((o) => ({
      ...withWarnings(o),
      registryTrial: trials.get(o.id) ?? null,
      evidence:
        evidenceRows.find((e) => e.treatmentId === o.treatmentId && e.conditionId === o.conditionId) ?? null,
    })),
    accreditations: accreditations.map((a) => ({
      ...a,
      standing: standingOn({ validTo: String(a.validTo), standing: 'current' }, today),
    })),
    // Accreditations are listed above from their own table; the other kinds a reviewer approved, here.
    credentials: credentials
      .filter((c) => c.kind !== 'accreditation')
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        issuer: c.issuer,
        reference: c.reference,
        validTo: c.validTo,
        verifiedAt: c.verifiedAt,
        verificationMethod: c.verificationMethod,
        standing: standingOn(c, today),
      })),
    checks,
    team,
  }
}

export async function getOffersForComparison(rt: Runtime, ids: string[]) {
  if (ids.length === 0) return []
  const db = rt.database.db
  const rows = await db
    .select({
      ...offerColumns,
      providerName: provider.name,
      providerSlug: provider.slug,
      providerCity: provider.city,
      providerCountry: provider.countryCode,
      providerIsDemo: provider.isDemo,
    })
    .from(offer)
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .innerJoin(condition, eq(condition.id, offer.conditionId))
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .where(and(inArray(offer.id, ids), isPublicOffer))
  const checks = await db
    .select()
    .from(providerCheck)
    .where(
      inArray(
        providerCheck.providerId,
        rows.map((r) => r.providerId),
      ),
    )
  // Keep the order the person chose.
  return ids
    .map((id) => rows.find((r) => r.id === id))
    .filter((r): r is (typeof rows)[number] => Boolean(r))
    .map((r) => ({ ...withWarnings(r), checks: checks.filter((c) => c.providerId === r.providerId) }))
}

export async function getConditionEvidence(rt: Runtime, slug: string) {
  const db = rt.database.db
  const [c] = await db.select().from(condition).where(eq(condition.slug, slug))
  if (!c) return null
  const rows = await db
    .select({
      id: evidence.id,
      standing: evidence.standing,
      summary: evidence.summary,
      trials: evidence.trials,
      reviews: evidence.reviews,
      sourceIds: evidence.sourceIds,
      lastReviewed: evidence.lastReviewed,
      treatmentName: treatment.name,
    })
    .from(evidence)
    .innerJoin(treatment, eq(treatment.id, evidence.treatmentId))
    .where(eq(evidence.conditionId, c.id))
    .orderBy(asc(treatment.name))
  // What the condition page shows, and no more: it is sent to the browser too.
  return {
    condition: c,
    evidence: rows.map(({ sourceIds, reviews, ...e }) => ({
      ...e,
      reviews: reviews.map((r) => ({ citation: r.citation, finding: r.finding })),
      sources: resolveSources(sourceIds),
    })),
  }
}

export async function listExchangeRates(rt: Runtime) {
  return rt.database.db.select().from(exchangeRate).orderBy(asc(exchangeRate.currency))
}

export async function sitemapEntries(rt: Runtime) {
  const db = rt.database.db
  const providers = await db
    .selectDistinct({ slug: provider.slug, lastVerifiedAt: provider.lastVerifiedAt })
    .from(provider)
    .innerJoin(offer, eq(offer.providerId, provider.id))
    .where(isPublicOffer)
  const conditions = await db.select({ slug: condition.slug }).from(condition)
  return { providers, conditions }
}
