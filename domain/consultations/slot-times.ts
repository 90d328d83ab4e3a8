import { localeInfo, type Locale } from '../i18n/locales.ts'
import { calendarDateIn, type CalendarDate } from '../shared/calendar-date.ts'
import { slotEnd, type ConsultationSlot } from './consultation-slot.ts'
import { wallClock } from './wall-clock.ts'

// A slot is one instant, read in two places: where the clinic is and where
// the family is. The family chooses in their own time; the clinic's time is
// shown beside it so a phone call to the clinic speaks of the same hour.
export type ZonedSlotTime = {
  timeZone: string
  /** "Sunday, 29 March 2026, 10:00–10:30": the date and times there, in the reader's language. */
  text: string
  /** The zone's offset then, as the reader's language writes it ("GMT+2", "UTC+5:30"). */
  offsetLabel: string
  /** The calendar date the slot starts on there. */
  date: CalendarDate
  /** Minutes east of UTC when the slot starts there. */
  offsetMinutes: number
}

export type SlotTimes = {
  clinic: ZonedSlotTime
  family: ZonedSlotTime
  /** The same clock time in both places at that instant: one line is enough. */
  sameClock: boolean
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(localeInfo[locale].intl, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
    formatters.set(key, f)
  }
  return f
}

function offsetFormatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `offset|${locale}|${timeZone}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(localeInfo[locale].intl, { timeZone, timeZoneName: 'shortOffset' })
    formatters.set(key, f)
  }
  return f
}

function zoned(slot: ConsultationSlot, timeZone: string, locale: Locale): ZonedSlotTime {
  return {
    timeZone,
    text: formatter(locale, timeZone).formatRange(slot.start, slotEnd(slot)),
    offsetLabel:
      offsetFormatter(locale, timeZone)
        .formatToParts(slot.start)
        .find((p) => p.type === 'timeZoneName')?.value ?? timeZone,
    date: calendarDateIn(slot.start, timeZone),
    offsetMinutes: wallClock(slot.start, timeZone).offsetMinutes,
  }
}

/** The slot's start and end in the clinic's zone and in the family's, for the reader's language. */
export function slotTimes(slot: ConsultationSlot, familyTimeZone: string, locale: Locale): SlotTimes {
  const clinic = zoned(slot, slot.timeZone, locale)
  const family = zoned(slot, familyTimeZone, locale)
  return { clinic, family, sameClock: clinic.offsetMinutes === family.offsetMinutes }
}
