import { and, asc, eq } from 'drizzle-orm'
import type { CaseId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { fitToFly, tripChecklist, tripItem } from '../db/schema/travel.ts'

// The travel plan, the fit-to-fly check and the pre-departure checklist
// (ADR 0064). Loads and saves; the rules are in domain/travel.

export type FitToFlyRow = typeof fitToFly.$inferSelect
export type TripItemRow = typeof tripItem.$inferSelect

export async function fitToFlyOf(db: Db, caseId: CaseId): Promise<FitToFlyRow | null> {
  const [row] = await db.select().from(fitToFly).where(eq(fitToFly.caseId, caseId))
  return row ?? null
}

export async function saveFitToFly(tx: Db, values: typeof fitToFly.$inferInsert): Promise<void> {
  const { caseId: _, ...changes } = values
  await tx.insert(fitToFly).values(values).onConflictDoUpdate({ target: fitToFly.caseId, set: changes })
}

export async function tripItemsOf(db: Db, caseId: CaseId): Promise<TripItemRow[]> {
  return db
    .select()
    .from(tripItem)
    .where(eq(tripItem.caseId, caseId))
    .orderBy(asc(tripItem.startsAt), asc(tripItem.createdAt))
}

export async function insertTripItem(tx: Db, values: typeof tripItem.$inferInsert): Promise<void> {
  await tx.insert(tripItem).values(values)
}

/** Saves a change, only from the version read; false when someone else changed or removed it first. */
export async function updateTripItem(
  tx: Db,
  caseId: CaseId,
  id: string,
  fromVersion: number,
  values: { startsAt: Date | null; sealedBody: string; updatedAt: Date },
): Promise<boolean> {
  const done = await tx
    .update(tripItem)
    .set({ ...values, version: fromVersion + 1 })
    .where(and(eq(tripItem.caseId, caseId), eq(tripItem.id, id), eq(tripItem.version, fromVersion)))
    .returning({ id: tripItem.id })
  return done.length > 0
}

export async function deleteTripItem(
  tx: Db,
  caseId: CaseId,
  id: string,
  fromVersion: number,
): Promise<boolean> {
  const done = await tx
    .delete(tripItem)
    .where(and(eq(tripItem.caseId, caseId), eq(tripItem.id, id), eq(tripItem.version, fromVersion)))
    .returning({ id: tripItem.id })
  return done.length > 0
}

export async function checklistOf(db: Db, caseId: CaseId) {
  return db.select().from(tripChecklist).where(eq(tripChecklist.caseId, caseId))
}

export async function setChecklistItem(
  tx: Db,
  caseId: CaseId,
  item: string,
  ticked: { byUserId: string; at: Date } | null,
): Promise<void> {
  if (ticked === null) {
    await tx.delete(tripChecklist).where(and(eq(tripChecklist.caseId, caseId), eq(tripChecklist.item, item)))
    return
  }
  await tx
    .insert(tripChecklist)
    .values({ caseId, item, tickedByUserId: ticked.byUserId, tickedAt: ticked.at })
    .onConflictDoNothing()
}
