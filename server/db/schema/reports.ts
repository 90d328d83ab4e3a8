import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import {
  reportOutcomes,
  reportReasons,
  reportStatuses,
  type ReportOutcome,
  type ReportReason,
  type ReportStatus,
} from '#domain/review/listing-report.ts'
import { provider } from './app.ts'
import { user } from './auth.ts'
import { offer } from './catalogue.ts'

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

/**
 * A report about a public listing from anyone (issue 16, ADR 0059). What the
 * reporter typed (details, evidence address, email) is sealed with the
 * report's own key, wrapped by the master key; the email is erased once the
 * outcome has been sent. Reviewers read the rest, audited.
 */
export const listingReport = pgTable(
  'listing_report',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    /** The offer it is about, or null for the whole listing. */
    offerId: text('offer_id').references(() => offer.id, { onDelete: 'set null' }),
    reason: text('reason').$type<ReportReason>().notNull(),
    detailsSealed: text('details_sealed').notNull(),
    evidenceSealed: text('evidence_sealed'),
    /** Null when the reporter gave no address, and again once the outcome has been sent. */
    reporterEmailSealed: text('reporter_email_sealed'),
    reporterUserId: text('reporter_user_id').references(() => user.id, { onDelete: 'set null' }),
    /** The language the reporter wrote in: the acknowledgement and the outcome use it. */
    reporterLocale: text('reporter_locale').notNull(),
    /** The report's data key, wrapped by the master key. */
    wrappedKey: text('wrapped_key').notNull(),
    status: text('status').$type<ReportStatus>().notNull().default('received'),
    outcome: text('outcome').$type<ReportOutcome>(),
    /** The closing reviewer's note, for reviewers only (the reporter reads the outcome). */
    outcomeNote: text('outcome_note'),
    reviewerUserId: text('reviewer_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('listing_report_queue_idx').on(t.status, t.createdAt),
    index('listing_report_provider_idx').on(t.providerId, t.createdAt),
    check('listing_report_reason_check', sql`${t.reason} in (${list(reportReasons)})`),
    check('listing_report_status_check', sql`${t.status} in (${list(reportStatuses)})`),
    check(
      'listing_report_outcome_check',
      sql`(${t.status} = 'closed') = (${t.outcome} is not null) and (${t.outcome} is null or ${t.outcome} in (${list(reportOutcomes)}))`,
    ),
  ],
)
