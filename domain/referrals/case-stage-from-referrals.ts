import type { CaseActorKind, CaseCommand, CaseStage } from '../cases/case-stages.ts'
import type { ReferralActor, ReferralStatus } from './referral.ts'

// The case's stage follows its referrals while they are being answered: under
// evaluation once the coordinator has sent it to a clinic, "plan proposed" once
// one quote is out, "plan accepted" once the family accepts one (issue 15).
// It only moves forward: a quote that later lapses or is turned down leaves
// the case where it was, for the coordinator to send elsewhere or end (both
// are existing case commands). Before the case is sent and after a plan is
// accepted, the case's own commands move it, not its referrals.
const band = ['records-submitted', 'under-evaluation', 'plan-proposed', 'plan-accepted'] as const
type BandStage = (typeof band)[number]

// The case command that moves the case one step along the band, as the case's
// state machine names it; each is the step the referral event's actor takes
// (the coordinator routes, the clinic proposes, the family accepts).
const stepInto: Record<Exclude<BandStage, 'records-submitted'>, CaseCommand> = {
  'under-evaluation': 'start-evaluation',
  'plan-proposed': 'propose-plan',
  'plan-accepted': 'accept-plan',
}

function inBand(stage: CaseStage): stage is BandStage {
  return (band as readonly CaseStage[]).includes(stage)
}

function stageReferralsCallFor(statuses: readonly ReferralStatus[]): BandStage {
  if (statuses.includes('accepted')) return 'plan-accepted'
  if (statuses.includes('plan-proposed')) return 'plan-proposed'
  if (statuses.length > 0) return 'under-evaluation'
  return 'records-submitted'
}

/** The case's stage given all of its referrals' statuses. */
export function caseStageFromReferrals(stage: CaseStage, statuses: readonly ReferralStatus[]): CaseStage {
  if (!inBand(stage)) return stage
  const target = stageReferralsCallFor(statuses)
  return band.indexOf(target) > band.indexOf(stage) ? target : stage
}

/**
 * The case commands that take the case from its stage to the one its referrals
 * call for, in order (usually none or one), for the shell to run through the
 * case's own state machine so the move is checked and audited like any other.
 */
export function caseCommandsFromReferrals(
  stage: CaseStage,
  statuses: readonly ReferralStatus[],
): CaseCommand[] {
  const target = caseStageFromReferrals(stage, statuses)
  if (!inBand(stage) || !inBand(target)) return []
  return band
    .slice(band.indexOf(stage) + 1, band.indexOf(target) + 1)
    .map((s) => stepInto[s as keyof typeof stepInto])
}

/** The case actor a referral actor is, for the case command its step causes. */
export function caseActorOf(actor: ReferralActor): CaseActorKind {
  if (actor.kind === 'clinic-member') return 'clinic-staff'
  // The case's rules know the patient's side as patient or helper, as opening a case does.
  return actor.kind === 'representative' ? 'caregiver' : actor.kind
}
