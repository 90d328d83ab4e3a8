import ICAL from 'ical.js'
import { beforeEach, describe, expect, test } from 'vitest'
import { cancelConsultation } from '#domain/consultations/cancel-consultation.ts'
import type { Consultation } from '#domain/consultations/consultation.ts'
import type { ConsultationSlot } from '#domain/consultations/consultation-slot.ts'
import { rescheduleConsultation } from '#domain/consultations/reschedule-consultation.ts'
import { wallClock } from '#domain/consultations/wall-clock.ts'
import { asCaseId, asConsultationId, asConsultationSlotId, asProviderId } from '#domain/shared/ids.ts'
import {
  CalendarZoneUnknown,
  consultationInvitation,
  type ConsultationInvitationInput,
} from './consultation-invitation.ts'
import { vtimezoneFor } from './vtimezone.ts'

// Every invitation here is read back by ical.js, a maintained iCalendar
// parser (the one Thunderbird uses), with only the time zones the file itself
// carries: what a calendar that knows no IANA names would understand.

const clinic = asProviderId('clinic-a')
const slotIn = (timeZone: string, start: string, n = 1): ConsultationSlot => ({
  id: asConsultationSlotId(`00000000-0000-4000-8000-00000000000${n}`),
  clinicId: clinic,
  start: new Date(start),
  minutes: 30,
  timeZone,
})
const booked = (slot: ConsultationSlot): Consultation => ({
  id: asConsultationId('c0ffee00-0000-4000-8000-000000000001'),
  caseId: asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c41'),
  clinicId: clinic,
  slotId: slot.id,
  status: 'booked',
  sequence: 0,
})
const input = (consultation: Consultation, slot: ConsultationSlot): ConsultationInvitationInput => ({
  consultation,
  slot,
  organizer: { name: 'Waypoint coordination', email: 'care@waypoint.example' },
  attendees: [
    { name: 'Amira Haddad', email: 'amira@example.org', required: true },
    { name: 'Dr Weber', email: 'weber@clinic.example', required: false },
  ],
  meetingUrl: 'https://meet.example.org/waypoint-abcdefghijklmnopqrstuvwxyz',
  text: {
    summary: 'Video consultation with Klinik Nord',
    description: 'Case reference WP-7K3M. Join with the link below.',
  },
  uidHost: 'waypoint.example',
  stamp: new Date('2026-03-01T10:00:00Z'),
})

function read(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics))
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone)
  const vevent = root.getFirstSubcomponent('vevent')!
  return { method: root.getFirstPropertyValue('method'), vevent, event: new ICAL.Event(vevent) }
}

/** The family's zone as a calendar would have it: from a VTIMEZONE, not from the file we wrote. */
function zone(timeZone: string): ICAL.Timezone {
  const component = new ICAL.Component(ICAL.parse(vtimezoneFor(timeZone)!))
  return new ICAL.Timezone(component)
}

const clock = (t: ICAL.Time) =>
  `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`

beforeEach(() => ICAL.TimezoneService.reset())

