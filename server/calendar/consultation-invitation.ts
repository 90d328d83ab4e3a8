import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalAttendeeData,
} from 'ical-generator'
import { Temporal } from 'temporal-polyfill'
import type { Consultation } from '#domain/consultations/consultation.ts'
import { slotEnd, type ConsultationSlot } from '#domain/consultations/consultation-slot.ts'
import { vtimezoneFor, vtimezoneKeeps } from './vtimezone.ts'

// The calendar invitation for a consultation (RFC 5545 and iTIP, RFC 5546;
// ADR 0044): METHOD:REQUEST while it is booked, METHOD:CANCEL once cancelled;
// one VEVENT whose UID is made from the consultation's id, so every update
// and the cancellation reach the same event, and whose SEQUENCE is the
// consultation's. Times are written in the clinic's IANA zone (DTSTART;TZID=)
// with that zone's VTIMEZONE, never floating. When the block would not bring
// a calendar back to the slot's instant (see vtimezoneKeeps), the times are
// written in UTC: still the right instant, only without the clinic's zone.
//
// The summary and description are given by the caller, already in the
// family's language. They must carry no health details (no condition, no
// treatment): the invitation lands in calendars that others may see, and is
// copied to servers we do not control.

export type InvitationPerson = { name: string; email: string }

export type ConsultationInvitationInput = {
  consultation: Pick<Consultation, 'id' | 'sequence' | 'status'>
  slot: ConsultationSlot
  /** Who sends the invitation and receives the replies: Waypoint's coordination mailbox. */
  organizer: InvitationPerson
  /** The family (required) and the clinic's doctor or others (optional). */
  attendees: readonly (InvitationPerson & { required: boolean })[]
  meetingUrl: string
  text: { summary: string; description: string }
  /** The host the UIDs are made under (PUBLIC_URL's), so they are unique across deployments. */
  uidHost: string
  /** DTSTAMP: when this version of the invitation is made. */
  stamp: Date
}

export type InvitationMethod = 'REQUEST' | 'CANCEL'

/** The iCalendar file of one invitation. */
export type CalendarInvitation = { method: InvitationMethod; filename: 'invite.ics'; content: string }

export class CalendarZoneUnknown extends Error {
  constructor(timeZone: string) {
    super(`no VTIMEZONE is known for ${timeZone}; an invitation is never written in floating time`)
  }
}

/** The UID of a consultation's calendar event: the same for every version of it. */
export function consultationUid(id: Consultation['id'], uidHost: string): string {
  return `consultation-${id}@${uidHost}`
}

export function consultationInvitation(input: ConsultationInvitationInput): CalendarInvitation {
  const { consultation, slot } = input
  const vtimezone = vtimezoneFor(slot.timeZone)
  if (vtimezone === null) throw new CalendarZoneUnknown(slot.timeZone)
  const method: InvitationMethod = consultation.status === 'cancelled' ? 'CANCEL' : 'REQUEST'
  const calendar = ical({
    prodId: { company: 'Waypoint', product: 'Consultation', language: 'EN' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  })
  const end = slotEnd(slot)
  const zoned =
    vtimezoneKeeps(vtimezone, slot.timeZone, slot.start) && vtimezoneKeeps(vtimezone, slot.timeZone, end)
  calendar.timezone({
    name: null,
    generator: (zone) => (zone === slot.timeZone ? vtimezone : vtimezoneFor(zone)),
  })
  // ical-generator writes a plain Date in the process's own zone when the
  // event has a TZID; a Temporal.ZonedDateTime carries the zone with it.
  const inZone = (at: Date) =>
    Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(slot.timeZone)
  const attendees: ICalAttendeeData[] = input.attendees.map((a) => ({
    name: a.name,
    email: a.email,
    role: a.required ? ICalAttendeeRole.REQ : ICalAttendeeRole.OPT,
    status: ICalAttendeeStatus.NEEDSACTION,
    rsvp: method === 'REQUEST',
  }))
  calendar.createEvent({
    id: consultationUid(consultation.id, input.uidHost),
    sequence: consultation.sequence,
    stamp: input.stamp,
    ...(zoned
      ? { timezone: slot.timeZone, start: inZone(slot.start), end: inZone(end) }
      : { timezone: null, start: slot.start, end }),
    summary: input.text.summary,
    // A cancellation carries no way into the call it cancels.
    ...(method === 'CANCEL'
      ? { description: input.text.description }
      : {
          description: `${input.text.description}\n\n${input.meetingUrl}`,
          location: input.meetingUrl,
          url: input.meetingUrl,
        }),
    organizer: input.organizer,
    attendees,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
  return { method, filename: 'invite.ics', content: calendar.toString() }
}
