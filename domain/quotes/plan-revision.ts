import type { ClinicRole } from '../clinics/clinic-roles.ts'
import { referralRules } from '../referrals/decide-referral.ts'
import { err, ok, type Result } from '../shared/result.ts'

// A changed plan after arrival (issue 17, ADR 0069). The accepted plan was
// written for the person as the intake described them; the assessment on
// arrival may show it no longer fits. The treating clinic then sends the plan
// again through the same plan and quote form. If the family pays the same
// (same currency, same total), their acceptance stands and the plan is
// recorded as confirmed; if the price moves, it is a new quote the family
// must accept afresh, with their signature, and sessions wait until they do.
// The quote it replaces is kept, readable, as superseded.
export type PriceOf = { currency: string; overallMinor: number }

export type RevisionKind = 'confirmed' | 'price-changed'

export function revisionKind(accepted: PriceOf, proposed: PriceOf): RevisionKind {
  return accepted.currency === proposed.currency && accepted.overallMinor === proposed.overallMinor
    ? 'confirmed'
    : 'price-changed'
}

export type RevisionFacts = {
  referralAccepted: boolean
  assessed: boolean
  discharged: boolean
  /** An adverse event ended in death: no plan follows it. */
  died?: boolean
  pendingRevision: boolean
}

export type RevisionRefusal =
  | { code: 'treatment.not-accepted'; field: 'form' }
  | { code: 'treatment.assessment-missing'; field: 'form' }
  | { code: 'treatment.discharged'; field: 'form' }
  | { code: 'treatment.patient-died'; field: 'form' }
  | { code: 'revision.pending'; field: 'form' }

/** A changed plan follows the assessment on arrival, before discharge, one at a time. */
export function mayRevisePlan(f: RevisionFacts): Result<true, RevisionRefusal> {
  if (!f.referralAccepted) return err({ code: 'treatment.not-accepted', field: 'form' })
  if (f.died) return err({ code: 'treatment.patient-died', field: 'form' })
  if (f.discharged) return err({ code: 'treatment.discharged', field: 'form' })
  if (!f.assessed) return err({ code: 'treatment.assessment-missing', field: 'form' })
  if (f.pendingRevision) return err({ code: 'revision.pending', field: 'form' })
  return ok(true)
}

export const SIGNATURE_MAX = 200

export type SignatureProblem =
  | { code: 'revision.signature-missing'; field: 'signature' }
  | { code: 'revision.signature-too-short'; field: 'signature' }
  | { code: 'revision.signature-too-long'; field: 'signature'; max: number }
  | { code: 'revision.confirm-missing'; field: 'confirm' }

/**
 * The family's signature on a changed price: their full name typed, and the
 * box that says they accept the new quote ticked. Checked whole, so both
 * problems show at once.
 */
export function parseSignature(raw: {
  signature?: string | undefined
  confirm?: string | undefined
}): Result<string, SignatureProblem[]> {
  const problems: SignatureProblem[] = []
  const signature = (raw.signature ?? '').trim().replace(/\s+/g, ' ')
  if (!signature) problems.push({ code: 'revision.signature-missing', field: 'signature' })
  // A name, not an initial or a mark: at least two letters, in any script.
  else if ((signature.match(/\p{L}/gu) ?? []).length < 2)
    problems.push({ code: 'revision.signature-too-short', field: 'signature' })
  else if (signature.length > SIGNATURE_MAX)
    problems.push({ code: 'revision.signature-too-long', field: 'signature', max: SIGNATURE_MAX })
  if (raw.confirm !== 'yes') problems.push({ code: 'revision.confirm-missing', field: 'confirm' })
  return problems.length > 0 ? err(problems) : ok(signature)
}

// The family's answer to a changed price (ADR 0073). They accept it with
// their signature, or decline it: then the quote it would have replaced stays
// the agreed one, and sessions go on under that plan; the clinic may send
// another change, or keep to the agreed plan.

/**
 * Where a changed quote stands: waiting, accepted (and perhaps replaced
 * since), declined by the family, or withdrawn by the clinic (ADR 0081).
 */
export type RevisionState = 'pending' | 'accepted' | 'superseded' | 'declined' | 'withdrawn'

