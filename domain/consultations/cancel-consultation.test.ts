import { describe, expect, test } from 'vitest'
import { asCaseId, asConsultationId, asConsultationSlotId, asProviderId } from '../shared/ids.ts'
import { bookConsultation } from './book-consultation.ts'
import { cancelConsultation } from './cancel-consultation.ts'
import { parseClinicCancelReason } from './clinic-cancel-reasons.ts'
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
            by: 'family',
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

describe('a clinic cancels a consultation', () => {
  test('the cancellation says it was the clinic, and why', () => {
    const done = cancelConsultation(current, slot, now, { by: 'clinic', reason: 'doctor-unavailable' })
    expect(done).toMatchObject({
      ok: true,
      value: {
        next: { status: 'cancelled', sequence: 2 },
        events: [{ type: 'consultation.cancelled', by: 'clinic', reason: 'doctor-unavailable' }],
      },
    })
  })

  test('a consultation that has started cannot be called off by the clinic either', () => {
    const started = new Date(slot.start.getTime() + 60_000)
    expect(cancelConsultation(current, slot, started, { by: 'clinic', reason: 'other' })).toEqual({
      ok: false,
      error: { code: 'consultation.started', field: null },
    })
  })
})

describe('a clinic’s reason for cancelling', () => {
  test.each(['doctor-unavailable', 'clinic-closed', 'technical-problem', 'other'])('%s is a reason', (r) => {
    expect(parseClinicCancelReason(r)).toEqual({ ok: true, value: r })
  })

  test.each([undefined, '', 'because', 'OTHER'])('%j is refused on the reason field', (r) => {
    expect(parseClinicCancelReason(r)).toEqual({
      ok: false,
      error: { code: 'consultation.reason-missing', field: 'reason' },
    })
  })
})
