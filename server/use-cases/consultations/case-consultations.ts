import { calendarDateIn } from '#domain/shared/calendar-date.ts'
import { randomUUID } from 'node:crypto'
import { bookConsultation, type BookingRefusal } from '#domain/consultations/book-consultation.ts'
import { cancelConsultation, type CancelRefusal } from '#domain/consultations/cancel-consultation.ts'
import {
  parseClinicCancelReason,
  type CancelReasonRefusal,
} from '#domain/consultations/clinic-cancel-reasons.ts'
import type {
  Consultation,
  ConsultationDecision,
  ConsultationEvent,
} from '#domain/consultations/consultation.ts'
import type { ConsultationSlot } from '#domain/consultations/consultation-slot.ts'
import {
  rescheduleConsultation,
  type RescheduleRefusal,
} from '#domain/consultations/reschedule-consultation.ts'
import { ianaTimeZone } from '#domain/consultations/time-zone.ts'
import { patientTimeZone, zonesOfCountry } from '#domain/intake/time-zones.ts'
import { finalReferralStatuses } from '#domain/referrals/referral.ts'
import {
  asConsultationId,
  asProviderId,
  parseConsultationId,
  parseConsultationSlotId,
  type CaseId,
  type ProviderId,
  type UserId,
} from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { translator } from '#domain/i18n/translate.ts'
import { isLocale } from '#domain/i18n/locales.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { consultationInvitation } from '../../calendar/consultation-invitation.ts'
import { invitationEmailPart } from '../../calendar/invitation-email-part.ts'
import { meetingLink } from '../../calendar/meeting-link.ts'
import { caseContext, type AnyCaseContext, type CaseContext } from '../../cases/case-context.ts'
import { openCaseKey } from '../../cases/case-vault.ts'
import { findCase } from '../../stores/case-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { Db } from '../../db/client.ts'
import type { EmailRequest, EmailTemplate } from '../../mail/templates.ts'
import {
  bookedOnSlots,
  caseOfProviderConsultation,
  consultationOf,
  consultationsOfCase,
  insertConsultation,
  lockConsultation,
  lockSlot,
  providersOfStaff,
  saveConsultation,
  slotById,
  slotOf,
  slotsOfProviders,
  type ConsultationRow,
} from '../../stores/consultation-store.ts'
import { patientSideRecipients, type Recipient } from '../../stores/member-store.ts'
import { providerRecipients, referralsOfCase, referralTo } from '../../stores/referral-store.ts'

// A case's virtual consultations (issue 15, ADR 0044, ADR 0047). The family
// books a free slot of a clinic the case is referred to (an open referral),
// moves it to another slot of that clinic, or cancels it. Each decision is
// taken in domain/consultations under the slot's row lock, so two tabs or two
// families pressing "book" at once end with one booking; two partial unique
// indexes (one booked consultation per slot, one per case and clinic) make it
// certain. Once committed, the family and the clinic are emailed a calendar
// invitation in their own language: the case reference, the time and the
// room, never health content.

export type ConsultationNotFoundRefusal = { code: 'consultation.not-found' }
/** The case already has a consultation booked with this clinic: move it instead. */
export type AlreadyBookedRefusal = { code: 'consultation.already-booked'; field: 'slotId' }
/** Someone changed the consultation since it was read. */
export type ConsultationChangedRefusal = { code: 'consultation.changed'; field: null }

type Changed = { consultation: ConsultationRow; slot: ConsultationSlot; event: ConsultationEvent }
/** What sending a consultation's invitation or cancellation needs. */
type MeetingDeps = Pick<CaseDeps, 'db' | 'clock' | 'notify' | 'meetings'>

/** The providers whose referral of this case is still open. */
async function openReferrals(db: Db, caseId: CaseId) {
  const rows = await referralsOfCase(db, caseId)
  return rows.filter((r) => !finalReferralStatuses.includes(r.row.status))
}

