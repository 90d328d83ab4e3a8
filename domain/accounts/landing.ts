import { isOpen } from '../cases/open-cases.ts'
import type { CaseStage } from '../cases/case-stages.ts'
import { homeAreaOf, type Role } from './roles.ts'

/**
 * Where a person lands after signing in without a page to return to: a family
 * with one journey under way goes straight back to it, anyone else to the home
 * of their area (the patient dashboard lists several cases, or none yet).
 */
export function landingAfterSignIn(role: Role, cases: readonly { id: string; stage: CaseStage }[]): string {
  const area = homeAreaOf(role)
  if (area !== 'patient') return `/${area}`
  const open = cases.filter((c) => isOpen(c.stage))
  return open.length === 1 ? `/patient/cases/${open[0]!.id}` : '/patient'
}