export function revisionState(q: {
  acceptedAt: Date | null
  supersededAt: Date | null
  declinedAt: Date | null
  withdrawnAt: Date | null
}): RevisionState {
  if (q.supersededAt) return 'superseded'
  if (q.acceptedAt) return 'accepted'
  if (q.declinedAt) return 'declined'
  if (q.withdrawnAt) return 'withdrawn'
  return 'pending'
}

/**
 * Only a change still waiting for the family holds sessions back: once it
 * is declined the agreed plan is in force again, and treatment goes on.
 */
export function holdsSessions(state: RevisionState): boolean {
  return state === 'pending'
}

/**
 * Who answers: the family (the patient or their representative, who decide
 * for the patient, ADR 0089), a caregiver helping them, or staff.
 */
export type Answerer = 'family' | 'caregiver' | 'coordinator' | 'clinic'

export type AnswerRefusal =
  | { code: 'revision.not-found' }
  | { code: 'revision.family-only'; field: 'form' }
  | { code: 'revision.patient-side-only'; field: 'form' }
  | { code: 'revision.already-accepted'; field: 'form' }
  | { code: 'revision.already-declined'; field: 'form' }
  | { code: 'revision.withdrawn'; field: 'form' }

/**
 * Nobody answers a price for the family, and they answer a change once:
 * while it waits. A second "decline" (a double submit), or one after they
 * signed, is told plainly where the change stands.
 */
export function mayAnswerRevision(by: Answerer, state: RevisionState | null): Result<true, AnswerRefusal> {
  if (state === null) return err({ code: 'revision.not-found' })
  if (by === 'caregiver') return err({ code: 'revision.patient-side-only', field: 'form' })
  if (by !== 'family') return err({ code: 'revision.family-only', field: 'form' })
  if (state === 'accepted' || state === 'superseded')
    return err({ code: 'revision.already-accepted', field: 'form' })
  if (state === 'declined') return err({ code: 'revision.already-declined', field: 'form' })
  if (state === 'withdrawn') return err({ code: 'revision.withdrawn', field: 'form' })
  return ok(true)
}

/** Whether this clinic role signs plans, and so sends, changes and takes back a changed plan. */
export function maySignPlans(role: ClinicRole): boolean {
  return referralRules['propose-plan'].by.includes(role)
}

export type WithdrawRefusal =
  | { code: 'revision.not-found' }
  | { code: 'revision.clinic-only'; field: 'form' }
  | { code: 'revision.doctor-only'; field: 'form' }
  | { code: 'revision.already-accepted'; field: 'form' }
  | { code: 'revision.already-declined'; field: 'form' }
  | { code: 'revision.already-withdrawn'; field: 'form' }

/**
 * A clinic may take back a changed plan it sent (ADR 0081), a wrong price or
 * a protocol it thought better of, but only while it waits for the family:
 * once they signed it is the agreed plan, and once they declined it there is
 * nothing left to take back. The agreed plan then stands, as after a decline.
 * Who may sign a plan may take a change of it back: the treating doctor, not
 * the desk or the administrator (`clinicRole`, null for anyone else).
 */
export function mayWithdrawRevision(
  by: Answerer,
  state: RevisionState | null,
  clinicRole: ClinicRole | null,
): Result<true, WithdrawRefusal> {
  if (state === null) return err({ code: 'revision.not-found' })
  if (by !== 'clinic') return err({ code: 'revision.clinic-only', field: 'form' })
  if (clinicRole === null || !maySignPlans(clinicRole))
    return err({ code: 'revision.doctor-only', field: 'form' })
  if (state === 'accepted' || state === 'superseded')
    return err({ code: 'revision.already-accepted', field: 'form' })
  if (state === 'declined') return err({ code: 'revision.already-declined', field: 'form' })
  if (state === 'withdrawn') return err({ code: 'revision.already-withdrawn', field: 'form' })
  return ok(true)
}

/**
 * A changed plan's steps as they appear in the accepted referral's history,
 * beside its status changes, so the coordinator and the clinic read the whole
 * story in one place. The referral stays accepted through all of them.
 */
export type PlanChangeStep =
  | 'referral.plan-revised'
  | 'referral.plan-revision-accepted'
  | 'referral.plan-revision-declined'
  | 'referral.plan-revision-withdrawn'

/** The family's part in the history: the patient, their representative or a caregiver, as the member is. */
export function familyRoleOf(memberRole: string | undefined): 'patient' | 'representative' | 'caregiver' {
  return memberRole === 'caregiver' || memberRole === 'representative' ? memberRole : 'patient'
}
