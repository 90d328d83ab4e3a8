import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import type {
  ActionTaken,
  AdverseEventOutcome,
  Reporter,
  SuspectedRelation,
} from '#domain/treatment/adverse-event.ts'
import type { SessionRoute } from '#domain/treatment/treatment-session.ts'
import { user } from './auth.ts'
import { provider } from './app.ts'
import { caseDocument, patientCase, referral } from './cases.ts'

// The treatment course of a case (issue 17, ADR 0062): the clinic's
// pre-treatment assessment, its sessions, adverse events from the clinic or
// the family, and the discharge. Clinical content is sealed with the case key
// (server/cases/case-vault.ts); only what the coordinator's queue must sort
// and flag on without opening a case stays in the clear: dates, the CTCAE
// grade, seriousness and outcome.

/** One per case: the assessment on arrival, and whether it paused the plan until both sides saw it. */
export const treatmentAssessment = pgTable(
  'treatment_assessment',
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
    recordedByUserId: text('recorded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    assessedOn: text('assessed_on').notNull(),
    /** Sealed JSON: ALSFRS-R answers and total, FVC % predicted, weight, and the large changes found. */
    sealed: text('sealed').notNull(),
    paused: boolean('paused').notNull(),
    coordinatorAcknowledgedAt: timestamp('coordinator_acknowledged_at', { withTimezone: true }),
    coordinatorAcknowledgedBy: text('coordinator_acknowledged_by').references(() => user.id, {
      onDelete: 'set null',
    }),
    familyAcknowledgedAt: timestamp('family_acknowledged_at', { withTimezone: true }),
    familyAcknowledgedBy: text('family_acknowledged_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('treatment_assessment_case_idx').on(t.caseId)],
)

export const treatmentSession = pgTable(
  'treatment_session',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    recordedByUserId: text('recorded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    heldOn: text('held_on').notNull(),
    route: text('route').$type<SessionRoute>().notNull(),
    /** Sealed JSON: procedure, dose, doctor. */
    sealed: text('sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('treatment_session_case_idx').on(t.caseId, t.heldOn)],
)

export const adverseEvent = pgTable(
  'adverse_event',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    reporter: text('reporter').$type<Reporter>().notNull(),
    /** The clinic that reported it; null when the family did. */
    providerId: text('provider_id').references(() => provider.id, { onDelete: 'set null' }),
    reportedByUserId: text('reported_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    onsetOn: text('onset_on').notNull(),
    grade: integer('grade').notNull(),
    ctcaeVersion: text('ctcae_version').notNull(),
    serious: boolean('serious').notNull(),
    outcome: text('outcome').$type<AdverseEventOutcome>().notNull(),
    actionTaken: text('action_taken').$type<ActionTaken>().notNull(),
    relation: text('relation').$type<SuspectedRelation>().notNull(),
    /** Sealed JSON: the description and the seriousness criteria. */
    sealed: text('sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** When an unresolved serious event was escalated to the case's coordinator, then to every coordinator (ADR 0069): each once. */
    escalatedToAssignedAt: timestamp('escalated_to_assigned_at', { withTimezone: true }),
    escalatedToAllAt: timestamp('escalated_to_all_at', { withTimezone: true }),
  },
  (t) => [
    index('adverse_event_case_idx').on(t.caseId, t.onsetOn),
    // The coordinator's queue asks only for serious events still going on.
    index('adverse_event_serious_idx')
      .on(t.caseId)
      .where(sql`${t.serious}`),
    check('adverse_event_grade_check', sql`${t.grade} between 1 and 5`),
    check('adverse_event_reporter_check', sql`${t.reporter} in ('clinic', 'family')`),
  ],
)

/** One per case: the clinic's discharge, with its summary as a case document. */
export const treatmentDischarge = pgTable(
  'treatment_discharge',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    documentId: text('document_id')
      .notNull()
      .references(() => caseDocument.id, { onDelete: 'cascade' }),
    dischargedOn: text('discharged_on').notNull(),
    recordedByUserId: text('recorded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('treatment_discharge_case_idx').on(t.caseId)],
)
