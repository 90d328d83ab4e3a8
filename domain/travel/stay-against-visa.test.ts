import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { stayAgainstVisa } from './stay-against-visa.ts'
import type { Flight, Stay } from './trip-items.ts'

const flight = (departs: string, arrives: string): Flight => ({
  kind: 'flight',
  carrier: 'Air India',
  number: 'AI 142',
  from: 'CDG',
  to: 'DEL',
  departs: { date: departs as CalendarDate, time: '10:00', zone: 'Europe/Paris', at: `${departs}T09:00:00Z` },
  arrives: { date: arrives as CalendarDate, time: '02:00', zone: 'Asia/Kolkata', at: `${arrives}T20:30:00Z` },
})
const eMedical = { name: 'e-Medical visa', validityDays: 60, extendable: false }

describe('a changed plan against the visa', () => {
  test('a stay longer than the visa is counted from the first arrival, with both last days', () => {
    const items = [flight('2026-12-19', '2026-12-20'), flight('2026-12-01', '2026-12-02')]
    expect(stayAgainstVisa(items, 75, eMedical)).toEqual({
      visaName: 'e-Medical visa',
      validityDays: 60,
      lengthOfStayDays: 75,
      extendable: false,
      arrival: '2026-12-02',
      visaLastDay: '2027-01-30',
      stayLastDay: '2027-02-14',
    })
  })

  test('a stay that ends on the visa’s last day fits', () => {
    expect(stayAgainstVisa([flight('2026-12-01', '2026-12-02')], 60, eMedical)).toBeNull()
  })

  test('a home flight booked for the old plan does not count against the changed one', () => {
    const home = flight('2027-02-20', '2027-02-20')
    expect(stayAgainstVisa([flight('2026-12-01', '2026-12-02'), home], 30, eMedical)).toBeNull()
  })

  test('before a flight only the lengths are compared', () => {
    const stay: Stay = {
      kind: 'stay',
      name: 'Guest house',
      address: 'Saket',
      checkIn: '2026-12-02' as CalendarDate,
      checkOut: '2026-12-30' as CalendarDate,
      accessibleRoom: true,
      hoist: false,
      powerForNiv: false,
    }
    expect(stayAgainstVisa([stay], 61, eMedical)).toMatchObject({ arrival: null, visaLastDay: null })
    expect(stayAgainstVisa([], 60, eMedical)).toBeNull()
  })

  test('with no visa rules for the destination there is nothing to check', () => {
    expect(stayAgainstVisa([], 400, null)).toBeNull()
  })
})
