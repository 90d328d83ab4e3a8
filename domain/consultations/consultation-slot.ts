import type { ConsultationSlotId, ProviderId } from '../shared/ids.ts'

// A clinic offers virtual consultations as slots: a start instant, a length
// in whole minutes and the clinic's IANA time zone, which is how the clinic
// reads the slot and how the calendar invitation names its times (issue 15,
// ADR 0044). A slot holds one consultation.
export type ConsultationSlot = {
  id: ConsultationSlotId
  clinicId: ProviderId
  start: Date
  minutes: number
  timeZone: string
}

/** The longest slot a clinic may offer, in minutes: a consultation, not a day's clinic. */
export const longestSlotMinutes = 120

/**
 * How far ahead a clinic may offer a slot, in days: a family weighing plans
 * needs a call within weeks, and a time two years out is a typing slip.
 */
export const furthestSlotDays = 180

/** The instant a slot ends (the slot is the half-open interval [start, end)). */
export function slotEnd(slot: Pick<ConsultationSlot, 'start' | 'minutes'>): Date {
  return new Date(slot.start.getTime() + slot.minutes * 60_000)
}

/** True when two slots share some time; one ending as the other starts does not. */
export function slotsOverlap(
  a: Pick<ConsultationSlot, 'start' | 'minutes'>,
  b: Pick<ConsultationSlot, 'start' | 'minutes'>,
): boolean {
  return a.start.getTime() < slotEnd(b).getTime() && b.start.getTime() < slotEnd(a).getTime()
}

/**
 * The removal a clinic is asked to confirm, from the slot named in the page's
 * address: a free time is asked about; one a family booked meanwhile, or one
 * already removed, is said to be gone (a booked time is cancelled, not removed).
 */
export function removalAsked<S extends { id: string; booked: boolean }>(
  slots: readonly S[],
  slotId: string | null,
): { ask: S } | { gone: true } | null {
  if (slotId === null) return null
  const free = slots.find((s) => s.id === slotId && !s.booked)
  return free ? { ask: free } : { gone: true }
}
