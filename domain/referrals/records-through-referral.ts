import type { CaseShare } from '../cases/case-consent.ts'
import { finalReferralStatuses, type ReferralStatus } from './referral.ts'

// The family shares records with a clinic so that it can evaluate the case,
// plan and treat. Once its referral has ended without the family choosing it
// (not eligible, declined, expired, closed, withdrawn), that purpose is spent:
// the clinic keeps its own record of the referral (its answer, its plan and
// quote, what it issued) and no longer reads the family's answers or
// documents (ADR 0083). The clinic whose plan the family accepted keeps the
// consent's scope for treatment and follow-up.

/** Whether the family's shared records still reach a clinic through its referral in `status`. */
export function referralReadsRecords(status: ReferralStatus): boolean {
  return !finalReferralStatuses.includes(status)
}

/** What a clinic reads through its referral: the consent's scope while the referral is open, nothing once it has ended. */
export function shareThroughReferral(share: CaseShare, status: ReferralStatus): CaseShare {
  return referralReadsRecords(status) ? share : { ...share, documentIds: [], sections: [] }
}
