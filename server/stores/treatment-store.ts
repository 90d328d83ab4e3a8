import { and, asc, eq, inArray, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import type { CaseId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import {
  adverseEvent,
  treatmentAssessment,
  treatmentDischarge,
  treatmentSession,
} from '../db/schema/treatment.ts'

// The only code that reads and writes a case's treatment course. Rows keep
// their sealed columns sealed: the case handle unseals them for the request.
export type AssessmentRow = typeof treatmentAssessment.$inferSelect
export type SessionRow = typeof treatmentSession.$inferSelect
export type AdverseEventRow = typeof adverseEvent.$inferSelect
export type DischargeRow = typeof treatmentDischarge.$inferSelect

export type CourseRows = {
  assessment: AssessmentRow | null
  sessions: SessionRow[]
  events: AdverseEventRow[]
  discharge: DischargeRow | null
}

export async function courseRows(db: Db, caseId: CaseId): Promise<CourseRows> {
  // One connection per transaction: one query at a time.
  const [assessment] = await db
    .select()
    .from(treatmentAssessment)
    .where(eq(treatmentAssessment.caseId, caseId))
  const sessions = await db
    .select()
    .from(treatmentSession)
    .where(eq(treatmentSession.caseId, caseId))
    .orderBy(asc(treatmentSession.heldOn), asc(treatmentSession.createdAt))
  const events = await db
    .select()
    .from(adverseEvent)
    .where(eq(adverseEvent.caseId, caseId))
    .orderBy(asc(adverseEvent.onsetOn), asc(adverseEvent.createdAt))
  const [discharge] = await db.select().from(treatmentDischarge).where(eq(treatmentDischarge.caseId, caseId))
  return { assessment: assessment ?? null, sessions, events, discharge: discharge ?? null }
}

export async function insertAssessment(tx: Db, row: typeof treatmentAssessment.$inferInsert) {
  await tx.insert(treatmentAssessment).values(row)
}

export async function acknowledgeAssessment(
  tx: Db,
  caseId: CaseId,
  side: 'coordinator' | 'family',
  userId: string,
  at: Date,
): Promise<boolean> {
  const set =
    side === 'coordinator'
      ? { coordinatorAcknowledgedAt: at, coordinatorAcknowledgedBy: userId }
      : { familyAcknowledgedAt: at, familyAcknowledgedBy: userId }
  const column =
    side === 'coordinator'
      ? treatmentAssessment.coordinatorAcknowledgedAt
      : treatmentAssessment.familyAcknowledgedAt
  // Only the first acknowledgement of each side counts; a second click changes nothing.
  const done = await tx
    .update(treatmentAssessment)
    .set(set)
    .where(and(eq(treatmentAssessment.caseId, caseId), sql`${column} is null`))
    .returning({ id: treatmentAssessment.id })
  return done.length > 0
}

export async function insertSession(tx: Db, row: typeof treatmentSession.$inferInsert) {
  await tx.insert(treatmentSession).values(row)
}

export async function insertAdverseEvent(tx: Db, row: typeof adverseEvent.$inferInsert) {
  await tx.insert(adverseEvent).values(row)
}

/** An event's outcome as it stands, before a change to it. */
export async function adverseEventOutcomeOf(
  tx: Db,
  caseId: CaseId,
  eventId: string,
): Promise<AdverseEventRow['outcome'] | null> {
  const [row] = await tx
    .select({ outcome: adverseEvent.outcome })
    .from(adverseEvent)
    .where(and(eq(adverseEvent.caseId, caseId), eq(adverseEvent.id, eventId)))
  return row?.outcome ?? null
}

export async function updateAdverseEventOutcome(
  tx: Db,
  caseId: CaseId,
  eventId: string,
  outcome: AdverseEventRow['outcome'],
  at: Date,
): Promise<AdverseEventRow | null> {
  const [row] = await tx
    .update(adverseEvent)
    .set({ outcome, updatedAt: at })
    .where(and(eq(adverseEvent.caseId, caseId), eq(adverseEvent.id, eventId)))
    .returning()
  return row ?? null
}

export async function insertDischarge(tx: Db, row: typeof treatmentDischarge.$inferInsert) {
  await tx.insert(treatmentDischarge).values(row)
}

/**
 * Whether the case `caseId` (a column of the outer query) has a serious
 * adverse event not yet resolved (ADR 0062), or, with `escalated`, one that
 * has been escalated (ADR 0069): a condition the coordinator's queue asks of
 * each row of its page, in the page's own statement.
 */
export function openSeriousEventOf(caseId: SQLWrapper, options: { escalated?: boolean } = {}): SQL {
  return sql`exists (select 1 from ${adverseEvent} a where a.case_id = ${caseId} and a.serious
    and a.outcome not in ('resolved', 'resolvedWithSequelae', 'fatal')${
      options.escalated ? sql` and a.escalated_to_assigned_at is not null` : sql``
    })`
}

/** Serious events not resolved and not yet escalated to everyone: what the escalation job looks at (ADR 0069). */
export async function seriousEventsToEscalate(
  db: Db,
  caseIds?: readonly string[],
): Promise<AdverseEventRow[]> {
  return db
    .select()
    .from(adverseEvent)
    .where(
      and(
        eq(adverseEvent.serious, true),
        sql`${adverseEvent.outcome} not in ('resolved', 'resolvedWithSequelae', 'fatal')`,
        isNull(adverseEvent.escalatedToAllAt),
        caseIds ? inArray(adverseEvent.caseId, [...caseIds]) : undefined,
      ),
    )
    .orderBy(asc(adverseEvent.createdAt))
}

/**
 * Claims one escalation stage of an event, once: only while that stage is
 * not yet marked and the event is as the job read it (not updated since).
 * "All" marks the first stage too when it had not happened.
 */
export async function claimEscalation(
  tx: Db,
  eventId: string,
  stage: 'assigned' | 'all',
  seenUpdatedAt: Date,
  at: Date,
): Promise<AdverseEventRow | null> {
  const [row] = await tx
    .update(adverseEvent)
    .set(
      stage === 'all'
        ? {
            escalatedToAllAt: at,
            escalatedToAssignedAt: sql`coalesce(${adverseEvent.escalatedToAssignedAt}, ${at.toISOString()}::timestamptz)`,
          }
        : { escalatedToAssignedAt: at },
    )
    .where(
      and(
        eq(adverseEvent.id, eventId),
        eq(adverseEvent.updatedAt, seenUpdatedAt),
        stage === 'all' ? isNull(adverseEvent.escalatedToAllAt) : isNull(adverseEvent.escalatedToAssignedAt),
      ),
    )
    .returning()
  return row ?? null
}
