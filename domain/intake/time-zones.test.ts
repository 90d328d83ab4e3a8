import { describe, expect, test } from 'vitest'
import {
  currentZoneName,
  currentZones,
  defaultTimeZone,
  timeZoneChoices,
  utcOffsetMinutes,
  zonesOfCountry,
  patientTimeZone,
  zoneName,
} from './time-zones.ts'

const offered = currentZones(Intl.supportedValuesOf('timeZone'))
const winter = new Date('2026-01-15T12:00:00Z')
const summer = new Date('2026-07-15T12:00:00Z')

describe('the time zones the intake offers', () => {
  test('are named as they are today, never by an outdated name', () => {
    expect(offered).toContain('Asia/Kolkata')
    expect(offered).toContain('Europe/Kyiv')
    expect(offered).toContain('Asia/Ho_Chi_Minh')
    for (const outdated of [
      'Asia/Calcutta',
      'Europe/Kiev',
      'Asia/Saigon',
      'Asia/Katmandu',
      'America/Godthab',
    ])
      expect(offered).not.toContain(outdated)
    expect(new Set(offered).size).toBe(offered.length)
  })

  test('every zone offered is one Intl can use', () => {
    for (const zone of offered) expect(() => utcOffsetMinutes(zone, winter)).not.toThrow()
  })

  test('read with their country, city and offset from UTC, in the viewer’s language', () => {
    const kolkata = timeZoneChoices('en', offered, winter).find((z) => z.zone === 'Asia/Kolkata')
    expect(kolkata).toEqual({ zone: 'Asia/Kolkata', country: 'India', city: 'Kolkata', offset: '+05:30' })
    const london = timeZoneChoices('fr', ['Europe/London'], summer)[0]
    expect(london).toEqual({
      zone: 'Europe/London',
      country: 'Royaume-Uni',
      city: 'London',
      offset: '+01:00',
    })
    expect(timeZoneChoices('en', ['America/New_York'], winter)[0]!.offset).toBe('\u221205:00')
  })

  test('every zone names its place in the viewer’s language, the territories of Antarctica and the oceans too', () => {
    for (const z of timeZoneChoices('ar', offered, winter)) expect(z.country).not.toMatch(/[A-Za-z]/)
    const casey = timeZoneChoices('fr', ['Antarctica/Casey'], winter)[0]!
    expect(casey.country).toBe('Antarctique')
  })

  test('are listed by country, then city', () => {
    const list = timeZoneChoices('en', offered, winter)
    const countries = list.map((z) => z.country)
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')))
    const us = list.filter((z) => z.country === 'United States').map((z) => z.city)
    expect(us).toEqual([...us].sort((a, b) => a.localeCompare(b, 'en')))
  })
})

describe('the zone preselected for a country of residence', () => {
  test('is its only zone', () => {
    expect(defaultTimeZone('GB', offered)).toBe('Europe/London')
    expect(defaultTimeZone('IN', offered)).toBe('Asia/Kolkata')
    expect(defaultTimeZone('JO', offered)).toBe('Asia/Amman')
  })

  test('is none for a country with several zones, or no country yet', () => {
    expect(zonesOfCountry('US').length).toBeGreaterThan(1)
    expect(defaultTimeZone('US', offered)).toBeNull()
    expect(defaultTimeZone(undefined, offered)).toBeNull()
  })

  test('a browser’s outdated zone name reads as the current one', () => {
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata')
    expect(currentZoneName('Asia/Amman')).toBe('Asia/Amman')
  })
})

describe('the patient’s time zone', () => {
  test('is the one they gave, under its current name, or none', () => {
    expect(patientTimeZone({ 'time-zone': 'Asia/Calcutta' })).toBe('Asia/Kolkata')
    expect(patientTimeZone({ 'time-zone': 'Europe/London' })).toBe('Europe/London')
    expect(patientTimeZone({})).toBeNull()
  })
})

describe('a zone as people read it', () => {
  const at = new Date('2026-12-05T12:00:00Z')
  test('names the zone in the reader’s language, never the raw id', () => {
    expect(zoneName('en', 'Asia/Amman', at)).toBe('Jordan Time')
    expect(zoneName('fr', 'Asia/Calcutta', at)).toBe('heure de l’Inde')
    expect(zoneName('ar', 'Asia/Amman', at)).toContain('الأردن')
    expect(zoneName('ar', 'Asia/Amman', at)).not.toContain('Asia/')
  })

  test('adds the city only where the country keeps more than one zone', () => {
    expect(zoneName('en', 'America/Chicago', at)).toBe('Central Time (Chicago)')
    expect(zoneName('en', 'America/Indiana/Knox', at)).toBe('Central Time (Knox, Indiana)')
    // One zone for the whole country: no city, so no Latin letters in Arabic.
    expect(zoneName('ar', 'Asia/Kolkata', at)).not.toMatch(/[A-Za-z]/)
    expect(zoneName('en', 'Asia/Kolkata', at)).toBe('India Standard Time')
  })

  test('gives UTC its name without a city', () => {
    expect(zoneName('en', 'UTC', at)).not.toContain('(')
  })
})
