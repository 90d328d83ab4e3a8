import { describe, expect, test } from 'vitest'
import { asCaseId, asConsultationId, asConsultationSlotId, asProviderId } from '../shared/ids.ts'
import { bookConsultation } from './book-consultation.ts'
import { cancelConsultation } from './cancel-consultation.ts'
import type { Consultation } from './consultation.ts'
import type { ConsultationSlot } from './consultation-slot.ts'

const now = new Date('2027-01-10T09:00:00Z')
const slot: ConsultationSlot = {
  id: asConsultationSlotId('00000000-0000-4000-8000-000000000001'),
  clinicId: asProviderId('clinic-a'),
  start: new Date('2027-01-15T10:00:00Z'),
  minutes: 30,
  timeZone: 'Europe/Berlin',
}
const current: Consultation = {
  id: asConsultationId('c0000000-0000-4000-8000-000000000001'),
  caseId: asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c41'),
  clinicId: slot.clinicId,
  slotId: slot.id,
  status: 'booked',
  sequence: 1,
}

describe('a family cancels a consultation', () => {
  test('it is cancelled under the same identity with the sequence raised', () => {
    expect(cancelConsultation(current, slot, now)).toEqual({
      ok: true,
      value: {
        next: { ...current, status: 'cancelled', sequence: 2 },
        events: [
          {
            type: 'consultation.cancelled',
            consultationId: current.id,
            caseId: current.caseId,
            slotId: slot.id,
            sequence: 2,
            at: now,
          },
        ],
      },
    })
  })

  test('its slot can then be booked by another family', () => {
    const cancelled = cancelConsultation(current, slot, now)
    if (!cancelled.ok) throw new Error('expected a cancellation')
    const other = {
      id: asConsultationId('c0000000-0000-4000-8000-000000000002'),
      caseId: asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c42'),
      slot,
    }
    expect(bookConsultation(other, [cancelled.value.next], now).ok).toBe(true)
  })

  test('a cancelled consultation cannot be cancelled again', () => {
    expect(cancelConsultation({ ...current, status: 'cancelled' }, slot, now)).toEqual({
      ok: false,
      error: { code: 'consultation.cancelled', field: null },
    })
  })

  test('a consultation that has started cannot be cancelled', () => {
    expect(cancelConsultation(current, slot, slot.start)).toEqual({
      ok: false,
      error: { code: 'consultation.started', field: null },
    })
  })
})
