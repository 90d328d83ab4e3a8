import { err, ok, type Result } from '../shared/result.ts'
import type { ConsultationSlotId, ProviderId } from '../shared/ids.ts'
import {
  furthestSlotDays,
  longestSlotMinutes,
  slotsOverlap,
  type ConsultationSlot,
} from './consultation-slot.ts'
import { ianaTimeZone } from './time-zone.ts'
import { readLocalStart, type LocalDateTime, type LocalStartProblem } from './local-time.ts'
import { asciiDigits } from '../shared/digits.ts'

/** A slot as the clinic offers it, before it is checked. */
export type SlotOffer = {
  id: ConsultationSlotId
  clinicId: ProviderId
  start: Date
  minutes: number
  timeZone: string
}

// Each refusal names the form field it belongs to.
export type SlotRefusal =
  | { code: 'slot.time-zone-unknown'; field: 'timeZone'; timeZone: string }
  | { code: 'slot.start-invalid'; field: 'start' }
  | { code: 'slot.in-past'; field: 'start' }
  | { code: 'slot.too-far'; field: 'start'; furthestDays: number }
  | { code: 'slot.duration-invalid'; field: 'minutes' }
  | { code: 'slot.too-long'; field: 'minutes'; longestMinutes: number }
  | { code: 'slot.overlaps'; field: 'start'; slotId: ConsultationSlotId }

/**
 * Checks a slot a clinic offers against the clock and the clinic's other
 * slots. `clinicSlots` may hold other clinics' slots and the slot itself (when
 * it is moved): only the same clinic's other slots can overlap it. The slot
 * comes back with its zone under the current IANA name.
 */
export function checkSlot(
  offer: SlotOffer,
  clinicSlots: readonly ConsultationSlot[],
  now: Date,
): Result<ConsultationSlot, SlotRefusal> {
  const timeZone = ianaTimeZone(offer.timeZone)
  if (timeZone === null) {
    return err({ code: 'slot.time-zone-unknown', field: 'timeZone', timeZone: offer.timeZone })
  }
  if (Number.isNaN(offer.start.getTime())) return err({ code: 'slot.start-invalid', field: 'start' })
  if (!Number.isSafeInteger(offer.minutes) || offer.minutes <= 0) {
    return err({ code: 'slot.duration-invalid', field: 'minutes' })
  }
  if (offer.minutes > longestSlotMinutes) {
    return err({ code: 'slot.too-long', field: 'minutes', longestMinutes: longestSlotMinutes })
  }
  if (offer.start.getTime() <= now.getTime()) return err({ code: 'slot.in-past', field: 'start' })
  if (offer.start.getTime() > now.getTime() + furthestSlotDays * 86_400_000)
    return err({ code: 'slot.too-far', field: 'start', furthestDays: furthestSlotDays })
  const clash = clinicSlots.find(
    (other) => other.clinicId === offer.clinicId && other.id !== offer.id && slotsOverlap(offer, other),
  )
  if (clash) return err({ code: 'slot.overlaps', field: 'start', slotId: clash.id })
  return ok({ ...offer, timeZone })
}

/** A field of the slot form that cannot be read at all. */
export type SlotFormProblem = LocalStartProblem | { code: 'slot.duration-invalid'; field: 'minutes' }

/**
 * The start and length a clinic typed on its own wall clock, or every field
 * that cannot be read, so that an empty form is mended in one go.
 */
export function readSlotForm(
  typed: LocalDateTime & { minutes: string },
  timeZone: string,
): Result<{ start: Date; minutes: number }, readonly SlotFormProblem[]> {
  const start = readLocalStart(typed, timeZone)
  const digits = asciiDigits(typed.minutes.trim())
  const minutes = /^\d{1,4}$/.test(digits) ? Number(digits) : Number.NaN
  const problems: SlotFormProblem[] = [
    ...(start instanceof Date ? [] : start),
    ...(minutes > 0 ? [] : [{ code: 'slot.duration-invalid', field: 'minutes' } as const]),
  ]
  return start instanceof Date && problems.length === 0 ? ok({ start, minutes }) : err(problems)
}
