import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
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
