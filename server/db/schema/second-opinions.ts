import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { secondOpinionStatuses, type SecondOpinionStatus } from '#domain/second-opinions/second-opinion.ts'
import { user } from './auth.ts'
import { patientCase } from './cases.ts'

/**
 * An independent second opinion on a case (issue 15, ADR 0050): the doctor
 * asked, who asked, the family's answer, and the doctor's comment sealed with
 * the case key. A case has at most one open request (a partial unique index).
 */
export const secondOpinion = pgTable(
  'second_opinion',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    doctorUserId: text('doctor_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    requestedByUserId: text('requested_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    decidedByUserId: text('decided_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    status: text('status').$type<SecondOpinionStatus>().notNull(),
    /** The doctor's comment, sealed with the case key (server/cases/case-vault.ts). */
    sealedComment: text('sealed_comment'),
    version: integer('version').notNull().default(1),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('second_opinion_open_case_idx')
      .on(t.caseId)
      .where(sql`${t.status} in ('awaiting-family', 'agreed')`),
    index('second_opinion_case_idx').on(t.caseId, t.requestedAt),
    index('second_opinion_doctor_idx').on(t.doctorUserId, t.status),
    check(
      'second_opinion_status_check',
      sql`${t.status} in (${sql.raw(secondOpinionStatuses.map((s) => `'${s}'`).join(', '))})`,
    ),
  ],
)
