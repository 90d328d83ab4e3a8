import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import type { CaseStage } from '#domain/cases/case-stages.ts'
import type { MemberRole, MemberStatus } from '#domain/cases/case-members.ts'
import type { ShareStatus } from '#domain/cases/case-consent.ts'
import { referralStatuses, type ReferralStatus } from '../../../domain/referrals/referral.ts'
import type { DocumentStatus } from '#domain/documents/document-status.ts'
import { user } from './auth.ts'
import { offer } from './catalogue.ts'
import { provider } from './app.ts'

// A patient's case: intake answers, members, documents, consent and messages.
// Health content (answers, message bodies, document names and metadata) is
// sealed with the case's own data key, itself wrapped by the master key;
// erasing a case destroys that key (crypto-shredding).

export const patientCase = pgTable(
  'patient_case',
  {
    id: text('id').primaryKey(),
    /** Short reference people can read out on the phone, e.g. WP-7K3M9Q. */
    reference: text('reference').notNull().unique(),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    stage: text('stage').$type<CaseStage>().notNull().default('inquiry'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).defaultNow().notNull(),
    coordinatorUserId: text('coordinator_user_id').references(() => user.id, { onDelete: 'set null' }),
    /** The case's data key wrapped by the master key; null once erased. */
    wrappedKey: text('wrapped_key'),
    /** Sealed JSON of every intake answer, keyed by question id. */
    answers: text('answers'),
    processingConsentAt: timestamp('processing_consent_at', { withTimezone: true }),
    processingConsentVersion: text('processing_consent_version'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index('patient_case_stage_idx').on(t.stage, t.submittedAt),
    // The queue's "assigned to me", oldest first.
    index('patient_case_coordinator_idx').on(t.coordinatorUserId, t.submittedAt),
    // The whole queue in waiting order, read along the index and stopped at a page.
    index('patient_case_submitted_idx').on(t.submittedAt),
    // The queue's counts by stage, from the index alone.
    index('patient_case_open_stage_idx')
      .on(t.stage)
      .where(sql`${t.erasedAt} is null`),
  ],
)

/** Who acts on a case: the patient, the representative who opened it for them, invited caregivers. */
export const caseMember = pgTable(
  'case_member',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
    /** Where an invitation was sent; kept so the inviter can see who was invited. */
    email: text('email').notNull(),
    role: text('role').$type<MemberRole>().notNull(),
    status: text('status').$type<MemberStatus>().notNull(),
    /** SHA-256 of the invitation token; the token itself is only in the email. */
    inviteTokenHash: text('invite_token_hash').unique(),
    invitedByUserId: text('invited_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('case_member_user_idx').on(t.userId, t.status),
    uniqueIndex('case_member_active_user_idx')
      .on(t.caseId, t.userId)
      .where(sql`${t.status} = 'active'`),
  ],
)

/** The offers a patient chose (up to five), and when they confirmed reading the evidence. */
export const caseOffer = pgTable(
  'case_offer',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    // A withdrawn offer leaves the patient's list with it.
    offerId: text('offer_id')
      .notNull()
      .references(() => offer.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    evidenceAcknowledgedAt: timestamp('evidence_acknowledged_at', { withTimezone: true }),
    chosenAt: timestamp('chosen_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.offerId] })],
)

/**
 * Consent to share with one provider: which documents and which answer
 * sections it may see. Checked in SQL on every read by clinic staff, so a
 * withdrawal takes effect on the next request.
 */
export const caseShare = pgTable(
  'case_share',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    status: text('status').$type<ShareStatus>().notNull(),
    documentIds: text('document_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sections: text('sections')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    changedByUserId: text('changed_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.providerId] }),
    index('case_share_provider_idx').on(t.providerId, t.status),
  ],
)

/** One conversation per case. The body is sealed with the case key. */
export const caseMessage = pgTable(
  'case_message',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    authorSide: text('author_side').$type<'patient' | 'coordinator'>().notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index('case_message_case_idx').on(t.caseId, t.createdAt)],
)

