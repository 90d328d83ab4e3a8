import { randomUUID } from 'node:crypto'
import {
  checkSlot,
  readSlotForm,
  type SlotFormProblem,
  type SlotRefusal,
} from '#domain/consultations/check-slot.ts'
import { ianaTimeZone } from '#domain/consultations/time-zone.ts'
import { zonesOfCountry } from '#domain/intake/time-zones.ts'
import {
  asConsultationSlotId,
  asProviderId,
  parseConsultationSlotId,
  type ProviderId,
  type UserId,
} from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import {
  bookedCaseReferences,
  deleteUnusedSlot,
  insertSlot,
  lockProvider,
  providersOfStaff,
  rememberProviderZone,
  slotOf,
  slotsOfProviders,
} from '../../stores/consultation-store.ts'

// A clinic's consultation slots (issue 15, ADR 0044, ADR 0047): a member
// offers a time on the clinic's wall clock, in the clinic's zone, and removes
// a time nobody booked. A member only ever reaches the slots of the clinics
// they work for; any other id is "not found".
export type SlotNotFoundRefusal = { code: 'slot.not-found' }
/** A slot a consultation holds, or once held, stays: the family's calendar names it. */
export type SlotInUseRefusal = { code: 'slot.in-use'; field: 'slotId' }

/** The clinic's zone: the one it chose, else its country's first, else UTC. */
function zoneOf(p: { timeZone: string | null; countryCode: string }): string {
  return p.timeZone ?? zonesOfCountry(p.countryCode)[0] ?? 'UTC'
}

/**
 * The clinics this member works for, and for the chosen one (the first by
 * default) its slots still to come; null when the chosen id is not one of
 * theirs, which the page answers as not found.
 */
export async function clinicSlots(deps: CaseDeps, userId: UserId, chosen?: string | null) {
  const providers = await providersOfStaff(deps.db, userId)
  const clinic = chosen ? providers.find((p) => p.id === chosen) : providers[0]
  if (chosen && !clinic) return null
  if (!clinic) return { clinics: [], clinic: null, slots: [] }
  const now = deps.clock.now()
  const rows = await slotsOfProviders(deps.db, [asProviderId(clinic.id)], now)
  // A booking comes through a live referral to this clinic: its case is one the clinic may name.
  const references = await bookedCaseReferences(
    deps.db,
    rows.flatMap((r) => (r.bookedBy ? [r.bookedBy] : [])),
  )
  return {
    clinics: providers.map((p) => ({ id: p.id, name: p.name })),
    clinic: {
      id: clinic.id,
      name: clinic.name,
      timeZone: zoneOf(clinic),
      zones: zonesOfCountry(clinic.countryCode),
    },
    slots: rows.map((r) => ({
      ...slotOf(r.slot),
      booked: r.bookedBy !== null,
      /** The booking holding the slot: what a member cancels. */
      consultationId: r.consultationId,
      /** The case that booked it, so the clinic knows whose call it is. */
      bookedFor: r.bookedBy ? { caseId: r.bookedBy, reference: references.get(r.bookedBy) ?? '' } : null,
    })),
  }
}

export type SlotInput = { date: string; time: string; minutes: string; timeZone: string }

/** Offers a slot; refused on its field when it is in the past, overlaps or is too long, on every field that cannot be read. */
export async function offerSlot(
  deps: CaseDeps,
  userId: UserId,
  providerId: string,
  input: SlotInput,
): Promise<Result<{ slotId: string }, SlotRefusal | SlotNotFoundRefusal | readonly SlotFormProblem[]>> {
  const providers = await providersOfStaff(deps.db, userId)
  if (!providers.some((p) => p.id === providerId)) return err({ code: 'slot.not-found' })
  const clinicId: ProviderId = asProviderId(providerId)
  const zone = ianaTimeZone(input.timeZone)
  if (zone === null)
    return err({ code: 'slot.time-zone-unknown', field: 'timeZone', timeZone: input.timeZone })
  const read = readSlotForm(input, zone)
  if (!read.ok) return read
  const { start, minutes } = read.value
  const id = asConsultationSlotId(randomUUID())
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    // The clinic's row lock: two offers at once are checked one after the other.
    if (!(await lockProvider(tx, clinicId))) return err({ code: 'slot.not-found' } as const)
    const existing = (await slotsOfProviders(tx, [clinicId], new Date(0))).map((r) => slotOf(r.slot))
    const checked = checkSlot({ id, clinicId, start, minutes, timeZone: zone }, existing, now)
    if (!checked.ok) return checked
    await insertSlot(tx, { ...checked.value, createdByUserId: userId, at: now })
    await rememberProviderZone(tx, clinicId, checked.value.timeZone)
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'consultation-slot.offered',
      subjectType: 'consultation-slot',
      subjectId: id,
      details: { providerId: clinicId, startsAt: checked.value.start.toISOString(), minutes },
    })
    return ok({ slotId: id })
  })
}

/** Removes a slot of this member's clinic that no consultation holds or held. */
export async function removeSlot(
  deps: CaseDeps,
  userId: UserId,
  providerId: string,
  slotIdParam: string,
): Promise<Result<null, SlotNotFoundRefusal | SlotInUseRefusal>> {
  const providers = await providersOfStaff(deps.db, userId)
  const slotId = parseConsultationSlotId(slotIdParam)
  if (!slotId || !providers.some((p) => p.id === providerId)) return err({ code: 'slot.not-found' })
  const clinicId = asProviderId(providerId)
  return deps.db.transaction(async (tx) => {
    if (!(await lockProvider(tx, clinicId))) return err({ code: 'slot.not-found' } as const)
    const mine = (await slotsOfProviders(tx, [clinicId], new Date(0))).some((r) => r.slot.id === slotId)
    if (!mine) return err({ code: 'slot.not-found' } as const)
    if (!(await deleteUnusedSlot(tx, clinicId, slotId)))
      return err({ code: 'slot.in-use', field: 'slotId' } as const)
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'consultation-slot.removed',
      subjectType: 'consultation-slot',
      subjectId: slotId,
      details: { providerId: clinicId },
    })
    return ok(null)
  })
}
