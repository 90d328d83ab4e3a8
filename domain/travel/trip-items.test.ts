import { describe, expect, test } from 'vitest'
import {
  checkAgainstPlan,
  parseTripItem,
  pastItemProblems,
  type Flight,
  type TripItem,
} from './trip-items.ts'
import { itinerary, visaWindow } from './itinerary.ts'

const flightForm = (change: Record<string, string> = {}) => ({
  carrier: 'Air India',
  number: 'AI 162',
  from: 'LHR',
  to: 'DEL',
  departsDate: '2027-02-01',
  departsTime: '21:00',
  departsZone: 'Europe/London',
  arrivesDate: '2027-02-02',
  arrivesTime: '10:30',
  arrivesZone: 'Asia/Kolkata',
  ...change,
})

const flight = (change: Record<string, string> = {}): Flight => {
  const r = parseTripItem('flight', flightForm(change))
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as Flight
}

describe('a flight', () => {
  test('keeps each end in its own zone with the instant it means', () => {
    const f = flight()
    expect(f.number).toBe('AI162')
    expect(f.departs).toEqual({
      date: '2027-02-01',
      time: '21:00',
      zone: 'Europe/London',
      at: '2027-02-01T21:00:00.000Z',
    })
    expect(f.arrives.at).toBe('2027-02-02T05:00:00.000Z')
  })

  test('arriving at an earlier local clock time is fine when the instant is later (westbound)', () => {
    // Delhi 02:00 (20:30 UTC the day before) → London 06:30 (UTC in March): 10 h in the air.
    const f = flight({
      from: 'DEL',
      to: 'LHR',
      departsDate: '2027-03-20',
      departsTime: '02:00',
      departsZone: 'Asia/Kolkata',
      arrivesDate: '2027-03-20',
      arrivesTime: '06:30',
      arrivesZone: 'Europe/London',
    })
    expect(Date.parse(f.arrives.at) - Date.parse(f.departs.at)).toBe(10 * 3_600_000)
  })

  test('arriving before departing is refused even when the local clock reads later', () => {
    // London 21:00 is Delhi 02:30 the next day; "arrives 01:00 Delhi" is before departure.
    const r = parseTripItem('flight', flightForm({ arrivesTime: '01:00' }))
    expect(r.ok ? [] : r.error).toEqual([{ code: 'trip.arrives-before-departure', field: 'arrivesTime' }])
  })

  test('a date that does not exist, an unknown zone and a bad airport are each named', () => {
    const r = parseTripItem(
      'flight',
      flightForm({ departsDate: '2027-02-30', arrivesZone: 'Mars/Olympus', to: 'DELHI', number: '??' }),
    )
    expect(r.ok ? [] : r.error.map((p) => p.field).sort()).toEqual(
      ['arrivesZone', 'departsDate', 'number', 'to'].sort(),
    )
  })

  test('a time the clocks skip is refused', () => {
    const r = parseTripItem('flight', flightForm({ departsDate: '2027-03-28', departsTime: '01:30' }))
    expect(r.ok ? [] : r.error).toContainEqual({ code: 'trip.no-such-time', field: 'departsTime' })
  })

  test('overlapping flights are refused; a connection that starts as the first lands is not', () => {
    const first = flight()
    const overlapping = flight({ number: 'AI 111', departsDate: '2027-02-02', departsTime: '03:00' })
    expect(checkAgainstPlan(overlapping, [first])).toEqual({
      ok: false,
      error: [{ code: 'trip.flights-overlap', field: 'departsTime' }],
    })
    const connection = flight({
      number: 'AI 503',
      from: 'DEL',
      to: 'BLR',
      departsDate: '2027-02-02',
      departsTime: '10:30',
      departsZone: 'Asia/Kolkata',
      arrivesDate: '2027-02-02',
      arrivesTime: '13:15',
      arrivesZone: 'Asia/Kolkata',
    })
    expect(checkAgainstPlan(connection, [first]).ok).toBe(true)
  })
})