/** The zone the family reads times in: their choice on the page, else their intake answer, else their country's. */
export function familyTimeZone(ctx: AnyCaseContext, chosen?: string | null): string {
  const picked = chosen ? ianaTimeZone(chosen) : null
  if (picked) return picked
  const answers = ctx.answers()
  const country = answers['country']
  return (
    patientTimeZone(answers) ??
    (typeof country === 'string' ? zonesOfCountry(country)[0] : undefined) ??
    'UTC'
  )
}

/** Today's date where the family is (their zone as familyTimeZone reads it): what they would write for "today". */
export function familyToday(ctx: AnyCaseContext, now: Date): string {
  return calendarDateIn(now, familyTimeZone(ctx))
}

/** The case's consultations and the free slots of the clinics it is referred to now. */
export async function consultationsForFamily(deps: CaseDeps, ctx: CaseContext) {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const open = await openReferrals(deps.db, caseId)
  const slots = await slotsOfProviders(
    deps.db,
    open.map((r) => asProviderId(r.row.providerId)),
    now,
  )
  const booked = await consultationsOfCase(deps.db, caseId)
  return {
    clinics: open.map((r) => ({ providerId: r.row.providerId, name: r.providerName })),
    freeSlots: slots
      .filter((s) => s.bookedBy === null && s.slot.startsAt.getTime() > now.getTime())
      .map((s) => ({ ...slotOf(s.slot), providerName: s.providerName })),
    consultations: booked.map(viewOf(now)),
  }
}

const viewOf = (now: Date) => (r: Awaited<ReturnType<typeof consultationsOfCase>>[number]) => ({
  ...consultationOf(r.c),
  slot: slotOf(r.slot),
  providerName: r.providerName,
  meetingUrl: r.c.meetingUrl,
  version: r.c.version,
  upcoming: r.c.status === 'booked' && r.slot.startsAt.getTime() > now.getTime(),
})

/** A clinic's (or the coordinator's) read of the case's consultations: with this clinic only, or all. */
export async function consultationsOfCaseFor(deps: CaseDeps, caseId: CaseId, providerId?: ProviderId) {
  return (await consultationsOfCase(deps.db, caseId, providerId)).map(viewOf(deps.clock.now()))
}

const isUniqueViolation = (e: unknown): boolean => {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause)
    if ((c as { code?: unknown }).code === '23505') return true
  return false
}

/** Books a free slot of a clinic the case is referred to. */
export async function bookSlot(
  deps: CaseDeps,
  ctx: CaseContext,
  slotIdParam: string,
): Promise<
  Result<{ consultationId: string }, BookingRefusal | AlreadyBookedRefusal | ConsultationNotFoundRefusal>
> {
  const caseId = ctx.row.id as CaseId
  const slotId = parseConsultationSlotId(slotIdParam)
  if (!slotId) return err({ code: 'consultation.not-found' })
  const now = deps.clock.now()
  const id = asConsultationId(randomUUID())
  const meetingUrl = meetingLink(deps.meetings.provider, deps.meetings.random)
  let outcome: Result<Changed, BookingRefusal | AlreadyBookedRefusal | ConsultationNotFoundRefusal>
  try {
    outcome = await deps.db.transaction(async (tx) => {
      const row = await lockSlot(tx, slotId)
      // Locked, so a step ending this referral waits for the booking (and then cancels it) or comes first.
      const referral = row && (await referralTo(tx, caseId, asProviderId(row.providerId), { lock: true }))
      if (!row || !referral || finalReferralStatuses.includes(referral.status))
        return err({ code: 'consultation.not-found' } as const)
      const slot = slotOf(row)
      const holders = (await bookedOnSlots(tx, [slot.id])).map(consultationOf)
      const decided = bookConsultation({ id, caseId, slot }, holders, now)
      if (!decided.ok) return decided
      const withClinic = (await consultationsOfCase(tx, caseId, slot.clinicId)).some(
        (c) => c.c.status === 'booked',
      )
      if (withClinic) return err({ code: 'consultation.already-booked', field: 'slotId' } as const)
      const values = {
        id,
        caseId,
        referralId: referral.id,
        providerId: slot.clinicId,
        slotId: slot.id,
        status: 'booked' as const,
        sequence: 0,
        meetingUrl,
        bookedByUserId: ctx.actor.userId,
        version: 1,
        createdAt: now,
        updatedAt: now,
      }
      await insertConsultation(tx, values)
      await audit(tx, ctx, decided.value.events[0]!)
      return ok({ consultation: values, slot, event: decided.value.events[0]! })
    })
  } catch (e) {
    // Two tabs booking two slots of one clinic at once: the index keeps one.
    if (isUniqueViolation(e)) return err({ code: 'consultation.already-booked', field: 'slotId' })
    throw e
  }
  if (!outcome.ok) return outcome
  await invite(deps, ctx, outcome.value, 'consultation-booked')
  return ok({ consultationId: id })
}

