import { decideReferral, type ReferralDecision } from './decide-referral.ts'
import { finalReferralStatuses, type Referral, type ReferralActor } from './referral.ts'

// A case withdrawn by the family or the coordinator ends every referral still
// open with it, in the same transaction: no clinic keeps a deadline, an
// evaluation or a question on a case that is gone, and each is told why.

/** The withdrawing step of each referral of the case that is still open (an accepted one included). */
export function withdrawWithCase(
  referrals: readonly Referral[],
  actor: ReferralActor,
  now: Date,
): ReferralDecision[] {
  const steps: ReferralDecision[] = []
  for (const r of referrals) {
    if (finalReferralStatuses.includes(r.status)) continue
    const decided = decideReferral(r, actor, { type: 'withdraw', reason: 'case-withdrawn' }, now)
    // Whoever may withdraw a case may withdraw its referrals; a refusal here is a bug.
    if (!decided.ok)
      throw new Error(`referral ${r.id} (${r.status}) cannot be withdrawn: ${decided.error.code}`)
    steps.push(decided.value)
  }
  return steps
}
