import type { ClinicRole } from '../clinics/clinic-roles.ts'
import { referralRules } from '../referrals/decide-referral.ts'
import type { ReferralStatus } from '../referrals/referral.ts'

// Before a doctor types a whole plan, the page says whether it can be sent at
// all, and why not: the referral's moment, the member's role, or the
// registration the family reads on every plan (checkTreatmentPlan refuses a
// plan without it).
export type NoPlanReason = 'not-now' | 'not-a-doctor' | 'unregistered'

export function whyNoPlan(
  status: ReferralStatus | null,
  role: ClinicRole,
  registration: { registrationNumber: string | null; registrationCouncil: string | null } | null,
): NoPlanReason | null {
  const rule = referralRules['propose-plan']
  if (status === null || !rule.from.includes(status)) return 'not-now'
  if (!rule.by.includes(role)) return 'not-a-doctor'
  if (!registration?.registrationNumber?.trim() || !registration.registrationCouncil?.trim())
    return 'unregistered'
  return null
}
