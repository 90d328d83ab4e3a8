import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { asConsultationSlotId, asProviderId } from '../shared/ids.ts'
import { checkSlot, type SlotOffer } from './check-slot.ts'
import { removalAsked, type ConsultationSlot } from './consultation-slot.ts'

const now = new Date('2027-01-10T09:00:00Z')
const clinicA = asProviderId('clinic-a')
const clinicB = asProviderId('clinic-b')

const offer = (over: Partial<SlotOffer> = {}): SlotOffer => ({
  id: asConsultationSlotId('00000000-0000-4000-8000-000000000001'),
  clinicId: clinicA,
  start: new Date('2027-01-15T10:00:00Z'),
  minutes: 30,
  timeZone: 'Europe/Berlin',
  ...over,
})

const existing = (n: number, start: string, minutes: number, clinicId = clinicA): ConsultationSlot => ({
  id: asConsultationSlotId(`00000000-0000-4000-8000-00000000010${n}`),
  clinicId,
  start: new Date(start),
  minutes,
  timeZone: 'Europe/Berlin',
})

describe('a clinic offers a consultation slot', () => {
  test('a future slot that overlaps nothing is accepted as offered', () => {
    expect(checkSlot(offer(), [], now)).toEqual({ ok: true, value: offer() })
  })

  test.each([
    ['now exactly', '2027-01-10T09:00:00Z'],
    ['a minute ago', '2027-01-10T08:59:00Z'],
    ['last year', '2026-01-15T10:00:00Z'],
  ])('a slot starting %s is in the past', (_, start) => {
    expect(checkSlot(offer({ start: new Date(start) }), [], now)).toEqual({
      ok: false,
      error: { code: 'slot.in-past', field: 'start' },
    })
  })

  test('a slot may be offered up to 180 days ahead, not further', () => {
    const ahead = (ms: number) => checkSlot(offer({ start: new Date(now.getTime() + ms) }), [], now)
    expect(ahead(180 * 86_400_000).ok).toBe(true)
    expect(ahead(180 * 86_400_000 + 60_000)).toEqual({
      ok: false,
      error: { code: 'slot.too-far', field: 'start', furthestDays: 180 },
    })
    expect(checkSlot(offer({ start: new Date('2029-01-15T10:00:00Z') }), [], now).ok).toBe(false)
  })

  test('a start that is not a date is refused on the start field', () => {
    expect(checkSlot(offer({ start: new Date('not a date') }), [], now)).toEqual({
      ok: false,
      error: { code: 'slot.start-invalid', field: 'start' },
    })
  })

  test.each([0, -15, 12.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'a length of %s minutes is refused',
    (minutes) => {
      expect(checkSlot(offer({ minutes }), [], now)).toEqual({
        ok: false,
        error: { code: 'slot.duration-invalid', field: 'minutes' },
      })
    },
  )

  test('a slot may last two hours, not a minute more', () => {
    expect(checkSlot(offer({ minutes: 120 }), [], now).ok).toBe(true)
    expect(checkSlot(offer({ minutes: 121 }), [], now)).toEqual({
      ok: false,
      error: { code: 'slot.too-long', field: 'minutes', longestMinutes: 120 },
    })
  })

  test.each([
    'Mars/Olympus_Mons',
    'Europe/Berlinn',
    '+05:30',
    'EST5EDT',
    'europe/berlin',
    '',
    'Europe/../etc',
  ])('the time zone %j is not an IANA zone', (timeZone) => {
    expect(checkSlot(offer({ timeZone }), [], now)).toEqual({
      ok: false,
      error: { code: 'slot.time-zone-unknown', field: 'timeZone', timeZone },
    })
  })

  test('an old name of a zone is kept under its current name', () => {
    const checked = checkSlot(offer({ timeZone: 'Asia/Calcutta' }), [], now)
    expect(checked.ok && checked.value.timeZone).toBe('Asia/Kolkata')
  })

  test.each([
    ['starts inside another', '2027-01-15T09:45:00Z', 30],
    ['ends inside another', '2027-01-15T10:15:00Z', 30],
    ['lies within another', '2027-01-15T09:30:00Z', 120],
    ['covers another', '2027-01-15T10:05:00Z', 10],
  ])('a slot that %s of the same clinic is refused, naming the other', (_, start, minutes) => {
    const other = existing(1, start, minutes)
    expect(checkSlot(offer(), [other], now)).toEqual({
      ok: false,
      error: { code: 'slot.overlaps', field: 'start', slotId: other.id },
    })
  })

  test('slots that meet end to start do not overlap', () => {
    const before = existing(1, '2027-01-15T09:30:00Z', 30)
    const after = existing(2, '2027-01-15T10:30:00Z', 30)
    expect(checkSlot(offer(), [before, after], now).ok).toBe(true)
  })

  test("another clinic's slot at the same time is no clash", () => {
    expect(checkSlot(offer(), [existing(1, '2027-01-15T10:00:00Z', 30, clinicB)], now).ok).toBe(true)
  })

  test('a slot moved a little does not clash with where it was', () => {
    const itself = { ...offer(), start: new Date('2027-01-15T09:50:00Z') }
    expect(checkSlot(offer(), [itself], now).ok).toBe(true)
  })

  test('the same clock time is one instant in Berlin and another in Kolkata, so both may be offered by different zones', () => {
    // 10:00 in Berlin (09:00Z) and 10:00 in Kolkata (04:30Z) are hours apart.
    const kolkata = { ...existing(1, '2027-01-15T04:30:00Z', 60), timeZone: 'Asia/Kolkata' }
    expect(checkSlot(offer({ start: new Date('2027-01-15T09:00:00Z') }), [kolkata], now).ok).toBe(true)
  })
})

describe('overlap, for any two slots of one clinic', () => {
  test('the second is refused exactly when the two share a minute', () => {
    const minute = 60_000
    const base = Date.UTC(2027, 0, 15)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 120 }),
        (aStart, aMinutes, bStart, bMinutes) => {
          const a = existing(1, new Date(base + aStart * minute).toISOString(), aMinutes)
          const b = offer({ start: new Date(base + bStart * minute), minutes: bMinutes })
          const share = aStart < bStart + bMinutes && bStart < aStart + aMinutes
          expect(checkSlot(b, [a], now).ok).toBe(!share)
        },
      ),
    )
  })
})

describe('the removal a clinic is asked to confirm', () => {
  const slots = [
    { id: 'free', booked: false },
    { id: 'taken', booked: true },
  ]
  test('is asked for a free time; a booked or vanished one is gone; none without a slot named', () => {
    expect(removalAsked(slots, 'free')).toEqual({ ask: slots[0] })
    expect(removalAsked(slots, 'taken')).toEqual({ gone: true })
    expect(removalAsked(slots, 'removed-already')).toEqual({ gone: true })
    expect(removalAsked(slots, null)).toBeNull()
  })
})
