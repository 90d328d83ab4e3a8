import { describe, expect, test } from 'vitest'
import { asCaseId, asConsultationId, asConsultationSlotId, asProviderId } from '../shared/ids.ts'
import { bookConsultation } from './book-consultation.ts'
import type { Consultation } from './consultation.ts'
import type { ConsultationSlot } from './consultation-slot.ts'

const now = new Date('2027-01-10T09:00:00Z')
const family = asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c41')
const otherFamily = asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c42')
const slot: ConsultationSlot = {
  id: asConsultationSlotId('00000000-0000-4000-8000-000000000001'),
  clinicId: asProviderId('clinic-a'),
  start: new Date('2027-01-15T10:00:00Z'),
  minutes: 30,
  timeZone: 'Europe/Berlin',
}
const id = asConsultationId('c0000000-0000-4000-8000-000000000001')
const held = (caseId: typeof family, status: Consultation['status'] = 'booked'): Consultation => ({
  id: asConsultationId('c0000000-0000-4000-8000-000000000009'),
  caseId,
  clinicId: slot.clinicId,
  slotId: slot.id,
  status,
  sequence: 0,
})

describe('a family books a consultation', () => {
  test('a free slot is booked at sequence 0, and the booking is recorded', () => {
    expect(bookConsultation({ id, caseId: family, slot }, [], now)).toEqual({
      ok: true,
      value: {
        next: { id, caseId: family, clinicId: slot.clinicId, slotId: slot.id, status: 'booked', sequence: 0 },
        events: [
          {
            type: 'consultation.booked',
            consultationId: id,
            caseId: family,
            slotId: slot.id,
            sequence: 0,
            at: now,
          },
        ],
      },
    })
  })

  test('a slot another family holds cannot be booked again', () => {
    expect(bookConsultation({ id, caseId: family, slot }, [held(otherFamily)], now)).toEqual({
      ok: false,
      error: { code: 'consultation.slot-taken', field: 'slotId', byThisCase: false },
    })
  })

  test('booking the same slot twice (a double submit) is refused and says it is already yours', () => {
    expect(bookConsultation({ id, caseId: family, slot }, [held(family)], now)).toEqual({
      ok: false,
      error: { code: 'consultation.slot-taken', field: 'slotId', byThisCase: true },
    })
  })

  test('a slot freed by a cancellation can be booked', () => {
    expect(bookConsultation({ id, caseId: family, slot }, [held(otherFamily, 'cancelled')], now).ok).toBe(
      true,
    )
  })

  test('a slot that has started cannot be booked', () => {
    expect(bookConsultation({ id, caseId: family, slot }, [], slot.start)).toEqual({
      ok: false,
      error: { code: 'consultation.slot-started', field: 'slotId' },
    })
  })
})
