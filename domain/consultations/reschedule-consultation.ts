import { err, ok, type Result } from '../shared/result.ts'
import type { ConsultationSlot } from './consultation-slot.ts'
import { holderOf, type Consultation, type ConsultationDecision } from './consultation.ts'

export type RescheduleRefusal =
  | { code: 'consultation.cancelled'; field: null }
  | { code: 'consultation.started'; field: null }
  | { code: 'consultation.same-slot'; field: 'slotId' }
  | { code: 'consultation.other-clinic'; field: 'slotId' }
  | { code: 'consultation.slot-started'; field: 'slotId' }
  | { code: 'consultation.slot-taken'; field: 'slotId'; byThisCase: boolean }

/**
 * Moves a booked consultation to another free slot of the same clinic. It
 * stays the same consultation (same id, so the same calendar event) and its
 * sequence rises by one, so calendars replace the old time with the new one.
 * `from` is the slot it holds now; the old slot is free again afterwards.
 */
export function rescheduleConsultation(
  current: Consultation,
  slots: { from: ConsultationSlot; to: ConsultationSlot },
  consultations: readonly Consultation[],
  now: Date,
): Result<ConsultationDecision, RescheduleRefusal> {
  const { from, to } = slots
  if (current.status !== 'booked') return err({ code: 'consultation.cancelled', field: null })
  if (from.start.getTime() <= now.getTime()) return err({ code: 'consultation.started', field: null })
  if (to.id === current.slotId) return err({ code: 'consultation.same-slot', field: 'slotId' })
  if (to.clinicId !== current.clinicId) return err({ code: 'consultation.other-clinic', field: 'slotId' })
  if (to.start.getTime() <= now.getTime()) return err({ code: 'consultation.slot-started', field: 'slotId' })
  const holder = holderOf(to.id, consultations)
  if (holder) {
    return err({
      code: 'consultation.slot-taken',
      field: 'slotId',
      byThisCase: holder.caseId === current.caseId,
    })
  }
  const sequence = current.sequence + 1
  return ok({
    next: { ...current, slotId: to.id, sequence },
    events: [
      {
        type: 'consultation.rescheduled',
        consultationId: current.id,
        caseId: current.caseId,
        slotId: to.id,
        previousSlotId: current.slotId,
        sequence,
        at: now,
      },
    ],
  })
}
