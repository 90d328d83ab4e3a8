import { err, ok, type Result } from '../shared/result.ts'

// Why a clinic calls off a booked consultation: a short list the family reads
// in their own language, never free text (which could carry health details
// into an email and could not be translated).
export const clinicCancelReasons = [
  'doctor-unavailable',
  'clinic-closed',
  'technical-problem',
  'other',
] as const
export type ClinicCancelReason = (typeof clinicCancelReasons)[number]

/**
 * Who called the consultation off: the family, the clinic with its reason, or
 * Waypoint itself because the clinic's referral ended.
 */
export type CancelledBy =
  { by: 'family' } | { by: 'clinic'; reason: ClinicCancelReason } | { by: 'system'; reason: 'referral-ended' }

export type CancelReasonRefusal = { code: 'consultation.reason-missing'; field: 'reason' }

export function parseClinicCancelReason(raw: unknown): Result<ClinicCancelReason, CancelReasonRefusal> {
  const found = clinicCancelReasons.find((r) => r === raw)
  return found ? ok(found) : err({ code: 'consultation.reason-missing', field: 'reason' })
}
