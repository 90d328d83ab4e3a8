import { eq } from 'drizzle-orm'
import { decideListing } from '#domain/listing/decide-listing.ts'
import type { JurisdictionRule, PolicyDecision, PolicyOffer, TreatmentClass } from '#domain/listing/types.ts'
import type { Db } from '../../db/client.ts'
import { provider } from '../../db/schema/app.ts'
import { accreditation, evidence, jurisdictionRule, treatment } from '../../db/schema/catalogue.ts'

type OfferInput = Omit<PolicyOffer, 'treatmentClass' | 'cellSource' | 'route'> & {
  providerId: string
  conditionId: string
}

/** Loads what the listing policy needs about an offer, and asks it. */
export async function decideOfferVerdict(db: Db, offer: OfferInput, now: Date): Promise<PolicyDecision> {
  const [p] = await db.select().from(provider).where(eq(provider.id, offer.providerId))
  const [t] = await db.select().from(treatment).where(eq(treatment.id, offer.treatmentId))
  if (!p || !t) throw new Error('offer refers to a missing provider or treatment')
  const [accreditations, rules, evidenceRows] = await Promise.all([
    db.select().from(accreditation).where(eq(accreditation.providerId, p.id)),
    db.select().from(jurisdictionRule).where(eq(jurisdictionRule.countryCode, p.countryCode)),
    db
      .select({ standing: evidence.standing, conditionId: evidence.conditionId })
      .from(evidence)
      .where(eq(evidence.treatmentId, t.id)),
  ])
  const standing = evidenceRows.find((e) => e.conditionId === offer.conditionId)?.standing
  return decideListing({
    offer: {
      ...offer,
      treatmentClass: t.treatmentClass as TreatmentClass,
      cellSource: t.cellSource,
      route: t.route,
    },
    provider: {
      id: p.id,
      countryCode: p.countryCode,
      accreditations: accreditations.map((a) => ({
        accreditor: a.accreditor,
        validTo: String(a.validTo),
        verification: a.verification as 'verified' | 'unverified' | 'failed',
      })),
    },
    rules: rules.map((r): JurisdictionRule => ({
      id: r.id,
      countryCode: r.countryCode,
      treatmentClass: r.treatmentClass as TreatmentClass,
      requirement: r.requirement as JurisdictionRule['requirement'],
      requiredDocuments: r.requiredDocuments as JurisdictionRule['requiredDocuments'],
      acceptedRegistries: r.acceptedRegistries as JurisdictionRule['acceptedRegistries'],
      approvedTreatmentIds: r.approvedTreatmentIds,
      summary: r.summary,
      sources: r.sources,
      effectiveDate: String(r.effectiveDate),
      reviewDate: String(r.reviewDate),
    })),
    investigational: standing === 'in-trials' || standing === 'unproven',
    now,
  })
}
