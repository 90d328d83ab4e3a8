import { eq } from 'drizzle-orm'
import { decideListing } from '#domain/listing/decide-listing.ts'
import type { PolicyDecision, PolicyOffer, TreatmentClass } from '#domain/listing/types.ts'
import { trialWithCredentials } from '#domain/review/trial-evidence.ts'
import type { Db } from '../../db/client.ts'
import { provider } from '../../db/schema/app.ts'
import { accreditation, evidence, treatment } from '../../db/schema/catalogue.ts'
import { credential } from '../../db/schema/review.ts'
import { currentJurisdictionRules } from './current-rules.ts'

type OfferInput = Omit<PolicyOffer, 'treatmentClass' | 'cellSource' | 'route'> & {
  providerId: string
  conditionId: string
}

/** Loads what the listing policy needs about an offer, and asks it. */
export async function decideOfferVerdict(db: Db, offer: OfferInput, now: Date): Promise<PolicyDecision> {
  const [p] = await db.select().from(provider).where(eq(provider.id, offer.providerId))
  const [t] = await db.select().from(treatment).where(eq(treatment.id, offer.treatmentId))
  if (!p || !t) throw new Error('offer refers to a missing provider or treatment')
  const [accreditations, credentials, rules, evidenceRows] = await Promise.all([
    db.select().from(accreditation).where(eq(accreditation.providerId, p.id)),
    // A trial's permissions the clinic proved with credentials (ADR 0052).
    offer.trial
      ? db
          .select({
            kind: credential.kind,
            reference: credential.reference,
            reviewStatus: credential.reviewStatus,
            standing: credential.standing,
            validTo: credential.validTo,
          })
          .from(credential)
          .where(eq(credential.providerId, p.id))
      : [],
    currentJurisdictionRules(db, p.countryCode),
    db
      .select({ standing: evidence.standing, conditionId: evidence.conditionId })
      .from(evidence)
      .where(eq(evidence.treatmentId, t.id)),
  ])
  const standing = evidenceRows.find((e) => e.conditionId === offer.conditionId)?.standing
  return decideListing({
    offer: {
      ...offer,
      trial: trialWithCredentials(offer.trial, credentials, now.toISOString().slice(0, 10)),
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
    rules,
    investigational: standing === 'in-trials' || standing === 'unproven',
    now,
  })
}
