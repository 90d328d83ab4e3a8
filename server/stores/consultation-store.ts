import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm'
import type { Consultation } from '#domain/consultations/consultation.ts'
import type { ConsultationSlot } from '#domain/consultations/consultation-slot.ts'
import type { CaseId, ConsultationId, ConsultationSlotId, ProviderId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { provider, providerStaff } from '../db/schema/app.ts'
import { patientCase } from '../db/schema/cases.ts'
import { consultation, consultationSlot } from '../db/schema/consultations.ts'

// Consultation slots and bookings: loads and saves. The rules are
// domain/consultations' (ADR 0044); the use cases decide under row locks.
export type SlotRow = typeof consultationSlot.$inferSelect
export type ConsultationRow = typeof consultation.$inferSelect

export function slotOf(row: SlotRow): ConsultationSlot {
  return {
    id: row.id as ConsultationSlotId,
    clinicId: row.providerId as ProviderId,
    start: row.startsAt,
    minutes: row.minutes,
    timeZone: row.timeZone,
  }
}

export function consultationOf(row: ConsultationRow): Consultation {
  return {
    id: row.id as ConsultationId,
    caseId: row.caseId as CaseId,
    clinicId: row.providerId as ProviderId,
    slotId: row.slotId as ConsultationSlotId,
    status: row.status,
    sequence: row.sequence,
  }
}

/** The providers a staff member works for, with their stored zone and country. */
export async function providersOfStaff(db: Db, userId: UserId) {
  return db
    .select({
      id: provider.id,
      name: provider.name,
      countryCode: provider.countryCode,
      timeZone: provider.timeZone,
    })
    .from(providerStaff)
    .innerJoin(provider, eq(provider.id, providerStaff.providerId))
    .where(eq(providerStaff.userId, userId))
    .orderBy(asc(provider.name))
}

/** Takes the provider's row lock: offers and removals of one clinic's slots take turns. */
export async function lockProvider(tx: Db, providerId: ProviderId): Promise<boolean> {
  const [row] = await tx
    .select({ id: provider.id })
    .from(provider)
    .where(eq(provider.id, providerId))
    .for('update')
  return row !== undefined
}

export async function rememberProviderZone(tx: Db, providerId: ProviderId, timeZone: string): Promise<void> {
  await tx.update(provider).set({ timeZone }).where(eq(provider.id, providerId))
}

/** A clinic's slots ending after `after`, earliest first, each with the booked consultation holding it, if any. */
export async function slotsOfProviders(db: Db, providerIds: readonly ProviderId[], after: Date) {
  if (providerIds.length === 0) return []
  return db
    .select({
      slot: consultationSlot,
      bookedBy: consultation.caseId,
      consultationId: consultation.id,
      providerName: provider.name,
    })
    .from(consultationSlot)
    .innerJoin(provider, eq(provider.id, consultationSlot.providerId))
    .leftJoin(
      consultation,
      and(eq(consultation.slotId, consultationSlot.id), eq(consultation.status, 'booked')),
    )
    .where(
      and(
        inArray(consultationSlot.providerId, [...providerIds]),
        gt(sql`${consultationSlot.startsAt} + make_interval(mins => ${consultationSlot.minutes})`, after),
      ),
    )
    .orderBy(asc(consultationSlot.startsAt), asc(provider.name))
}

/** The references of the cases that booked these slots: what a clinic's slot list names. */
export async function bookedCaseReferences(db: Db, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map()
  const rows = await db
    .select({ id: patientCase.id, reference: patientCase.reference })
    .from(patientCase)
    .where(inArray(patientCase.id, [...caseIds]))
  return new Map(rows.map((r) => [r.id, r.reference]))
}

export async function insertSlot(
  tx: Db,
  slot: ConsultationSlot & { createdByUserId: UserId; at: Date },
): Promise<void> {
  await tx.insert(consultationSlot).values({
    id: slot.id,
    providerId: slot.clinicId,
    startsAt: slot.start,
    minutes: slot.minutes,
    timeZone: slot.timeZone,
    createdByUserId: slot.createdByUserId,
    createdAt: slot.at,
  })
}

/** Removes a clinic's slot that no consultation ever held; false when there is none such. */
export async function deleteUnusedSlot(tx: Db, providerId: ProviderId, slotId: ConsultationSlotId) {
  const removed = await tx
    .delete(consultationSlot)
    .where(
      and(
        eq(consultationSlot.id, slotId),
        eq(consultationSlot.providerId, providerId),
        sql`not exists (select 1 from ${consultation} where ${consultation.slotId} = ${consultationSlot.id})`,
      ),
    )
    .returning({ id: consultationSlot.id })
  return removed.length > 0
}

/** A slot under its row lock, so two bookings of it take turns; null when there is none. */
export async function lockSlot(tx: Db, slotId: ConsultationSlotId): Promise<SlotRow | null> {
  const [row] = await tx.select().from(consultationSlot).where(eq(consultationSlot.id, slotId)).for('update')
  return row ?? null
}

export async function slotById(db: Db, slotId: string): Promise<SlotRow | null> {
  const [row] = await db.select().from(consultationSlot).where(eq(consultationSlot.id, slotId))
  return row ?? null
}

/** The booked consultations holding any of these slots. */
export async function bookedOnSlots(db: Db, slotIds: readonly string[]): Promise<ConsultationRow[]> {
  if (slotIds.length === 0) return []
  return db
    .select()
    .from(consultation)
    .where(and(inArray(consultation.slotId, [...slotIds]), eq(consultation.status, 'booked')))
}

/** A case's consultations, newest first, with their slots and clinics. */
export async function consultationsOfCase(db: Db, caseId: CaseId, providerId?: ProviderId) {
  return db
    .select({ c: consultation, slot: consultationSlot, providerName: provider.name })
    .from(consultation)
    .innerJoin(consultationSlot, eq(consultationSlot.id, consultation.slotId))
    .innerJoin(provider, eq(provider.id, consultation.providerId))
    .where(
      providerId
        ? and(eq(consultation.caseId, caseId), eq(consultation.providerId, providerId))
        : eq(consultation.caseId, caseId),
    )
    .orderBy(asc(consultationSlot.startsAt))
}

/** The case a consultation with this provider belongs to; null when it is not this provider's. */
export async function caseOfProviderConsultation(
  db: Db,
  providerId: ProviderId,
  id: ConsultationId,
): Promise<CaseId | null> {
  const [row] = await db
    .select({ caseId: consultation.caseId })
    .from(consultation)
    .where(and(eq(consultation.id, id), eq(consultation.providerId, providerId)))
  return (row?.caseId as CaseId | undefined) ?? null
}

/** A case's consultation under its row lock. */
export async function lockConsultation(
  tx: Db,
  caseId: CaseId,
  id: ConsultationId,
): Promise<ConsultationRow | null> {
  const [row] = await tx
    .select()
    .from(consultation)
    .where(and(eq(consultation.id, id), eq(consultation.caseId, caseId)))
    .for('update')
  return row ?? null
}

export async function insertConsultation(tx: Db, values: typeof consultation.$inferInsert): Promise<void> {
  await tx.insert(consultation).values(values)
}

/** Saves the next state if the consultation is still at `fromVersion`; false when someone else was first. */
export async function saveConsultation(
  tx: Db,
  next: Consultation,
  fromVersion: number,
  now: Date,
): Promise<boolean> {
  const saved = await tx
    .update(consultation)
    .set({
      slotId: next.slotId,
      status: next.status,
      sequence: next.sequence,
      version: fromVersion + 1,
      updatedAt: now,
    })
    .where(and(eq(consultation.id, next.id), eq(consultation.version, fromVersion)))
    .returning({ id: consultation.id })
  return saved.length > 0
}