/** Moves the case's consultation to another free slot of the same clinic: same UID, SEQUENCE raised. */
export async function moveConsultation(
  deps: CaseDeps,
  ctx: CaseContext,
  consultationIdParam: string,
  slotIdParam: string,
): Promise<Result<null, RescheduleRefusal | ConsultationNotFoundRefusal | ConsultationChangedRefusal>> {
  const caseId = ctx.row.id as CaseId
  const consultationId = parseConsultationId(consultationIdParam)
  const slotId = parseConsultationSlotId(slotIdParam)
  if (!consultationId) return err({ code: 'consultation.not-found' })
  if (!slotId) return err({ code: 'consultation.slot-taken', field: 'slotId', byThisCase: false })
  const now = deps.clock.now()
  const outcome = await deps.db.transaction(async (tx) => {
    const current = await lockConsultation(tx, caseId, consultationId)
    if (!current) return err({ code: 'consultation.not-found' } as const)
    const fromRow = await slotById(tx, current.slotId)
    const toRow = await lockSlot(tx, slotId)
    if (!fromRow || !toRow) return err({ code: 'consultation.not-found' } as const)
    const holders = (await bookedOnSlots(tx, [toRow.id])).map(consultationOf)
    const decided = rescheduleConsultation(
      consultationOf(current),
      { from: slotOf(fromRow), to: slotOf(toRow) },
      holders,
      now,
    )
    if (!decided.ok) return decided
    return saveChange(tx, ctx, current, decided.value, slotOf(toRow), now)
  })
  if (!outcome.ok) return outcome
  await invite(deps, ctx, outcome.value, 'consultation-rescheduled')
  return ok(null)
}

/** Cancels the case's consultation: METHOD:CANCEL with the same UID and a higher SEQUENCE. */
export async function cancelBooking(
  deps: CaseDeps,
  ctx: CaseContext,
  consultationIdParam: string,
): Promise<Result<null, CancelRefusal | ConsultationNotFoundRefusal | ConsultationChangedRefusal>> {
  const caseId = ctx.row.id as CaseId
  const consultationId = parseConsultationId(consultationIdParam)
  if (!consultationId) return err({ code: 'consultation.not-found' })
  const now = deps.clock.now()
  const outcome = await deps.db.transaction(async (tx) => {
    const current = await lockConsultation(tx, caseId, consultationId)
    const slotRow = current && (await slotById(tx, current.slotId))
    if (!current || !slotRow) return err({ code: 'consultation.not-found' } as const)
    const decided = cancelConsultation(consultationOf(current), slotOf(slotRow), now)
    if (!decided.ok) return decided
    return saveChange(tx, ctx, current, decided.value, slotOf(slotRow), now)
  })
  if (!outcome.ok) return outcome
  await invite(deps, ctx, outcome.value, 'consultation-cancelled')
  return ok(null)
}

