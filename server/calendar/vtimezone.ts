import ICAL from 'ical.js'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import { wallClock, wallClockRepeats } from '#domain/consultations/wall-clock.ts'

// The VTIMEZONE block for an IANA zone, with its real daylight-saving rules,
// from timezones-ical-library (IANA tzdata compiled by vzic; ADR 0044). An
// invitation names its times in the clinic's zone and carries this block, so
// no calendar has to guess the zone and none reads a floating time.
export function vtimezoneFor(timeZone: string): string | null {
  const block = tzlib_get_ical_block(timeZone)
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE')
    ? block[0]
    : null
}

/** True when an invitation can be written for slots in this zone. */
export function calendarKnowsZone(timeZone: string): boolean {
  return vtimezoneFor(timeZone) !== null
}

// Parsing a block costs more than the rest of an invitation; there are ~420 zones.
const parsed = new Map<string, ICAL.Timezone>()

function parsedZone(vtimezone: string): ICAL.Timezone {
  let zone = parsed.get(vtimezone)
  if (!zone) {
    zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(vtimezone)))
    parsed.set(vtimezone, zone)
  }
  return zone
}

/**
 * True when a calendar reading this block turns the wall-clock time at `at`
 * in `timeZone` back into `at` itself. It is false when the block's rules
 * miss the zone's (vzic writes Chile's "first Sunday on or after 2 April" as
 * "first Sunday of April", so in 2029 the block changes a week early), or when
 * the wall-clock time happens twice (the hour the clocks go back: RFC 5545
 * means the first, ical.js reads the second, so no reading is safe). The
 * invitation then writes UTC instead.
 */
export function vtimezoneKeeps(vtimezone: string, timeZone: string, at: Date): boolean {
  if (wallClockRepeats(at, timeZone)) return false
  const zone = parsedZone(vtimezone)
  const w = wallClock(at, timeZone)
  const local = new ICAL.Time(
    {
      year: w.year,
      month: w.month,
      day: w.day,
      hour: w.hour,
      minute: w.minute,
      second: w.second,
      isDate: false,
    },
    zone,
  )
  return local.toUnixTime() * 1000 === Math.floor(at.getTime() / 1000) * 1000
}
