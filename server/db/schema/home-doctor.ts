import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { user } from './auth.ts'
import { patientCase } from './cases.ts'

// Links a patient gives their home doctor (issue 17, ADR 0066). The token
// is 32 random bytes the patient sees once; only its SHA-256 is kept, so a
// copy of the database opens nothing. The doctor's name is the patient's
// label, sealed with the case key. Each access is an audit entry
// (case.read as 'home-doctor', with the link's id), which the patient's
// access log reads.
export const homeDoctorLink = pgTable(
  'home_doctor_link',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** Sealed: the doctor's name as the patient wrote it. */
    doctorSealed: text('doctor_sealed').notNull(),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByUserId: text('revoked_by_user_id').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [index('home_doctor_link_case_idx').on(t.caseId)],
)

export type HomeDoctorLinkRow = typeof homeDoctorLink.$inferSelect
