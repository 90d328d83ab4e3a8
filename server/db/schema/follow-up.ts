import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import type { AnsweredBy } from '#domain/follow-up/check-in.ts'
import type { ReminderKind, VisitStatus } from '#domain/follow-up/reminders.ts'
import { user } from './auth.ts'
import { patientCase } from './cases.ts'

// Follow-up after treatment (issue 17, ADR 0065): the plan of visits made at
// discharge, the check-ins that fulfil them, and each reminder sent, once.
// Dates and statuses stay in the clear for the reminder job and the
// coordinator's queue; the answers are sealed with the case key.

export const followUpVisit = pgTable(
  'follow_up_visit',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    monthsAfter: integer('months_after').notNull(),
    dueOn: text('due_on').notNull(),
    status: text('status').$type<VisitStatus>().notNull(),
    /** The check-in that fulfilled it; null until done. */
    checkInId: text('check_in_id'),
    /** Who last set its date (the discharge's clinic member, or a coordinator who moved it). */
    scheduledByUserId: text('scheduled_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('follow_up_visit_case_month_idx').on(t.caseId, t.monthsAfter),
    // The reminder job asks only for visits still open.
    index('follow_up_visit_open_idx')
      .on(t.dueOn)
      .where(sql`${t.status} = 'due'`),
    check('follow_up_visit_status_check', sql`${t.status} in ('due', 'done', 'missed')`),
  ],
)

/** A check-in, a draft until completed; its answers sealed. */
export const followUpCheckIn = pgTable(
  'follow_up_check_in',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    /** The visit it fulfilled; null for a draft or an extra check-in. */
    visitId: text('visit_id').references(() => followUpVisit.id, { onDelete: 'set null' }),
    /** The drafting channel: the family's pages or the coordinator's phone call (one draft each). */
    channel: text('channel').$type<'family' | 'phone'>().notNull(),
    answeredBy: text('answered_by').$type<AnsweredBy>(),
    recordedByUserId: text('recorded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    answeredOn: text('answered_on'),
    /** Sealed JSON: the draft, then the check-in (items, score, FVC, weight, support, changes). */
    sealed: text('sealed').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('follow_up_check_in_case_idx').on(t.caseId, t.answeredOn),
    uniqueIndex('follow_up_check_in_draft_idx')
      .on(t.caseId, t.channel)
      .where(sql`${t.completedAt} is null`),
  ],
)

/** Each reminder or escalation sent, once per visit and kind: the job's claim. */
export const followUpReminder = pgTable(
  'follow_up_reminder',
  {
    visitId: text('visit_id')
      .notNull()
      .references(() => followUpVisit.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReminderKind>().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('follow_up_reminder_once_idx').on(t.visitId, t.kind)],
)
