import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { parseTripItem, type TripItem } from '#domain/travel/trip-items.ts'
import { foldLine, itineraryCalendar } from './itinerary-calendar.ts'

// The itinerary's calendar file read back by ical.js (the parser Thunderbird
// uses) with only the time zones the file itself carries: each event must
// land at the instant the plan means, whatever zone each end is in.

const item = (kind: string, raw: Record<string, string>): TripItem => {
  const r = parseTripItem(kind, raw)
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

const flight = item('flight', {
  carrier: 'Royal Jordanian',
  number: 'RJ 198',
  from: 'LHR',
  to: 'DEL',
  departsDate: '2027-03-27',
  departsTime: '22:10',
  departsZone: 'Europe/London',
  arrivesDate: '2027-03-28',
  arrivesTime: '12:40',
  arrivesZone: 'Asia/Kolkata',
})
const pickup = item('pickup', {
  atDate: '2027-03-28',
  atTime: '13:30',
  atZone: 'Asia/Kolkata',
  place: 'Delhi airport, Terminal 3; gate 4',
  wheelchairVehicle: 'yes',
})
const stay = item('stay', {
  name: 'Guest House, Lotus',
  address: '12 MG Road\nBengaluru',
  checkIn: '2027-03-28',
  checkOut: '2027-04-20',
  powerForNiv: 'yes',
})
const contact = item('contact', { name: 'Priya', role: 'Clinic desk', phone: '+91 80 1234 5678' })

const ics = itineraryCalendar({
  items: [
    { id: 'f1', version: 1, item: flight },
    { id: 'p1', version: 3, item: pickup },
    { id: 's1', version: 1, item: stay },
    { id: 'c1', version: 1, item: contact },
  ],
  reference: 'WP-7K3M',
  locale: 'en',
  uidHost: 'waypoint.example',
  stamp: new Date('2027-01-05T10:00:00Z'),
})

function events() {
  const root = new ICAL.Component(ICAL.parse(ics))
  for (const z of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(z)
  return root.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }))
}

describe('the itinerary calendar', () => {
  test('a flight starts in its departure zone and ends in its arrival zone, at the right instants', () => {
    const { v, e } = events()[0]!
    expect(v.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London')
    expect(v.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Asia/Kolkata')
    // London is still on GMT on 27 March 2027 (summer time starts on the 28th).
    expect(e.startDate.toJSDate().toISOString()).toBe('2027-03-27T22:10:00.000Z')
    expect(e.endDate.toJSDate().toISOString()).toBe('2027-03-28T07:10:00.000Z')
    expect(e.summary).toBe('Flight RJ198 LHR → DEL')
  })

  test('the pickup is at its local time in Delhi; the stay is whole days', () => {
    const [, pick, st] = events()
    expect(pick!.e.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z')
    expect(pick!.e.location).toBe('Delhi airport, Terminal 3; gate 4')
    expect(st!.e.startDate.isDate).toBe(true)
    expect(st!.e.startDate.toString()).toBe('2027-03-28')
    expect(st!.e.endDate.toString()).toBe('2027-04-20')
    expect(st!.e.summary).toBe('Stay: Guest House, Lotus')
    expect(st!.e.location).toBe('12 MG Road\nBengaluru')
  })

  test('each event has a UID from its item and a SEQUENCE from its version; people are not events', () => {
    const all = events()
    expect(all.map(({ e }) => e.uid)).toEqual([
      'trip-f1@waypoint.example',
      'trip-p1@waypoint.example',
      'trip-s1@waypoint.example',
    ])
    expect(all.map(({ e }) => e.sequence)).toEqual([0, 2, 0])
    expect(ics).not.toContain('Priya')
  })

  test('every zone used has its VTIMEZONE and no health detail is written', () => {
    const root = new ICAL.Component(ICAL.parse(ics))
    expect(
      root
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['Asia/Kolkata', 'Europe/London'])
    expect(ics).not.toMatch(/NIV|hoist|wheelchair/i)
  })

  test('long lines are folded at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`
    const folded = foldLine(line)
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })
})
