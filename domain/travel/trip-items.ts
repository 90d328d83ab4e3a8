import { instantOfLocal } from '../consultations/local-time.ts'
import { ianaTimeZone } from '../consultations/time-zone.ts'
import { earliestDateAt, parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { isPhoneNumber } from '../shared/phone-number.ts'

// The travel plan (issue 17, ADR 0064): flights, stays, airport pickups,
// interpreters and local contacts. Every time is a wall-clock date and time
// in the IANA zone of the place it happens, kept with the instant it means,
// so a flight from London to Delhi is compared by instants (its arrival
// after its departure, no two flights at once) and shown in each place's own
// zone. Dates without a time (a hotel's check-in day) are plain days.

export const tripItemKinds = ['flight', 'stay', 'pickup', 'interpreter', 'contact'] as const
export type TripItemKind = (typeof tripItemKinds)[number]

/** A moment as the place's clock shows it, and the instant it is. */
export type ZonedMoment = { date: CalendarDate; time: string; zone: string; at: string }

export type Flight = {
  kind: 'flight'
  carrier: string
  number: string
  from: string
  to: string
  departs: ZonedMoment
  arrives: ZonedMoment
}
export type Stay = {
  kind: 'stay'
  name: string
  address: string
  checkIn: CalendarDate
  checkOut: CalendarDate
  accessibleRoom: boolean
  hoist: boolean
  powerForNiv: boolean
}
export type Pickup = { kind: 'pickup'; at: ZonedMoment; place: string; wheelchairVehicle: boolean }
export type Interpreter = { kind: 'interpreter'; name: string; languages: string; phone: string }
export type LocalContact = { kind: 'contact'; name: string; role: string; phone: string }
export type TripItem = Flight | Stay | Pickup | Interpreter | LocalContact

export type TripProblemCode =
  | 'trip.text-missing'
  | 'trip.phone-invalid'
  | 'trip.text-too-long'
  | 'trip.airport-invalid'
  | 'trip.same-airport'
  | 'trip.flight-number-invalid'
  | 'trip.date-invalid'
  | 'trip.time-invalid'
  | 'trip.zone-invalid'
  | 'trip.no-such-time'
  | 'trip.arrives-before-departure'
  | 'trip.flight-too-long'
  | 'trip.check-out-before-check-in'
  | 'trip.in-the-past'
  | 'trip.flights-overlap'
  | 'trip.kind-invalid'

export type TripProblem = { code: TripProblemCode; field: string; max?: number }

type Raw = Readonly<Record<string, string | undefined>>

const TEXT_MAX = 200
/** The longest non-stop flight in service is under 19 hours; a day and a half means a typing mistake. */
const FLIGHT_MAX_HOURS = 36

function reader(raw: Raw, problems: TripProblem[]) {
  const v = (f: string) => (raw[f] ?? '').trim()
  const text = (field: string, options: { optional?: boolean; max?: number } = {}) => {
    const value = v(field)
    const max = options.max ?? TEXT_MAX
    if (!value && !options.optional) problems.push({ code: 'trip.text-missing', field })
    else if (value.length > max) problems.push({ code: 'trip.text-too-long', field, max })
    return value
  }
  const date = (field: string): CalendarDate | null => {
    const d = parseCalendarDate(v(field))
    if (!d) problems.push({ code: 'trip.date-invalid', field })
    return d
  }
  const yes = (field: string) => v(field) === 'yes'
  const phone = (field: string) => {
    const value = text(field, { max: 40 })
    if (value && value.length <= 40 && !isPhoneNumber(value))
      problems.push({ code: 'trip.phone-invalid', field })
    return value
  }
  /** Date, time and zone fields named `<prefix>Date`, `<prefix>Time`, `<prefix>Zone`. */
  const moment = (prefix: string): ZonedMoment | null => {
    const d = date(`${prefix}Date`)
    const time = v(`${prefix}Time`)
    const timeOk = /^([01]\d|2[0-3]):[0-5]\d$/.test(time)
    if (!timeOk) problems.push({ code: 'trip.time-invalid', field: `${prefix}Time` })
    const zone = ianaTimeZone(v(`${prefix}Zone`))
    if (!zone) problems.push({ code: 'trip.zone-invalid', field: `${prefix}Zone` })
    if (!d || !timeOk || !zone) return null
    const at = instantOfLocal({ date: d, time }, zone)
    if (!at) {
      problems.push({ code: 'trip.no-such-time', field: `${prefix}Time` })
      return null
    }
    return { date: d, time, zone, at: at.toISOString() }
  }
  return { v, text, date, yes, phone, moment }
}

/** One item of the plan from its form, every problem at once on its field. */
export function parseTripItem(kind: string, raw: Raw): Result<TripItem, TripProblem[]> {
  const problems: TripProblem[] = []
  const r = reader(raw, problems)
  let item: TripItem | null = null
  switch (kind) {
    case 'flight': {
      const carrier = r.text('carrier', { max: 80 })
      const number = r.v('number').toUpperCase().replace(/\s+/g, '')
      if (!/^[A-Z0-9]{2}[A-Z]?\d{1,4}[A-Z]?$/.test(number))
        problems.push({ code: 'trip.flight-number-invalid', field: 'number' })
      const airport = (field: string) => {
        const code = r.v(field).toUpperCase()
        if (!/^[A-Z]{3}$/.test(code)) problems.push({ code: 'trip.airport-invalid', field })
        return code
      }
      const from = airport('from')
      const to = airport('to')
      if (/^[A-Z]{3}$/.test(from) && from === to) problems.push({ code: 'trip.same-airport', field: 'to' })
      const departs = r.moment('departs')
      const arrives = r.moment('arrives')
      if (departs && arrives) {
        const hours = (Date.parse(arrives.at) - Date.parse(departs.at)) / 3_600_000
        if (hours <= 0) problems.push({ code: 'trip.arrives-before-departure', field: 'arrivesTime' })
        else if (hours > FLIGHT_MAX_HOURS)
          problems.push({ code: 'trip.flight-too-long', field: 'arrivesDate' })
      }
      if (departs && arrives) item = { kind, carrier, number, from, to, departs, arrives }
      break
    }
    case 'stay': {
      const name = r.text('name')
      const address = r.text('address', { max: 400 })
      const checkIn = r.date('checkIn')
      const checkOut = r.date('checkOut')
      if (checkIn && checkOut && checkOut <= checkIn)
        problems.push({ code: 'trip.check-out-before-check-in', field: 'checkOut' })
      if (checkIn && checkOut)
        item = {
          kind,
          name,
          address,
          checkIn,
          checkOut,
          accessibleRoom: r.yes('accessibleRoom'),
          hoist: r.yes('hoist'),
          powerForNiv: r.yes('powerForNiv'),
        }
      break
    }
    case 'pickup': {
      const at = r.moment('at')
      const place = r.text('place')
      if (at) item = { kind, at, place, wheelchairVehicle: r.yes('wheelchairVehicle') }
      break
    }
    case 'interpreter':
      item = {
        kind,
        name: r.text('name'),
        languages: r.text('languages'),
        phone: r.phone('phone'),
      }
      break
    case 'contact':
      item = { kind, name: r.text('name'), role: r.text('role'), phone: r.phone('phone') }
      break
    default:
      problems.push({ code: 'trip.kind-invalid', field: 'kind' })
  }
  if (problems.length > 0 || !item) return err(problems)
  return ok(item)
}

/**
 * A trip is planned ahead: a flight or pick-up already gone, or a stay already
 * over, is refused, unless the item already said so before this change (a
 * past item may still be corrected in other ways).
 */
export function pastItemProblems(item: TripItem, before: TripItem | null, now: Date): TripProblem[] {
  const moment = (i: TripItem | null): { value: string; past: boolean; field: string } | null => {
    switch (i?.kind) {
      case 'flight':
        return { value: i.departs.at, past: Date.parse(i.departs.at) < now.getTime(), field: 'departsDate' }
      case 'pickup':
        return { value: i.at.at, past: Date.parse(i.at.at) < now.getTime(), field: 'atDate' }
      case 'stay':
        return { value: i.checkOut, past: i.checkOut < earliestDateAt(now), field: 'checkOut' }
      default:
        return null
    }
  }
  const m = moment(item)
  if (!m?.past || moment(before)?.value === m.value) return []
  return [{ code: 'trip.in-the-past', field: m.field }]
}

/** Whether two flights are in the air at the same time (touching ends are fine: a connection). */
export function flightsOverlap(a: Flight, b: Flight): boolean {
  return (
    Date.parse(a.departs.at) < Date.parse(b.arrives.at) && Date.parse(b.departs.at) < Date.parse(a.arrives.at)
  )
}

/** A new or changed item checked against the rest of the plan (`others` excludes the item being changed). */
export function checkAgainstPlan(
  item: TripItem,
  others: readonly TripItem[],
): Result<TripItem, TripProblem[]> {
  if (item.kind !== 'flight') return ok(item)
  const clash = others.some((o) => o.kind === 'flight' && flightsOverlap(item, o))
  return clash ? err([{ code: 'trip.flights-overlap', field: 'departsTime' }]) : ok(item)
}

/** The form's fields of an item, to fill the form when it is changed. */
export function fieldsOfItem(item: TripItem): Record<string, string> {
  const yes = (b: boolean) => (b ? 'yes' : 'no')
  const m = (prefix: string, z: ZonedMoment) => ({
    [`${prefix}Date`]: z.date,
    [`${prefix}Time`]: z.time,
    [`${prefix}Zone`]: z.zone,
  })
  switch (item.kind) {
    case 'flight':
      return {
        carrier: item.carrier,
        number: item.number,
        from: item.from,
        to: item.to,
        ...m('departs', item.departs),
        ...m('arrives', item.arrives),
      }
    case 'stay':
      return {
        name: item.name,
        address: item.address,
        checkIn: item.checkIn,
        checkOut: item.checkOut,
        accessibleRoom: yes(item.accessibleRoom),
        hoist: yes(item.hoist),
        powerForNiv: yes(item.powerForNiv),
      }
    case 'pickup':
      return { ...m('at', item.at), place: item.place, wheelchairVehicle: yes(item.wheelchairVehicle) }
    case 'interpreter':
      return { name: item.name, languages: item.languages, phone: item.phone }
    case 'contact':
      return { name: item.name, role: item.role, phone: item.phone }
  }
}
