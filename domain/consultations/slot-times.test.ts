import { describe, expect, test } from 'vitest'
import { asConsultationSlotId, asProviderId } from '../shared/ids.ts'
import type { ConsultationSlot } from './consultation-slot.ts'
import { slotTimes } from './slot-times.ts'

const slotAt = (start: string, timeZone: string): ConsultationSlot => ({
  id: asConsultationSlotId('00000000-0000-4000-8000-000000000001'),
  clinicId: asProviderId('clinic-a'),
  start: new Date(start),
  minutes: 30,
  timeZone,
})

describe("a slot's time, where the clinic is and where the family is", () => {
  test('a Berlin slot the Sunday summer time begins reads 10:00 CEST there and 13:30 in Kolkata', () => {
    const t = slotTimes(slotAt('2026-03-29T08:00:00Z', 'Europe/Berlin'), 'Asia/Kolkata', 'en')
    expect(t.clinic).toEqual({
      timeZone: 'Europe/Berlin',
      text: 'Sunday, 29 March 2026, 10:00–10:30',
      offsetLabel: 'GMT+2',
      date: '2026-03-29',
      offsetMinutes: 120,
    })
    expect(t.family).toMatchObject({
      text: 'Sunday, 29 March 2026, 13:30–14:00',
      offsetLabel: 'GMT+5:30',
      offsetMinutes: 330,
    })
    expect(t.sameClock).toBe(false)
  })

  test('the same Berlin clock time a day earlier, still in winter time, is an hour later in Kolkata', () => {
    const t = slotTimes(slotAt('2026-03-28T09:00:00Z', 'Europe/Berlin'), 'Asia/Kolkata', 'en')
    expect(t.clinic.text).toBe('Saturday, 28 March 2026, 10:00–10:30')
    expect(t.clinic.offsetMinutes).toBe(60)
    expect(t.family.text).toBe('Saturday, 28 March 2026, 14:30–15:00')
  })

  test('a family in New York sees the day before when the Kolkata clinic is early in the morning', () => {
    // 08:00 in Kolkata on 9 March 2027 is 21:30 on 8 March in New York, still on winter time (−5).
    const t = slotTimes(slotAt('2027-03-09T02:30:00Z', 'Asia/Kolkata'), 'America/New_York', 'en')
    expect(t.clinic.date).toBe('2027-03-09')
    expect(t.family.date).toBe('2027-03-08')
    expect(t.family.offsetMinutes).toBe(-300)
    expect(t.family.text).toBe('Monday, 8 March 2027, 21:30–22:00')
  })

  test("in French and Arabic the date is in the reader's words", () => {
    const slot = slotAt('2026-03-29T08:00:00Z', 'Europe/Berlin')
    expect(slotTimes(slot, 'Asia/Kolkata', 'fr').clinic.text).toContain('dimanche 29 mars 2026')
    expect(slotTimes(slot, 'Asia/Kolkata', 'ar').clinic.text).toContain('الأحد')
  })

  test('one line suffices when both places keep the same clock', () => {
    expect(slotTimes(slotAt('2027-01-15T10:00:00Z', 'Europe/Berlin'), 'Europe/Paris', 'en').sameClock).toBe(
      true,
    )
  })
})
