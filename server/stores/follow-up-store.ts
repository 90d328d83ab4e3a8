import {
  and,
  asc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lte,
  notExists,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm'
import type { ReminderKind } from '#domain/follow-up/reminders.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { followUpCheckIn, followUpReminder, followUpVisit } from '../db/schema/follow-up.ts'
import { adverseEvent } from '../db/schema/treatment.ts'

// The only code that reads and writes follow-up visits, check-ins and the
// reminders sent. Sealed columns stay sealed here.
export type VisitRow = typeof followUpVisit.$inferSelect
export type CheckInRow = typeof followUpCheckIn.$inferSelect
export type Channel = CheckInRow['channel']

export async function visitsOf(db: Db, caseId: CaseId): Promise<VisitRow[]> {
  return db
    .select()
    .from(followUpVisit)
    .where(eq(followUpVisit.caseId, caseId))
    .orderBy(asc(followUpVisit.dueOn))
}

export async function insertVisits(tx: Db, rows: (typeof followUpVisit.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(followUpVisit).values(rows)
}

export async function moveVisit(
  tx: Db,
  caseId: CaseId,
  monthsAfter: number,
  dueOn: string,
  by: string,
  at: Date,
) {
  const done = await tx
    .update(followUpVisit)
    .set({ dueOn, scheduledByUserId: by, updatedAt: at })
    .where(and(eq(followUpVisit.caseId, caseId), eq(followUpVisit.monthsAfter, monthsAfter)))
    .returning({ id: followUpVisit.id })
  return done.length > 0
}

export async function setVisitStatus(
  tx: Db,
  visitId: string,
  status: VisitRow['status'],
  at: Date,
  checkInId: string | null = null,
) {
  await tx
    .update(followUpVisit)
    .set({ status, updatedAt: at, ...(checkInId ? { checkInId } : {}) })
    .where(eq(followUpVisit.id, visitId))
}

/** The case's draft on one channel, if any. */
export async function draftOf(db: Db, caseId: CaseId, channel: Channel): Promise<CheckInRow | null> {
  const [row] = await db
    .select()
    .from(followUpCheckIn)
    .where(
      and(
        eq(followUpCheckIn.caseId, caseId),
        eq(followUpCheckIn.channel, channel),
        isNull(followUpCheckIn.completedAt),
      ),
    )
  return row ?? null
}

export async function saveDraft(
  tx: Db,
  caseId: CaseId,
  channel: Channel,
  id: string,
  sealed: string,
  at: Date,
) {
  await tx
    .insert(followUpCheckIn)
    .values({ id, caseId, channel, sealed, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [followUpCheckIn.caseId, followUpCheckIn.channel],
      targetWhere: sql`${followUpCheckIn.completedAt} is null`,
      set: { sealed, updatedAt: at },
    })
}

export async function completeCheckIn(
  tx: Db,
  id: string,
  values: Pick<
    CheckInRow,
    'visitId' | 'answeredBy' | 'recordedByUserId' | 'answeredOn' | 'sealed' | 'completedAt'
  >,
) {
  await tx
    .update(followUpCheckIn)
    .set({ ...values, updatedAt: values.completedAt! })
    .where(eq(followUpCheckIn.id, id))
}

export async function checkInsOf(db: Db, caseId: CaseId): Promise<CheckInRow[]> {
  return db
    .select()
    .from(followUpCheckIn)
    .where(and(eq(followUpCheckIn.caseId, caseId), isNotNull(followUpCheckIn.completedAt)))
    .orderBy(asc(followUpCheckIn.answeredOn), asc(followUpCheckIn.completedAt))
}

/** Cases with a visit still open and due by this day (the reminder job's work list). */
export async function casesWithOpenVisits(
  db: Db,
  dueBy: string,
  caseIds?: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ caseId: followUpVisit.caseId })
    .from(followUpVisit)
    .where(
      and(
        eq(followUpVisit.status, 'due'),
        lte(followUpVisit.dueOn, dueBy),
        caseIds ? inArray(followUpVisit.caseId, [...caseIds]) : undefined,
        // After a death is recorded nobody is reminded of a visit, nor told it was missed.
        notExists(
          db
            .select({ one: sql`1` })
            .from(adverseEvent)
            .where(and(eq(adverseEvent.caseId, followUpVisit.caseId), eq(adverseEvent.outcome, 'fatal'))),
        ),
      ),
    )
  return rows.map((r) => r.caseId)
}

export async function remindersSent(db: Db, visitIds: readonly string[]): Promise<Set<string>> {
  if (visitIds.length === 0) return new Set()
  const rows = await db
    .select()
    .from(followUpReminder)
    .where(inArray(followUpReminder.visitId, [...visitIds]))
  return new Set(rows.map((r) => `${r.visitId}:${r.kind}`))
}

/** Claims one reminder: true for the one run that gets to send it, false for every other. */
export async function claimReminder(tx: Db, visitId: string, kind: ReminderKind, at: Date): Promise<boolean> {
  const done = await tx
    .insert(followUpReminder)
    .values({ visitId, kind, sentAt: at })
    .onConflictDoNothing()
    .returning({ visitId: followUpReminder.visitId })
  return done.length > 0
}

/** Whether the case `caseId` (a column of the outer query) has a missed follow-up visit: the coordinator's queue flags it. */
export function missedVisitOf(caseId: SQLWrapper): SQL {
  return sql`exists (select 1 from ${followUpVisit} v where v.case_id = ${caseId} and v.status = 'missed')`
}
