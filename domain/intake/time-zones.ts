import { displayName } from '../i18n/format.ts'
import { localeInfo, type Locale } from '../i18n/locales.ts'
import { countryCodes } from './select-options.ts'

// The time zones the intake offers, as a person would look for them: under
// their country and city, with the offset from UTC, never as raw IANA ids.
//
// Node 24 and Chromium name zones as ICU (CLDR) does, which keeps some names
// the IANA database replaced long ago (Asia/Calcutta, Europe/Kiev,
// Asia/Saigon): Intl.supportedValuesOf('timeZone') and
// resolvedOptions().timeZone both return them. They are read here under
// their current names; Intl accepts both, so the current one is what we keep.
const renamed: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
}

/** A zone's current IANA name (Asia/Calcutta → Asia/Kolkata). */
export function currentZoneName(id: string): string {
  return renamed[id] ?? id
}

/** The zone the patient gave, under its current name; null when none was given. */
export function patientTimeZone(answers: Readonly<Record<string, unknown>>): string | null {
  const zone = answers['time-zone']
  return typeof zone === 'string' ? currentZoneName(zone) : null
}

/** The zones to offer, from what Intl supports: current names only, once each, in name order. */
export function currentZones(supported: readonly string[]): string[] {
  return [...new Set(supported.map(currentZoneName))].sort()
}

// getTimeZones() (Intl Locale Info); browsers that shipped it first had a `timeZones` getter.
type LocaleWithZones = Intl.Locale & { getTimeZones?: () => string[] | undefined; timeZones?: string[] }

/** The zones a country uses, by their current names (from CLDR, through Intl). */
export function zonesOfCountry(country: string): string[] {
  if (!/^[A-Z]{2}$/.test(country)) return []
  const locale = new Intl.Locale(`und-${country}`) as LocaleWithZones
  const zones = locale.getTimeZones?.() ?? locale.timeZones ?? []
  return zones.map(currentZoneName)
}

let countryByZone: Map<string, string> | undefined
/** The country a zone belongs to, or null for a zone no country claims. */
const uninhabitedTerritories = ['AQ', 'SJ', 'GS', 'IO', 'TF', 'UM']

export function countryOfZone(zone: string): string | null {
  if (!countryByZone) {
    countryByZone = new Map()
    // With the territories nobody lives in for long, which the residence list leaves out but
    // whose zones a list of every zone offers: Antarctica, Svalbard, South Georgia, the
    // British Indian Ocean and French Southern Territories, the US outlying islands.
    for (const country of [...countryCodes, ...uninhabitedTerritories])
      for (const z of zonesOfCountry(country)) countryByZone.set(z, country)
  }
  return countryByZone.get(currentZoneName(zone)) ?? null
}

/** The zone to preselect for a country of residence: its only one, or none when it has several. */
export function defaultTimeZone(country: unknown, offered: readonly string[]): string | null {
  if (typeof country !== 'string') return null
  const zones = zonesOfCountry(country).filter((z) => offered.includes(z))
  return zones.length === 1 ? zones[0]! : null
}

/** Minutes ahead of UTC in a zone at an instant (negative west of Greenwich). */
export function utcOffsetMinutes(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value
  const m = /([+-])(\d{2}):(\d{2})/.exec(name ?? '')
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
}

/** "+05:30", "−03:00" (a true minus sign), "+00:00". */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${minutes < 0 ? '\u2212' : '+'}${hh}:${mm}`
}

/** The place a zone is named after, in words: "Kolkata", "Knox, Indiana". */
export function cityOfZone(zone: string): string {
  const parts = currentZoneName(zone)
    .split('/')
    .map((p) => p.replace(/_/g, ' '))
  const city = parts.at(-1)!
  return parts.length === 3 && parts[1] !== 'Argentina' ? `${city}, ${parts[1]}` : city
}

export type TimeZonePlace = { zone: string; country: string; city: string }

/** Where a zone is: its country's name in the viewer's language (or its region), and its city. */
export function placeOfZone(locale: Locale, zone: string): TimeZonePlace {
  const country = countryOfZone(zone)
  return {
    zone: currentZoneName(zone),
    country: country ? displayName(locale, 'region', country) : zone.split('/')[0]!.replace(/_/g, ' '),
    city: cityOfZone(zone),
  }
}

export type TimeZoneChoice = TimeZonePlace & { offset: string }

/**
 * The zones as a list to choose from: by country in the viewer's alphabet,
 * then city, so typing a country's first letters in the list finds it; each
 * with its offset from UTC at `at` (summer time changes it).
 */
export function timeZoneChoices(locale: Locale, zones: readonly string[], at: Date): TimeZoneChoice[] {
  const collator = new Intl.Collator(locale)
  return zones
    .map((zone) => ({ ...placeOfZone(locale, zone), offset: formatOffset(utcOffsetMinutes(zone, at)) }))
    .sort((a, b) => collator.compare(a.country, b.country) || collator.compare(a.city, b.city))
}

/**
 * A zone as people read it, in their language: its generic name ("India
 * Standard Time", "heure : Jordanie"), and the city it is named after only
 * where its country keeps more than one zone ("Central Time (Chicago)"),
 * never the raw IANA id. A lone zone's city would mislead (a clinic in
 * Bengaluru is not in Kolkata) and Intl has no city names in other
 * languages. The id stays the value of inputs only.
 */
export function zoneName(locale: Locale, zone: string, at: Date): string {
  const id = currentZoneName(zone)
  const generic =
    new Intl.DateTimeFormat(localeInfo[locale].intl, { timeZone: id, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? id
  // UTC and the Etc/ zones name no city.
  if (id === 'UTC' || id.startsWith('Etc/') || !id.includes('/')) return generic
  const country = countryOfZone(id)
  return country && zonesOfCountry(country).length === 1 ? generic : `${generic} (${cityOfZone(id)})`
}
