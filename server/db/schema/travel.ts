import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { fitToFlyOutcomes } from '#domain/travel/fit-to-fly.ts'
import { tripItemKinds, type TripItemKind } from '#domain/travel/trip-items.ts'
import { travellerRoles, type TravellerRole } from '#domain/travel/traveller.ts'
import { visaStatuses, type VisaStatus } from '#domain/travel/visa-status.ts'
import { user } from './auth.ts'
import { provider } from './app.ts'
import { caseDocument, patientCase, referral } from './cases.ts'

// The trip's visa (issue 17, ADR 0061). Passport details are sealed with the
// case key like every other piece of case content (ADR 0016): only the role
// stays plain, so the number of attendants can be counted under the case lock.

const list = (values: readonly string[]) => sql.raw(values.map((s) => `'${s}'`).join(', '))

/** The patient and the attendants who travel with them. */
export const traveller = pgTable(
  'traveller',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    role: text('role').$type<TravellerRole>().notNull(),
    /** Sealed JSON: name as in the passport, nationality, passport number and expiry. */
    sealedBody: text('sealed_body').notNull(),
    addedByUserId: text('added_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('traveller_case_idx').on(t.caseId, t.createdAt),
    // One patient per case, whatever races.
    uniqueIndex('traveller_one_patient_idx')
      .on(t.caseId)
      .where(sql`${t.role} = 'patient'`),
    check('traveller_role_check', sql`${t.role} in (${list(travellerRoles)})`),
  ],
)

/**
 * The invitation letter asked of the treating clinic and the visa it
 * supports: one per accepted referral. Dates say when each step happened;
 * `version` guards every change, so two people acting at once end with one.
 */
export const visaLetter = pgTable(
  'visa_letter',
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
    /** ISO 3166-1 alpha-2: whose visa rules apply. */
    destination: text('destination').notNull(),
    status: text('status').$type<VisaStatus>().notNull(),
    version: integer('version').notNull().default(1),
    requestedByUserId: text('requested_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** The clinic's signed PDF, stored as a case document. */
    documentId: text('document_id').references(() => caseDocument.id, { onDelete: 'set null' }),
    uploadedByUserId: text('uploaded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    /** Sealed JSON: what the clinic says the letter carries, as checked. */
    sealedFields: text('sealed_fields'),
    visaAppliedAt: timestamp('visa_applied_at', { withTimezone: true }),
    visaDecidedAt: timestamp('visa_decided_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('visa_letter_referral_idx').on(t.referralId),
    index('visa_letter_case_idx').on(t.caseId),
    check('visa_letter_status_check', sql`${t.status} in (${list(visaStatuses)})`),
  ],
)

/**
 * The fit-to-fly check (ADR 0064): one per case, replaced when the
 * coordinator records it again. The inputs and the sign-off (a name) are
 * sealed; the outcome and whether it lets a flight be booked stay plain, so
 * the booking gate reads them under the case lock.
 */
export const fitToFly = pgTable(
  'fit_to_fly',
  {
    caseId: text('case_id')
      .primaryKey()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    outcome: text('outcome').notNull(),
    mayBook: boolean('may_book').notNull(),
    /** Sealed JSON: the inputs, the sign-off, the test result, oxygen planned, the reasons. */
    sealedBody: text('sealed_body').notNull(),
    version: integer('version').notNull().default(1),
    recordedByUserId: text('recorded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('fit_to_fly_outcome_check', sql`${t.outcome} in (${list(fitToFlyOutcomes)})`)],
)

/**
 * One item of the travel plan (ADR 0064): a flight, stay, pickup,
 * interpreter or local contact. The item is sealed whole; its kind and the
 * instant it starts stay plain for ordering and for the overlap check.
 */
export const tripItem = pgTable(
  'trip_item',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TripItemKind>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    sealedBody: text('sealed_body').notNull(),
    version: integer('version').notNull().default(1),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('trip_item_case_idx').on(t.caseId, t.startsAt),
    check('trip_item_kind_check', sql`${t.kind} in (${list(tripItemKinds)})`),
  ],
)

/** A ticked line of the pre-departure checklist; unticking deletes the row. */
export const tripChecklist = pgTable(
  'trip_checklist',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    item: text('item').notNull(),
    tickedByUserId: text('ticked_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    tickedAt: timestamp('ticked_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.item] })],
)
