import { describe, expect, test } from 'vitest'
import { asCaseId, asConsultationId, asConsultationSlotId, asProviderId } from '../shared/ids.ts'
import type { Consultation } from './consultation.ts'
import type { ConsultationSlot } from './consultation-slot.ts'
import { rescheduleConsultation } from './reschedule-consultation.ts'

const now = new Date('2027-01-10T09:00:00Z')
const family = asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c41')
const clinic = asProviderId('clinic-a')
const slot = (n: number, start: string, clinicId = clinic): ConsultationSlot => ({
  id: asConsultationSlotId(`00000000-0000-4000-8000-00000000000${n}`),
  clinicId,
  start: new Date(start),
  minutes: 30,
  timeZone: 'Europe/Berlin',
})
const from = slot(1, '2027-01-15T10:00:00Z')
const to = slot(2, '2027-01-16T10:00:00Z')
const current: Consultation = {
  id: asConsultationId('c0000000-0000-4000-8000-000000000001'),
  caseId: family,
  clinicId: clinic,
  slotId: from.id,
  status: 'booked',
  sequence: 2,
}

describe('a family moves a consultation to another slot', () => {
  test('it keeps its identity, takes the new slot and raises the sequence by one', () => {
    const decided = rescheduleConsultation(current, { from, to }, [current], now)
    expect(decided).toEqual({
      ok: true,
      value: {
        next: { ...current, slotId: to.id, sequence: 3 },
        events: [
          {
            type: 'consultation.rescheduled',
            consultationId: current.id,
            caseId: family,
            slotId: to.id,
            previousSlotId: from.id,
            sequence: 3,
            at: now,
          },
        ],
      },
    })
  })

  test('a slot held by another booking is refused', () => {
    const other = {
      ...current,
      id: asConsultationId('c0000000-0000-4000-8000-000000000002'),
      caseId: asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c42'),
      slotId: to.id,
    }
    expect(rescheduleConsultation(current, { from, to }, [current, other], now)).toEqual({
      ok: false,
      error: { code: 'consultation.slot-taken', field: 'slotId', byThisCase: false },
    })
  })

  test.each([
    [
      'a cancelled consultation',
      { ...current, status: 'cancelled' as const },
      { from, to },
      now,
      'consultation.cancelled',
    ],
    ['to the slot it already holds', current, { from, to: from }, now, 'consultation.same-slot'],
    [
      "to another clinic's slot",
      current,
      { from, to: slot(3, '2027-01-16T10:00:00Z', asProviderId('clinic-b')) },
      now,
      'consultation.other-clinic',
    ],
    [
      'to a slot that has started',
      current,
      { from, to: slot(4, '2027-01-09T10:00:00Z') },
      now,
      'consultation.slot-started',
    ],
    ['once it has started', current, { from, to }, new Date('2027-01-15T10:05:00Z'), 'consultation.started'],
  ])('%s cannot be rescheduled', (_, consultation, slots, at, code) => {
    const decided = rescheduleConsultation(consultation, slots, [consultation], at)
    expect(decided.ok ? null : decided.error.code).toBe(code)
  })
})
