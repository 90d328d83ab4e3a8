import type { CaseId, ConsultationId, ConsultationSlotId, ProviderId } from '../shared/ids.ts'
import type { CancelledBy } from './clinic-cancel-reasons.ts'

// A consultation is a case's booking of one clinic slot. Its id is the
// calendar event's identity: the invitation's UID is made from it, so a
// reschedule updates the same event in the family's calendar and a
// cancellation removes it. `sequence` is the iCalendar SEQUENCE: 0 when
// booked, one more on every reschedule and on the cancellation (RFC 5546).
export type ConsultationStatus = 'booked' | 'cancelled'

export type Consultation = {
  id: ConsultationId
  caseId: CaseId
  clinicId: ProviderId
  slotId: ConsultationSlotId
  status: ConsultationStatus
  sequence: number
}

export type ConsultationEvent =
  | {
      type: 'consultation.booked'
      consultationId: ConsultationId
      caseId: CaseId
      slotId: ConsultationSlotId
      sequence: number
      at: Date
    }
  | {
      type: 'consultation.rescheduled'
      consultationId: ConsultationId
      caseId: CaseId
      slotId: ConsultationSlotId
      previousSlotId: ConsultationSlotId
      sequence: number
      at: Date
    }
  | ({
      type: 'consultation.cancelled'
      consultationId: ConsultationId
      caseId: CaseId
      slotId: ConsultationSlotId
      sequence: number
      at: Date
    } & CancelledBy)

export type ConsultationDecision = { next: Consultation; events: ConsultationEvent[] }

/** The booked consultation holding this slot, if any. */
export function holderOf(
  slotId: ConsultationSlotId,
  consultations: readonly Consultation[],
): Consultation | undefined {
  return consultations.find((c) => c.slotId === slotId && c.status === 'booked')
}
