import type { ClinicRole } from '../clinics/clinic-roles.ts'

// Who may change what a clinic submits for review (issue 16, ADR 0053):
// every member reads the clinic's onboarding; only its administrators add
// credentials and submit or change offers, since each change takes an
// approved item off public pages until a reviewer looks again.
export type OnboardingRefusal = { code: 'onboarding.not-found' } | { code: 'onboarding.not-allowed' }

export function mayEditSubmissions(role: ClinicRole | null): boolean {
  return role === 'clinic-administrator'
}
