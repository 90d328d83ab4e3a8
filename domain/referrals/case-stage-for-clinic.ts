import type { CaseStage } from '../cases/case-stages.ts'
import type { ReferralStatus } from './referral.ts'

// A case goes to several clinics at once, and its stage follows all of their
// referrals (case-stage-from-referrals.ts): "plan proposed" says that some
// clinic has answered, whichever it was. A clinic competing for the family's
// choice learns nothing of the others from it, so it sees the case's stage
// only once the family has accepted its own plan and the case is its to carry.

/** The case's stage as a clinic whose referral is in `status` may see it, or null. */
export function caseStageForClinic(stage: CaseStage, status: ReferralStatus): CaseStage | null {
  return status === 'accepted' ? stage : null
}
