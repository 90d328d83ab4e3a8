import ICAL from 'ical.js'
import { describe, expect, test } from 'vitest'
import { wallClock } from '#domain/consultations/wall-clock.ts'
import { ianaTimeZone } from '#domain/consultations/time-zone.ts'
import { currentZones } from '#domain/intake/time-zones.ts'
import { asConsultationId, asConsultationSlotId, asProviderId } from '#domain/shared/ids.ts'
import { consultationInvitation, type ConsultationInvitationInput } from './consultation-invitation.ts'
import { calendarKnowsZone, vtimezoneFor, vtimezoneKeeps } from './vtimezone.ts'

// Two copies of the time zone database meet in an invitation: the runtime's
// (Intl, which the pages and the slot rules use) and the VTIMEZONE blocks of
// timezones-ical-library, which the family's calendar uses. When one is
// updated and the other is not, this test names the zones that disagree.
const zones = currentZones(Intl.supportedValuesOf('timeZone'))

// Each month's 1st and 15th at 12:00 UTC, over the years slots are offered
// for. Only future years: a block describes the zone's current rules from
// 1970 on (vzic's output), so it is wrong before a zone's last change (British
// Columbia kept summer time from 2026, Morocco left +01 in 2026), which no
// slot needs.
const instants = [2027, 2028, 2029].flatMap((year) =>
  Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(year, i >> 1, i % 2 === 0 ? 1 : 15, 12))),
)

const aSlot = {
  id: asConsultationSlotId('00000000-0000-4000-8000-000000000001'),
  clinicId: asProviderId('clinic-a'),
  minutes: 30,
}
const invitationFor = (slot: ConsultationInvitationInput['slot']): ConsultationInvitationInput => ({
  consultation: {
    id: asConsultationId('c0ffee00-0000-4000-8000-000000000001'),
    sequence: 0,
    status: 'booked',
  },
  slot,
  organizer: { name: 'Waypoint', email: 'care@waypoint.example' },
  attendees: [{ name: 'Family', email: 'family@example.org', required: true }],
  meetingUrl: 'https://meet.example.org/waypoint-room',
  text: { summary: 'Video consultation', description: 'Reference WP-1' },
  uidHost: 'waypoint.example',
  stamp: new Date('2026-12-01T00:00:00Z'),
})

describe('the VTIMEZONE of a clinic zone', () => {
  test('exists for every zone a clinic can choose', () => {
    expect(zones.length).toBeGreaterThan(400)
    expect(zones.filter((zone) => ianaTimeZone(zone) !== null && !calendarKnowsZone(zone))).toEqual([])
  })

  test('agrees with the runtime almost everywhere, and where it does not, the invitation still gives the instant', () => {
    const disagreements: { zone: string; at: Date }[] = []
    for (const zoneName of zones) {
      const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(vtimezoneFor(zoneName)!)))
      for (const at of instants) {
        const inCalendar = zone.utcOffset(ICAL.Time.fromJSDate(at, true)) / 60
        if (inCalendar !== wallClock(at, zoneName).offsetMinutes) disagreements.push({ zone: zoneName, at })
      }
    }
    // With tzdata 2026c in Node and the library's of July 2026: Chile's
    // autumn change in 2029 only. Many more means the two databases drifted.
    expect(disagreements.length).toBeLessThan(5)
    for (const { zone, at } of disagreements) {
      const slot = { ...aSlot, start: at, timeZone: zone }
      expect(vtimezoneKeeps(vtimezoneFor(zone)!, zone, at)).toBe(false)
      const root = new ICAL.Component(ICAL.parse(consultationInvitation(invitationFor(slot)).content))
      const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!)
      expect(event.startDate.toJSDate().toISOString()).toBe(at.toISOString())
    }
  })

  test('is not invented for a zone that does not exist', () => {
    expect(vtimezoneFor('Mars/Olympus_Mons')).toBeNull()
  })
})
