import type { Locale } from '#domain/i18n/locales.ts'
import { translator } from '#domain/i18n/translate.ts'
import { wallClock } from '#domain/consultations/wall-clock.ts'
import type { Stored } from '#domain/travel/itinerary.ts'
import type { ZonedMoment } from '#domain/travel/trip-items.ts'
import { vtimezoneFor, vtimezoneKeeps } from './vtimezone.ts'

// The itinerary as an iCalendar file (RFC 5545; ADR 0064, after ADR 0044's
// invitations): one VEVENT per flight, pickup and stay. A flight starts in
// its departure zone and ends in its arrival zone, each time written with
// its own TZID and the zone's VTIMEZONE, never floating; where a block would
// not bring a calendar back to the instant (vtimezoneKeeps), that time is
// written in UTC instead. A stay is whole days (VALUE=DATE). UIDs are made
// from the item's id, so a changed item replaces the same event (its
// SEQUENCE goes up with the item's version). Written by hand rather than by
// ical-generator, which gives an event one zone for both ends.
//
// Only what a calendar needs: flight numbers, airports, the hotel's name
// and address, the pickup place. No health detail (no NIV, no hoist).

export type ItineraryCalendarInput = {
  items: readonly (Stored & { version: number })[]
  reference: string
  locale: Locale
  uidHost: string
  stamp: Date
}

const two = (n: number) => String(n).padStart(2, '0')

function utc(at: Date): string {
  return `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}T${two(at.getUTCHours())}${two(
    at.getUTCMinutes(),
  )}${two(at.getUTCSeconds())}Z`
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline escaped. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF and a space; never splitting a character. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let bytes = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8')
    const limit = out.length === 0 ? 75 : 74
    if (bytes + size > limit) {
      out.push(current)
      current = ''
      bytes = 0
    }
    current += ch
    bytes += size
  }
  out.push(current)
  return out.join('\r\n ')
}

export function itineraryCalendar(input: ItineraryCalendarInput): string {
  const t = translator(input.locale)
  const zones = new Set<string>()
  const events: string[][] = []
  const moment = (name: 'DTSTART' | 'DTEND', m: ZonedMoment): string => {
    const at = new Date(m.at)
    const block = vtimezoneFor(m.zone)
    if (block && vtimezoneKeeps(block, m.zone, at)) {
      zones.add(m.zone)
      const w = wallClock(at, m.zone)
      return `${name};TZID=${m.zone}:${w.year}${two(w.month)}${two(w.day)}T${two(w.hour)}${two(w.minute)}00`
    }
    return `${name}:${utc(at)}`
  }
  for (const { id, version, item } of input.items) {
    const head = [
      'BEGIN:VEVENT',
      `UID:trip-${id}@${input.uidHost}`,
      `DTSTAMP:${utc(input.stamp)}`,
      `SEQUENCE:${version - 1}`,
    ]
    const ref = t('trip.ics.reference', { reference: input.reference })
    if (item.kind === 'flight') {
      events.push([
        ...head,
        moment('DTSTART', item.departs),
        moment('DTEND', item.arrives),
        `SUMMARY:${icsText(t('trip.ics.flight', { number: item.number, from: item.from, to: item.to }))}`,
        `LOCATION:${icsText(item.from)}`,
        `DESCRIPTION:${icsText(`${item.carrier} ${item.number}\n${ref}`)}`,
        'END:VEVENT',
      ])
    } else if (item.kind === 'pickup') {
      events.push([
        ...head,
        moment('DTSTART', item.at),
        'DURATION:PT1H',
        `SUMMARY:${icsText(t('trip.ics.pickup'))}`,
        `LOCATION:${icsText(item.place)}`,
        `DESCRIPTION:${icsText(ref)}`,
        'END:VEVENT',
      ])
    } else if (item.kind === 'stay') {
      events.push([
        ...head,
        `DTSTART;VALUE=DATE:${item.checkIn.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${item.checkOut.replace(/-/g, '')}`,
        `SUMMARY:${icsText(t('trip.ics.stay', { name: item.name }))}`,
        `LOCATION:${icsText(item.address)}`,
        `DESCRIPTION:${icsText(ref)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ])
    }
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waypoint//Itinerary//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(t('trip.ics.name', { reference: input.reference }))}`,
    ...[...zones].sort().flatMap((z) =>
      vtimezoneFor(z)!
        .split(/\r?\n/)
        .filter((l) => l !== ''),
    ),
    ...events.flat(),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
