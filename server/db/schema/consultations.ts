import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import type { ConsultationStatus } from '#domain/consultations/consultation.ts'
import { user } from './auth.ts'
import { provider } from './app.ts'
import { patientCase, referral } from './cases.ts'

// Virtual consultations (issue 15, ADR 0044, ADR 0047): a clinic's slots and
// the bookings of them by the cases referred to it.

/** A time a clinic offers: an instant, a length and the clinic's IANA zone, as the clinic read it. */
export const consultationSlot = pgTable(
  'consultation_slot',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    minutes: integer('minutes').notNull(),
    timeZone: text('time_zone').notNull(),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index('consultation_slot_provider_start_idx').on(t.providerId, t.startsAt),
    check('consultation_slot_minutes_check', sql`${t.minutes} > 0 and ${t.minutes} <= 120`),
  ],
)

/**
 * A case's booking of one slot, through its referral to the slot's clinic.
 * Its id is the calendar event's identity (UID) and `sequence` its SEQUENCE.
 * A slot holds at most one booked consultation, and a case at most one per
 * clinic: two partial unique indexes make both certain under races.
 */
export const consultation = pgTable(
  'consultation',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    referralId: text('referral_id')
      .notNull()
      .references(() => referral.id, { onDelete: 'cascade' }),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    slotId: text('slot_id')
      .notNull()
      .references(() => consultationSlot.id, { onDelete: 'restrict' }),
    status: text('status').$type<ConsultationStatus>().notNull(),
    sequence: integer('sequence').notNull().default(0),
    meetingUrl: text('meeting_url').notNull(),
    bookedByUserId: text('booked_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex('consultation_booked_slot_idx')
      .on(t.slotId)
      .where(sql`${t.status} = 'booked'`),
    uniqueIndex('consultation_booked_case_provider_idx')
      .on(t.caseId, t.providerId)
      .where(sql`${t.status} = 'booked'`),
    index('consultation_case_idx').on(t.caseId),
    check('consultation_status_check', sql`${t.status} in ('booked', 'cancelled')`),
  ],
)
