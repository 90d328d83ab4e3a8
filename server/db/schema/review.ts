import { sql } from 'drizzle-orm'
import { bigint, check, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import {
  credentialKinds,
  credentialStandings,
  verificationMethods,
  type CredentialKind,
  type CredentialStanding,
  type VerificationMethod,
} from '#domain/review/credentials.ts'
import {
  reviewDecisions,
  reviewStatuses,
  reviewSubjects,
  type ReviewDecision,
  type ReviewStatus,
  type ReviewSubject,
} from '#domain/review/review-status.ts'
import { provider } from './app.ts'
import { user } from './auth.ts'

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

/**
 * A file a clinic uploaded to prove a credential (issue 16, ADR 0052): stored
 * through the same pipeline as patients' records (content-typed, encrypted
 * with its own data key, audited). `pending` until every byte is stored.
 */
export const providerDocument = pgTable(
  'provider_document',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    uploadedByUserId: text('uploaded_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    status: text('status').$type<'pending' | 'available'>().notNull(),
    contentType: text('content_type'),
    fileName: text('file_name'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    sha256: text('sha256'),
    storageKey: text('storage_key').notNull().unique(),
    /** The document's data key wrapped by the master key. */
    wrappedKey: text('wrapped_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    availableAt: timestamp('available_at', { withTimezone: true }),
  },
  (t) => [index('provider_document_provider_idx').on(t.providerId, t.status)],
)

/**
 * One credential a clinic claims, with the document that proves it, and how
 * and when a reviewer verified it. Approved accreditations are also written to
 * `accreditation`, which public pages and the listing policy read.
 */
export const credential = pgTable(
  'credential',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<CredentialKind>().notNull(),
    /** JCI, NABH, the ethics committee's registrar, the medical council, the trial registry… */
    issuer: text('issuer').notNull(),
    reference: text('reference').notNull(),
    scope: text('scope'),
    /** A practitioner's name, for a practitioner's registration. */
    holderName: text('holder_name'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    documentId: text('document_id').references(() => providerDocument.id, { onDelete: 'set null' }),
    reviewStatus: text('review_status').$type<ReviewStatus>().notNull().default('pending'),
    verificationMethod: text('verification_method').$type<VerificationMethod>(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedByUserId: text('verified_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    standing: text('standing').$type<CredentialStanding>().notNull().default('current'),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    reminded60At: timestamp('reminded_60_at', { withTimezone: true }),
    reminded14At: timestamp('reminded_14_at', { withTimezone: true }),
    submittedByUserId: text('submitted_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index('credential_provider_idx').on(t.providerId, t.kind),
    index('credential_review_idx').on(t.reviewStatus, t.createdAt),
    index('credential_valid_to_idx')
      .on(t.validTo)
      .where(sql`${t.standing} = 'current'`),
    check('credential_kind_check', sql`${t.kind} in (${list(credentialKinds)})`),
    check('credential_review_status_check', sql`${t.reviewStatus} in (${list(reviewStatuses)})`),
    check('credential_standing_check', sql`${t.standing} in (${list(credentialStandings)})`),
    check(
      'credential_verification_method_check',
      sql`${t.verificationMethod} is null or ${t.verificationMethod} in (${list(verificationMethods)})`,
    ),
  ],
)

/**
 * Every reviewer decision, append-only: who, when, why, on what evidence. Two
 * `approve` rows from two reviewers are what lets a cell-based offer go public.
 */
export const reviewDecision = pgTable(
  'review_decision',
  {
    id: text('id').primaryKey(),
    subjectType: text('subject_type').$type<ReviewSubject>().notNull(),
    subjectId: text('subject_id').notNull(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    decision: text('decision').$type<ReviewDecision>().notNull(),
    /** A code with a message in every language (the clinic reads it in its own), and the reviewer's words. */
    reasonCode: text('reason_code'),
    note: text('note'),
    /** What the reviewer checked: a verification method, a registry URL, a document id. */
    evidence: text('evidence'),
    reviewerUserId: text('reviewer_user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('review_decision_subject_idx').on(t.subjectType, t.subjectId, t.decidedAt),
    index('review_decision_provider_idx').on(t.providerId, t.decidedAt),
    check('review_decision_subject_check', sql`${t.subjectType} in (${list(reviewSubjects)})`),
    check('review_decision_decision_check', sql`${t.decision} in (${list(reviewDecisions)})`),
  ],
)