describe('the invitation to a consultation, as a calendar reads it', () => {
  test.each([
    // The clinic's own clock changes: Berlin goes to summer time on the last Sunday of March.
    ['Europe/Berlin', 'Asia/Kolkata', '2026-03-28T09:00:00Z', '2026-03-28 10:00', '2026-03-28 14:30'],
    ['Europe/Berlin', 'Asia/Kolkata', '2026-03-29T08:00:00Z', '2026-03-29 10:00', '2026-03-29 13:30'],
    // The family's clock changes: New York goes to summer time on the second Sunday of March.
    ['Asia/Kolkata', 'America/New_York', '2027-03-13T13:00:00Z', '2027-03-13 18:30', '2027-03-13 08:00'],
    ['Asia/Kolkata', 'America/New_York', '2027-03-15T13:00:00Z', '2027-03-15 18:30', '2027-03-15 09:00'],
    // A New York clinic on the morning its clock went forward, for a family in Kolkata.
    ['America/New_York', 'Asia/Kolkata', '2027-03-14T13:00:00Z', '2027-03-14 09:00', '2027-03-14 18:30'],
    // Back to winter time in Berlin, for a family in New York (still on summer time until November).
    ['Europe/Berlin', 'America/New_York', '2026-10-26T09:00:00Z', '2026-10-26 10:00', '2026-10-26 05:00'],
  ])('a %s slot for a family in %s at %s', (clinicZone, familyZone, instant, clinicClock, familyClock) => {
    const slot = slotIn(clinicZone, instant)
    const { event, vevent } = read(consultationInvitation(input(booked(slot), slot)).content)

    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(clinicZone)
    expect(event.startDate.zone.tzid).toBe(clinicZone)
    expect(clock(event.startDate)).toBe(clinicClock)
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(instant).toISOString())
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000)

    const there = event.startDate.convertToZone(zone(familyZone))
    expect(clock(there)).toBe(familyClock)
    // The same hour the family's own device shows (Intl, the runtime's time zone data).
    const w = wallClock(new Date(instant), familyZone)
    expect(`${there.hour}:${there.minute}`).toBe(`${w.hour}:${w.minute}`)
  })

  test('is a request to attend, confirmed, organised by Waypoint, for the family and the doctor', () => {
    const slot = slotIn('Europe/Berlin', '2026-03-29T08:00:00Z')
    const invitation = consultationInvitation(input(booked(slot), slot))
    const { method, vevent } = read(invitation.content)
    expect(invitation).toMatchObject({ method: 'REQUEST', filename: 'invite.ics' })
    expect(method).toBe('REQUEST')
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(vevent.getFirstPropertyValue('uid')).toBe(
      'consultation-c0ffee00-0000-4000-8000-000000000001@waypoint.example',
    )
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0)
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe(
      'mailto:care@waypoint.example',
    )
    const attendees = vevent.getAllProperties('attendee').map((p) => ({
      who: String(p.getFirstValue()).toLowerCase(),
      role: p.getParameter('role'),
      rsvp: p.getParameter('rsvp'),
      partstat: p.getParameter('partstat'),
    }))
    expect(attendees).toEqual([
      { who: 'mailto:amira@example.org', role: 'REQ-PARTICIPANT', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
      { who: 'mailto:weber@clinic.example', role: 'OPT-PARTICIPANT', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' },
    ])
    expect(vevent.getFirstPropertyValue('location')).toBe(
      'https://meet.example.org/waypoint-abcdefghijklmnopqrstuvwxyz',
    )
    expect(String(vevent.getFirstPropertyValue('description'))).toContain(
      'https://meet.example.org/waypoint-abcdefghijklmnopqrstuvwxyz',
    )
    expect(vevent.getFirstPropertyValue('summary')).toBe('Video consultation with Klinik Nord')
  })

  test('writes no floating time: every time has its zone or is UTC, and the zone is in the file', () => {
    const slot = slotIn('America/New_York', '2027-03-14T13:00:00Z')
    const ics = consultationInvitation(input(booked(slot), slot)).content
    const event = ics.slice(ics.indexOf('BEGIN:VEVENT'))
    const times = event.split('\r\n').filter((line) => /^(DTSTART|DTEND|DTSTAMP)[;:]/.test(line))
    expect(times).toEqual([
      'DTSTAMP:20260301T100000Z',
      'DTSTART;TZID=America/New_York:20270314T090000',
      'DTEND;TZID=America/New_York:20270314T093000',
    ])
    const { vevent } = read(ics)
    const tzids = (vevent.parent as ICAL.Component)
      .getAllSubcomponents('vtimezone')
      .map((c) => c.getFirstPropertyValue('tzid'))
    expect(tzids).toEqual(['America/New_York'])
  })

  test('a reschedule updates the same event: same UID, a higher SEQUENCE, the new time', () => {
    const from = slotIn('Europe/Berlin', '2026-03-28T09:00:00Z', 1)
    const to = slotIn('Europe/Berlin', '2026-03-29T08:00:00Z', 2)
    const first = read(consultationInvitation(input(booked(from), from)).content)
    const moved = rescheduleConsultation(
      booked(from),
      { from, to },
      [booked(from)],
      new Date('2026-03-01T10:00:00Z'),
    )
    if (!moved.ok) throw new Error(moved.error.code)
    const second = read(consultationInvitation(input(moved.value.next, to)).content)

    expect(second.method).toBe('REQUEST')
    expect(second.event.uid).toBe(first.event.uid)
    expect(second.event.sequence).toBe(first.event.sequence + 1)
    expect(second.event.startDate.toJSDate().toISOString()).toBe('2026-03-29T08:00:00.000Z')
  })

  test('a cancellation removes the same event: METHOD:CANCEL, same UID, a higher SEQUENCE', () => {
    const slot = slotIn('Asia/Kolkata', '2027-03-15T13:00:00Z')
    const request = read(consultationInvitation(input(booked(slot), slot)).content)
    const cancelled = cancelConsultation(booked(slot), slot, new Date('2027-03-01T10:00:00Z'))
    if (!cancelled.ok) throw new Error(cancelled.error.code)
    const invitation = consultationInvitation(input(cancelled.value.next, slot))
    const cancel = read(invitation.content)

    expect(invitation.method).toBe('CANCEL')
    expect(cancel.method).toBe('CANCEL')
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(cancel.event.uid).toBe(request.event.uid)
    expect(cancel.event.sequence).toBe(request.event.sequence + 1)
  })

  test('a zone with no VTIMEZONE is refused rather than written as floating time', () => {
    const slot = slotIn('Mars/Olympus_Mons', '2027-03-15T13:00:00Z')
    expect(() => consultationInvitation(input(booked(slot), slot))).toThrow(CalendarZoneUnknown)
  })
})

