import { err, ok, type Result } from '../shared/result.ts'
import type { CancelledBy } from './clinic-cancel-reasons.ts'
import type { ConsultationSlot } from './consultation-slot.ts'
import type { Consultation, ConsultationDecision } from './consultation.ts'

export type CancelRefusal =
  { code: 'consultation.cancelled'; field: null } | { code: 'consultation.started'; field: null }

/**
 * Cancels a booked consultation before it starts. The slot is free again; the
 * sequence rises by one so the cancellation outranks the last invitation.
 * `slot` is the slot the consultation holds. The family cancels without
 * giving a reason; a clinic gives one, which the family is told.
 */
export function cancelConsultation(
  current: Consultation,
  slot: ConsultationSlot,
  now: Date,
  cancelledBy: CancelledBy = { by: 'family' },
): Result<ConsultationDecision, CancelRefusal> {
  if (current.status !== 'booked') return err({ code: 'consultation.cancelled', field: null })
  if (slot.start.getTime() <= now.getTime()) return err({ code: 'consultation.started', field: null })
  const sequence = current.sequence + 1
  return ok({
    next: { ...current, status: 'cancelled', sequence },
    events: [
      {
        type: 'consultation.cancelled',
        consultationId: current.id,
        caseId: current.caseId,
        slotId: current.slotId,
        sequence,
        ...cancelledBy,
        at: now,
      },
    ],
  })
}
