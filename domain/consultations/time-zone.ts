import { currentZoneName } from '../intake/time-zones.ts'

// A clinic's consultation slots are kept with the clinic's IANA time zone
// ("Europe/Berlin"), never a fixed offset: the offset changes with daylight
// saving, and the calendar invitation names the zone so that every calendar
// places the event at the same instant (ADR 0044).
//
// An IANA name is an area and a location ("Asia/Kolkata",
// "America/Argentina/Cordoba", "Etc/GMT-5"), or "UTC". Intl also accepts
// offsets ("+05:30") and legacy names ("EST5EDT"), which are not places, so
// the shape is checked before Intl is asked whether it knows the zone.
const ianaShape = /^(UTC|[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+){1,2})$/

const known = new Map<string, boolean>()

/** The zone under its current IANA name (Asia/Calcutta → Asia/Kolkata), or null when it is not an IANA zone Intl knows. */
export function ianaTimeZone(raw: string): string | null {
  if (!ianaShape.test(raw)) return null
  let ok = known.get(raw)
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: raw })
      ok = true
    } catch {
      ok = false
    }
    known.set(raw, ok)
  }
  return ok ? currentZoneName(raw) : null
}