describe('when the clinic time cannot be written safely in its zone', () => {
  test('a Santiago slot in the week the VTIMEZONE changes clocks early is written in UTC, at the right instant', () => {
    // Chile leaves summer time on the first Sunday on or after 2 April: 8 April
    // in 2029. The block says the first Sunday of April (1 April).
    const slot = slotIn('America/Santiago', '2029-04-03T13:00:00Z')
    const ics = consultationInvitation(input(booked(slot), slot)).content
    expect(ics).toContain('DTSTART:20290403T130000Z')
    const { event } = read(ics)
    expect(event.startDate.toJSDate().toISOString()).toBe('2029-04-03T13:00:00.000Z')
  })

  test('an 01:30 of the night New York turns its clocks back happens twice, so either is written in UTC', () => {
    const first = slotIn('America/New_York', '2027-11-07T05:30:00Z') // 01:30 EDT
    const second = slotIn('America/New_York', '2027-11-07T06:30:00Z') // 01:30 EST
    const a = consultationInvitation(input(booked(first), first)).content
    const b = consultationInvitation(input(booked(second), second)).content
    expect(read(a).event.startDate.toJSDate().toISOString()).toBe('2027-11-07T05:30:00.000Z')
    expect(read(b).event.startDate.toJSDate().toISOString()).toBe('2027-11-07T06:30:00.000Z')
    expect(a).toContain('DTSTART:20271107T053000Z')
    expect(b).toContain('DTSTART:20271107T063000Z')
  })
})

describe('the file itself', () => {
  test('folds long lines at 75 octets without splitting a character, and reads back whole in Arabic', () => {
    const slot = slotIn('Asia/Kolkata', '2027-03-15T13:00:00Z')
    const arabic = {
      summary: 'استشارة عبر الفيديو مع مستشفى النور الدولي، مع منسق وايبوينت ومترجم إن لزم الأمر',
      description: 'رقم الملف WP-7K3M. انضموا إلى الاستشارة من الرابط أدناه قبل الموعد بخمس دقائق.',
    }
    const ics = consultationInvitation({ ...input(booked(slot), slot), text: arabic }).content
    const lines = ics.split('\r\n')
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/\r|\n/)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    const { vevent } = read(ics)
    expect(vevent.getFirstPropertyValue('summary')).toBe(arabic.summary)
    expect(String(vevent.getFirstPropertyValue('description')).startsWith(arabic.description)).toBe(true)
  })
})