describe('a trip planned ahead', () => {
  // 1 February 2027, 20:00 in London: the flight leaves at 21:00.
  const now = new Date('2027-02-01T20:00:00Z')
  test('a flight already gone is refused on its departure, one still to leave is not', () => {
    expect(pastItemProblems(flight({ departsDate: '2027-01-31' }), null, now)).toEqual([
      { code: 'trip.in-the-past', field: 'departsDate' },
    ])
    expect(pastItemProblems(flight(), null, now)).toEqual([])
  })

  test('a past flight may still be corrected when its departure stays as it was', () => {
    const gone = flight({ departsDate: '2027-01-31', arrivesDate: '2027-02-01' })
    expect(
      pastItemProblems(
        flight({ departsDate: '2027-01-31', arrivesDate: '2027-02-01', number: 'AI 161' }),
        gone,
        now,
      ),
    ).toEqual([])
  })

  test('a stay is past only once its check-out day is over everywhere', () => {
    const stay = (checkOut: string): TripItem => ({
      kind: 'stay',
      name: 'Guest house',
      address: 'Delhi',
      checkIn: '2027-01-20' as never,
      checkOut: checkOut as never,
      accessibleRoom: true,
      hoist: false,
      powerForNiv: false,
    })
    expect(pastItemProblems(stay('2027-02-01'), null, now)).toEqual([])
    expect(pastItemProblems(stay('2027-01-30'), null, now)).toEqual([
      { code: 'trip.in-the-past', field: 'checkOut' },
    ])
  })
})

describe('a stay', () => {
  test('checks out after it checks in', () => {
    const r = parseTripItem('stay', {
      name: 'Hotel',
      address: 'MG Road',
      checkIn: '2027-02-02',
      checkOut: '2027-02-02',
    })
    expect(r.ok ? [] : r.error).toEqual([{ code: 'trip.check-out-before-check-in', field: 'checkOut' }])
  })
})

describe('people to call', () => {
  test('need a number someone could dial', () => {
    const contact = (phone: string) => parseTripItem('contact', { name: 'Priya', role: 'Clinic desk', phone })
    expect(contact('+91 80 4000 1234').ok).toBe(true)
    expect(contact('not a phone')).toEqual({
      ok: false,
      error: [{ code: 'trip.phone-invalid', field: 'phone' }],
    })
    const interpreter = parseTripItem('interpreter', {
      name: 'Sana',
      languages: 'Arabic, English',
      phone: '12',
    })
    expect(interpreter).toEqual({ ok: false, error: [{ code: 'trip.phone-invalid', field: 'phone' }] })
  })
})

describe('the itinerary', () => {
  const stay: TripItem = {
    kind: 'stay',
    name: 'Hotel',
    address: 'MG Road',
    checkIn: '2027-02-02' as never,
    checkOut: '2027-03-10' as never,
    accessibleRoom: true,
    hoist: true,
    powerForNiv: true,
  }
  const contact: TripItem = { kind: 'contact', name: 'Priya', role: 'Clinic desk', phone: '+91 80 1234' }

  test('is in time order, people apart', () => {
    const home = flight({
      number: 'AI 161',
      from: 'DEL',
      to: 'LHR',
      departsDate: '2027-03-10',
      departsTime: '14:00',
      departsZone: 'Asia/Kolkata',
      arrivesDate: '2027-03-10',
      arrivesTime: '18:30',
      arrivesZone: 'Europe/London',
    })
    const r = itinerary([
      { id: 'c', item: contact },
      { id: 'h', item: home },
      { id: 's', item: stay },
      { id: 'o', item: flight() },
    ])
    expect(r.timed.map((i) => i.id)).toEqual(['o', 's', 'h'])
    expect(r.people.map((i) => i.id)).toEqual(['c'])
  })

  test('warns when the plan’s stay outlasts a 60-day visa, before any flight', () => {
    expect(visaWindow([], 70, 60).outlasts).toBe(true)
    expect(visaWindow([], 60, 60).outlasts).toBe(false)
  })

  test('warns when the flight home leaves after the visa’s last day', () => {
    const out = flight()
    const home = (date: string) =>
      flight({
        number: 'AI 161',
        from: 'DEL',
        to: 'LHR',
        departsDate: date,
        departsTime: '14:00',
        departsZone: 'Asia/Kolkata',
        arrivesDate: date,
        arrivesTime: '18:30',
        arrivesZone: 'Europe/London',
      })
    // Arrival 2 February: day 60 is 2 April.
    expect(visaWindow([out, home('2027-04-02')], 30, 60)).toEqual({
      arrival: '2027-02-02',
      visaLastDay: '2027-04-02',
      stayLastDay: '2027-04-02',
      outlasts: false,
    })
    expect(visaWindow([out, home('2027-04-03')], 30, 60).outlasts).toBe(true)
  })
})
