import type { Appointment, Patient, Reference } from '@medplum/fhirtypes'
import { slotEnd, type ConsultationSlot } from '../consultations/consultation-slot.ts'
import type { Consultation } from '../consultations/consultation.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { extensionUrls, systems } from './codes.ts'

// A virtual consultation as an R4 Appointment (issue 15): booked or
// cancelled, from the slot's start to its end, with the clinic's IANA zone
// (the zone the invitation names its times in) in an extension. The patient
// and the clinic take part; R4 does not let an Organization be a participant,
// so the clinic is named by its Waypoint id and name as the primary
// performer. It is based on the referral it was booked under. Ready for the
// case export once consultations are stored.
export type ExportedConsultation = {
  consultation: Pick<Consultation, 'id' | 'clinicId' | 'status'>
  slot: Pick<ConsultationSlot, 'start' | 'minutes' | 'timeZone'>
  providerName: string
  /** The referral the consultation belongs to, when there is one. */
  referralId: string | null
  bookedAt: Date
}

export function consultationAppointment(
  c: ExportedConsultation,
  ids: CaseResourceIds,
  patient: Reference<Patient>,
): Appointment {
  const participation = c.consultation.status === 'booked' ? 'accepted' : 'declined'
  return {
    resourceType: 'Appointment',
    id: ids.consultation(c.consultation.id),
    extension: [{ url: extensionUrls.timeZone, valueCode: c.slot.timeZone }],
    identifier: [{ system: systems.consultationId, value: c.consultation.id }],
    status: c.consultation.status === 'booked' ? 'booked' : 'cancelled',
    description: 'Virtual consultation',
    start: c.slot.start.toISOString(),
    end: slotEnd(c.slot).toISOString(),
    minutesDuration: c.slot.minutes,
    created: c.bookedAt.toISOString(),
    ...(c.referralId ? { basedOn: [{ reference: `ServiceRequest/${ids.referral(c.referralId)}` }] } : {}),
    participant: [
      { actor: patient, required: 'required', status: participation },
      {
        type: [
          { coding: [{ system: systems.v3ParticipationType, code: 'PPRF', display: 'primary performer' }] },
        ],
        actor: {
          identifier: { system: systems.providerId, value: c.consultation.clinicId },
          display: c.providerName,
        },
        required: 'required',
        status: participation,
      },
    ],
  }
}
