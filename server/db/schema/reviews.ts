import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import type { PersonalDataKind } from '#domain/reviews/personal-data.ts'
import {
  moderationReasons,
  reviewReportReasons,
  reviewStatuses,
  type ModerationReason,
  type ReviewReportReason,
  type ReviewStatus,
} from '#domain/reviews/review.ts'
import { provider } from './app.ts'
import { user } from './auth.ts'
import { offer } from './catalogue.ts'
import { patientCase } from './cases.ts'

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

/**
 * A verified review of a provider by the family of a case it treated (issue
 * 17, ADR 0068). Reviews are public once published, so the text is kept in
 * the clear; the case is linked only by its id, and no name of the family is
 * kept but the display name they chose. A review is never edited: it is
 * published whole, rejected or taken down, each with a reason.
 */
export const providerReview = pgTable(
  'provider_review',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    offerId: text('offer_id').references(() => offer.id, { onDelete: 'set null' }),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    rating: integer('rating'),
    body: text('body').notNull(),
    displayName: text('display_name'),
    /** The language it is written in, for the page's `lang`. */
    locale: text('locale').notNull(),
    /** "2026-12": the month of the first session with this provider. */
    treatedMonth: text('treated_month').notNull(),
    /** What the personal-data check found when it was written. */
    flags: jsonb('flags').$type<PersonalDataKind[]>().notNull().default([]),
    status: text('status').$type<ReviewStatus>().notNull().default('awaiting'),
    moderationReason: text('moderation_reason').$type<ModerationReason>(),
    moderatedByUserId: text('moderated_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    reply: text('reply'),
    replyByUserId: text('reply_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // One review per case and provider; a rejected one does not count, so the family may write again.
    uniqueIndex('provider_review_case_provider_idx')
      .on(t.caseId, t.providerId)
      .where(sql`${t.status} <> 'rejected'`),
    index('provider_review_provider_idx').on(t.providerId, t.status, t.publishedAt),
    index('provider_review_queue_idx').on(t.status, t.createdAt),
    check('provider_review_status_check', sql`${t.status} in (${list(reviewStatuses)})`),
    check('provider_review_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
    check(
      'provider_review_reason_check',
      sql`(${t.status} in ('rejected', 'unpublished')) = (${t.moderationReason} is not null) and (${t.moderationReason} is null or ${t.moderationReason} in (${list(moderationReasons)}))`,
    ),
  ],
)

/** A report about a published review from anyone; the reporter's words, if any, are sealed with the report's key. */
export const reviewReport = pgTable(
  'review_report',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => providerReview.id, { onDelete: 'cascade' }),
    reason: text('reason').$type<ReviewReportReason>().notNull(),
    detailsSealed: text('details_sealed'),
    wrappedKey: text('wrapped_key').notNull(),
    reporterUserId: text('reporter_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Set when a reviewer dealt with the review (kept or took it down). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('review_report_review_idx').on(t.reviewId, t.closedAt),
    check('review_report_reason_check', sql`${t.reason} in (${list(reviewReportReasons)})`),
  ],
)