/**
 * A stored record. The row is written as `pending` before any byte is stored
 * and becomes `available` only after the object is complete; pending rows and
 * objects without a row are swept by the cleanup job.
 */
export const caseDocument = pgTable(
  'case_document',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    messageId: text('message_id').references(() => caseMessage.id, { onDelete: 'set null' }),
    uploadedByUserId: text('uploaded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    status: text('status').$type<DocumentStatus>().notNull(),
    kind: text('kind'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    sha256: text('sha256'),
    storageKey: text('storage_key').notNull().unique(),
    /** The document's data key wrapped by the master key; null once shredded. */
    wrappedKey: text('wrapped_key'),
    /** Sealed JSON: file name, and for imaging the study date, modality and file count. */
    meta: text('meta'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    availableAt: timestamp('available_at', { withTimezone: true }),
  },
  (t) => [
    index('case_document_case_idx').on(t.caseId, t.status),
    index('case_document_pending_idx').on(t.status, t.createdAt),
  ],
)

const referralStatusList = sql.raw(referralStatuses.map((s) => `'${s}'`).join(', '))

/**
 * A case sent to one provider (domain/referrals, ADR 0042, ADR 0043): one per
 * case and provider. What the clinic may read is the consent (`case_share`),
 * checked on every request; the referral is where the clinic stands. Every
 * change is guarded by `version`, so two people acting at once end with one
 * outcome.
 */
export const referral = pgTable(
  'referral',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    status: text('status').$type<ReferralStatus>().notNull(),
    /** When the clinic's answer is due (the coordinator's deadline; 3 working days by default). */
    answerDueAt: timestamp('answer_due_at', { withTimezone: true }).notNull(),
    /** The quote out with a proposed plan: its id, its last valid day and the clinic's time zone. */
    quoteId: text('quote_id'),
    quoteValidUntil: date('quote_valid_until', { mode: 'string' }),
    quoteTimeZone: text('quote_time_zone'),
    /** Raised by every change; a change names the version it was decided from. */
    version: integer('version').notNull().default(1),
    sentByUserId: text('sent_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex('referral_case_provider_idx').on(t.caseId, t.providerId),
    index('referral_provider_status_idx').on(t.providerId, t.status),
    // The queue's "waiting on clinic / family" and "overdue": the cases with such referrals, from the index alone.
    index('referral_status_due_idx').on(t.status, t.answerDueAt, t.caseId),
    check('referral_status_check', sql`${t.status} in (${referralStatusList})`),
  ],
)

/**
 * The timeline of a referral: who moved it, when, from where to where, with
 * which reason code. A question or explanation someone wrote about the patient
 * is health data, sealed with the case key like the rest of the case.
 */
export const referralEvent = pgTable(
  'referral_event',
  {
    id: text('id').primaryKey(),
    referralId: text('referral_id')
      .notNull()
      .references(() => referral.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    actorUserId: text('actor_user_id').references(() => user.id, { onDelete: 'set null' }),
    /** The part the actor played: coordinator, patient, caregiver, system or a clinic role. */
    actorRole: text('actor_role').notNull(),
    /** Null for the event that created the referral. */
    fromStatus: text('from_status').$type<ReferralStatus>(),
    toStatus: text('to_status').$type<ReferralStatus>().notNull(),
    reason: text('reason'),
    /** Sealed JSON string: the question, answer or explanation, if the step has one. */
    sealedText: text('sealed_text'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('referral_event_referral_idx').on(t.referralId, t.at),
    index('referral_event_case_idx').on(t.caseId, t.at),
  ],
)

/**
 * A clinic's treatment plan for a referral, signed by one of its treating
 * doctors (issue 15). The doctor's name and registration are copied at
 * signing: the plan shows who signed it as they were then. Protocol, schedule,
 * pre-treatment tests and aftercare are health content, sealed with the case
 * key; the counts stay readable.
 */
export const treatmentPlan = pgTable(
  'treatment_plan',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    referralId: text('referral_id')
      .notNull()
      .references(() => referral.id, { onDelete: 'cascade' }),
    signedByUserId: text('signed_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    doctorName: text('doctor_name').notNull(),
    registrationNumber: text('registration_number').notNull(),
    registrationCouncil: text('registration_council').notNull(),
    sessions: integer('sessions').notNull(),
    lengthOfStayDays: integer('length_of_stay_days').notNull(),
    /** Sealed JSON: protocol, schedule, pre-treatment tests, aftercare. */
    sealedBody: text('sealed_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('treatment_plan_referral_idx').on(t.referralId)],
)

/**
 * The itemised quote sent with a plan (domain/quotes). Never updated but to
 * record its acceptance: a changed price is a new quote, which the referral
 * then points to. Lines, inclusions and exclusions are sealed (a line's
 * description can name the treatment); the currency, validity and total stay
 * readable for lists. `accepted_at` set means frozen.
 */
export const quote = pgTable(
  'quote',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    referralId: text('referral_id')
      .notNull()
      .references(() => referral.id, { onDelete: 'cascade' }),
    planId: text('plan_id')
      .notNull()
      .references(() => treatmentPlan.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    timeZone: text('time_zone').notNull(),
    /** What the family pays in all, in the currency's minor units. */
    overallMinor: bigint('overall_minor', { mode: 'number' }).notNull(),
    /** Sealed JSON: lines (Waypoint's fee last), inclusions, exclusions. */
    sealedBody: text('sealed_body').notNull(),
    /** The listing policy's warnings on the quote's text (reason codes), shown to the family. */
    warnings: text('warnings')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdByUserId: text('created_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /**
     * A changed plan after arrival (ADR 0069): the accepted quote this one
     * replaces. With the same price it is accepted as it is sent (a confirmed
     * plan); with another, the family accepts it afresh, signing.
     */
    revisesQuoteId: text('revises_quote_id'),
    /** When a later quote took this accepted one's place; it stays readable as history. */
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    /** Who accepted a changed price, and their typed signature (sealed JSON). */
    acceptedByUserId: text('accepted_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    sealedSignature: text('sealed_signature'),
    /**
     * When the family turned a changed price down, and who did (ADR 0073):
     * the quote it would have replaced stays the agreed one.
     */
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declinedByUserId: text('declined_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    /**
     * When the clinic took back a changed plan still waiting for the family,
     * and who did (ADR 0081): as after a decline, the agreed quote stands.
     */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByUserId: text('withdrawn_by_user_id').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [index('quote_referral_idx').on(t.referralId)],
)

/**
 * Internal notes between coordinators (never shown to the family or a
 * clinic). The body is sealed with the case key like every other text about
 * the patient.
 */
export const caseNote = pgTable(
  'case_note',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
    authorUserId: text('author_user_id').references(() => user.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index('case_note_case_idx').on(t.caseId, t.createdAt)],
)

/**
 * The blind index of patients' names (ADR 0048): one row per folded word of
 * the name, as an HMAC under a key derived from the master key. The name
 * itself stays sealed in the answers; this finds the case without it.
 */
export const caseNameToken = pgTable(
  'case_name_token',
  {
    token: text('token').notNull(),
    caseId: text('case_id')
      .notNull()
      .references(() => patientCase.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.token, t.caseId] }), index('case_name_token_case_idx').on(t.caseId)],
)

/**
 * A coordinator's daily digest: the time zone it follows and the local day
 * it was last sent (so it goes once a day, across every app instance).
 */
export const coordinatorDigest = pgTable('coordinator_digest', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  timeZone: text('time_zone').notNull().default('UTC'),
  lastSentOn: date('last_sent_on', { mode: 'string' }),
})
