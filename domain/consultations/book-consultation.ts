import { err, ok, type Result } from '../shared/result.ts'
import type { CaseId, ConsultationId } from '../shared/ids.ts'
import type { ConsultationSlot } from './consultation-slot.ts'
import { holderOf, type Consultation, type ConsultationDecision } from './consultation.ts'

export type BookingRefusal =
  | { code: 'consultation.slot-started'; field: 'slotId' }
  // `byThisCase`: the case already holds this slot (a double submit), which the page says differently.
  | { code: 'consultation.slot-taken'; field: 'slotId'; byThisCase: boolean }

/**
 * Books a free slot for a case. `consultations` are the consultations that
 * may hold the slot (the clinic's); the shell decides under a lock on the
 * slot so two families pressing "book" at once end with one booking.
 */
export function bookConsultation(
  input: { id: ConsultationId; caseId: CaseId; slot: ConsultationSlot },
  consultations: readonly Consultation[],
  now: Date,
): Result<ConsultationDecision, BookingRefusal> {
  const { id, caseId, slot } = input
  if (slot.start.getTime() <= now.getTime())
    return err({ code: 'consultation.slot-started', field: 'slotId' })
  const holder = holderOf(slot.id, consultations)
  if (holder) {
    return err({ code: 'consultation.slot-taken', field: 'slotId', byThisCase: holder.caseId === caseId })
  }
  const next = {
    id,
    caseId,
    clinicId: slot.clinicId,
    slotId: slot.id,
    status: 'booked',
    sequence: 0,
  } as const
  return ok({
    next,
    events: [
      { type: 'consultation.booked', consultationId: id, caseId, slotId: slot.id, sequence: 0, at: now },
    ],
  })
}