/**
 * A referral that has ended (the family chose another clinic, the clinic
 * declined, the case was withdrawn) takes its clinic's consultations still to
 * come with it, in the transaction that ends it: a crash cannot leave one
 * booked. One that has started stays as it was. The cancellations for both
 * sides' calendars go out after the commit (`tellOfEndedConsultations`).
 */
export async function cancelConsultationsOfEndedReferral(
  tx: Db,
  ctx: AnyCaseContext,
  providerId: ProviderId,
  now: Date,
): Promise<EndedConsultation[]> {
  const caseId = ctx.row.id as CaseId
  const cancelled: EndedConsultation[] = []
  for (const { c } of await consultationsOfCase(tx, caseId, providerId)) {
    if (c.status !== 'booked') continue
    const current = await lockConsultation(tx, caseId, asConsultationId(c.id))
    const slotRow = current && (await slotById(tx, current.slotId))
    if (!current || !slotRow) continue
    const decided = cancelConsultation(consultationOf(current), slotOf(slotRow), now, {
      by: 'system',
      reason: 'referral-ended',
    })
    if (!decided.ok) continue
    const saved = await saveChange(tx, ctx, current, decided.value, slotOf(slotRow), now)
    if (!saved.ok) throw new Error(`consultation ${c.id} changed under its referral's lock`)
    cancelled.push(saved.value)
  }
  return cancelled
}

/** A consultation cancelled with its referral, for the emails sent once the step has committed. */
export type EndedConsultation = Changed

export async function tellOfEndedConsultations(
  deps: MeetingDeps,
  ctx: AnyCaseContext,
  cancelled: readonly EndedConsultation[],
): Promise<void> {
  for (const changed of cancelled) await invite(deps, ctx, changed, 'consultation-cancelled-referral-ended')
}

/** A clinic member, as the slots page knows them. */
export type ClinicCanceller = { id: UserId; name: string; locale: string }

/**
 * A clinic member calls off a booked consultation of their clinic, with a
 * reason from the list (ADR 0047's cancellation, by the other side): the same
 * lock, rule and save as the family's, and the family gets the METHOD:CANCEL
 * invitation with the reason in their language. A consultation of a clinic
 * the member does not work for is "not found", like any other id.
 */
export async function cancelBookingForClinic(
  deps: CaseDeps,
  member: ClinicCanceller,
  providerIdParam: string,
  consultationIdParam: string,
  reasonParam: string,
): Promise<
  Result<null, CancelRefusal | CancelReasonRefusal | ConsultationNotFoundRefusal | ConsultationChangedRefusal>
> {
  const consultationId = parseConsultationId(consultationIdParam)
  const providers = await providersOfStaff(deps.db, member.id)
  if (!consultationId || !providers.some((p) => p.id === providerIdParam))
    return err({ code: 'consultation.not-found' })
  const providerId = asProviderId(providerIdParam)
  const reason = parseClinicCancelReason(reasonParam)
  if (!reason.ok) return reason
  const caseId = await caseOfProviderConsultation(deps.db, providerId, consultationId)
  const row = caseId && (await findCase(deps.db, caseId))
  const key = row && openCaseKey(row.wrappedKey, deps.keys.master)
  if (!caseId || !row || !key) return err({ code: 'consultation.not-found' })
  // The case is opened for the invitation's reference and the family's zone only; nothing of it is shown.
  const ctx = caseContext(
    row,
    key,
    { userId: member.id, kind: 'clinic-staff', name: member.name, locale: member.locale },
    null,
  )
  const now = deps.clock.now()
  const outcome = await deps.db.transaction(async (tx) => {
    const current = await lockConsultation(tx, caseId, consultationId)
    const slotRow = current && (await slotById(tx, current.slotId))
    if (!current || !slotRow || current.providerId !== providerId)
      return err({ code: 'consultation.not-found' } as const)
    const decided = cancelConsultation(consultationOf(current), slotOf(slotRow), now, {
      by: 'clinic',
      reason: reason.value,
    })
    if (!decided.ok) return decided
    return saveChange(tx, ctx, current, decided.value, slotOf(slotRow), now)
  })
  if (!outcome.ok) return outcome
  await invite(deps, ctx, outcome.value, 'consultation-cancelled-by-clinic', { reason: reason.value })
  return ok(null)
}

