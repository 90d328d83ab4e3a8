import { err, ok, type Result } from '../shared/result.ts'
import type { Role } from './roles.ts'

// People erase their own account after confirming it. Staff accounts are
// closed by an administrator instead, so their audit trail stays attributable.
export type ErasureRefusal = { code: 'erase.staff' } | { code: 'erase.not-confirmed' }

export function mayEraseOwnAccount(role: Role): boolean {
  return role === 'patient' || role === 'caregiver'
}

export function decideErasure(role: Role, confirmed: boolean): Result<null, ErasureRefusal> {
  if (!mayEraseOwnAccount(role)) return err({ code: 'erase.staff' })
  return confirmed ? ok(null) : err({ code: 'erase.not-confirmed' })
}