const rowOf = (c: Consultation) => ({ slotId: c.slotId, status: c.status, sequence: c.sequence })

/** A decided move or cancellation: saved only over the version read, audited, and what its invitation needs. */
async function saveChange(
  tx: Db,
  ctx: AnyCaseContext,
  current: ConsultationRow,
  decided: ConsultationDecision,
  slot: ConsultationSlot,
  now: Date,
) {
  if (!(await saveConsultation(tx, decided.next, current.version, now)))
    return err({ code: 'consultation.changed', field: null } as const)
  const event = decided.events[0]!
  await audit(tx, ctx, event)
  return ok({ consultation: { ...current, ...rowOf(decided.next) }, slot, event })
}

async function audit(tx: Db, ctx: AnyCaseContext, event: ConsultationEvent) {
  const { type, consultationId, at: _at, ...details } = event
  await appendAudit(tx, {
    actorUserId: ctx.actor.userId,
    action: type,
    subjectType: 'consultation',
    subjectId: consultationId,
    requestId: ctx.requestId,
    details,
  })
}

/**
 * One email per person, each with their own invitation: the family reads the
 * time in their zone, the clinic in its own; nobody sees another's address.
 */
async function invite(
  deps: MeetingDeps,
  ctx: AnyCaseContext,
  changed: Changed,
  template: EmailTemplate,
  extra: Pick<EmailRequest['params'], 'reason'> = {},
) {
  const caseId = ctx.row.id as CaseId
  const { consultation: c, slot } = changed
  const family = await patientSideRecipients(deps.db, caseId)
  const clinic = await providerRecipients(deps.db, asProviderId(c.providerId))
  const familyZone = familyTimeZone(ctx)
  const uidHost = new URL(deps.notify.publicUrl).host
  const organizer = organizerOf(deps.meetings.organizer)
  const send = async (r: Recipient, timeZone: string, path: string) => {
    const locale = r.locale && isLocale(r.locale) ? r.locale : 'en'
    const t = translator(locale)
    const reference = ctx.row.reference
    const invitation = consultationInvitation({
      consultation: { id: asConsultationId(c.id), sequence: c.sequence, status: c.status },
      slot,
      organizer,
      attendees: [{ name: r.name, email: r.email, required: true }],
      meetingUrl: c.meetingUrl,
      text: {
        summary: t('email.consultation.summary', { reference }),
        description: t('email.consultation.description', { reference }),
      },
      uidHost,
      stamp: deps.clock.now(),
    })
    await deps.notify.email({
      template,
      to: r.email,
      locale,
      params: {
        name: r.name,
        url: `${deps.notify.publicUrl}${path}`,
        reference,
        startsAt: slot.start.toISOString(),
        minutes: slot.minutes,
        timeZone,
        // A cancellation carries no link to join the call it cancels.
        ...(c.status === 'cancelled' ? {} : { meetingUrl: c.meetingUrl }),
        ...extra,
      },
      invitation: invitationEmailPart(invitation),
    })
  }
  for (const r of family) await send(r, familyZone, `/patient/cases/${caseId}/consultations`)
  // The clinic's staff see and cancel bookings on their slots page, this clinic's.
  const slotsPath = `/clinic/consultation-slots?clinic=${encodeURIComponent(c.providerId)}`
  for (const r of clinic) await send(r, slot.timeZone, slotsPath)
}

/** "Waypoint <no-reply@host>" → the organizer of the invitation. */
function organizerOf(from: string): { name: string; email: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return m ? { name: m[1] || 'Waypoint', email: m[2]! } : { name: 'Waypoint', email: from.trim() }
}
