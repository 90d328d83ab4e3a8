import { sql } from 'drizzle-orm'
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { clinicRoles, type ClinicRole } from '../../../domain/clinics/clinic-roles.ts'
import { reviewStatuses, type ReviewStatus } from '../../../domain/review/review-status.ts'
import type { EthicsCommitteeField, IcscrField } from '../../../domain/review/ethics-fields.ts'
import { user } from './auth.ts'

/** Emails kept in the database when no SMTP server is configured (read at /dev/mailbox). */
export const outboxEmail = pgTable(
  'outbox_email',
  {
    id: text('id').primaryKey(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    locale: text('locale').notNull(),
    template: text('template').notNull(),
    /** Files sent with the email (a calendar invitation), shown and downloadable at /dev/mailbox. */
    attachments: jsonb('attachments')
      .$type<{ filename: string; contentType: string; content: string }[]>()
      .default(sql`'[]'::jsonb`)
      .notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index('outbox_email_to_idx').on(t.to, t.createdAt)],
)

/** Failed sign-in attempts, counted per key (an email or a client address) for throttling. */
export const signInFailure = pgTable(
  'sign_in_failure',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index('sign_in_failure_key_at_idx').on(t.key, t.at)],
)

/** Append-only audit trail: who did what to which record, and when. Never updated or deleted. */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).defaultNow().notNull(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    requestId: text('request_id'),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .default(sql`'{}'::jsonb`)
      .notNull(),
  },
  (t) => [index('audit_event_subject_idx').on(t.subjectType, t.subjectId, t.at)],
)

/** Hospitals and clinics. Demo rows are fictional and always marked so. */
export const provider = pgTable(
  'provider',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').$type<'hospital' | 'clinic'>().notNull(),
    countryCode: text('country_code').notNull(),
    city: text('city').notNull(),
    summary: text('summary').notNull(),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    beds: integer('beds'),
    address: text('address'),
    internationalDesk: boolean('international_desk').notNull().default(false),
    /** The clinic's IANA time zone, as its consultation slots are offered in; null until it offers one. */
    timeZone: text('time_zone'),
    /** From the reviewed content, or from an approved credential (ADR 0070: then with its id and when verified). */
    ethicsCommittee: jsonb('ethics_committee').$type<EthicsCommitteeField | null>(),
    icscr: jsonb('icscr').$type<IcscrField | null>(),
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
    /** Name, city, country and summary, kept for typo-tolerant search (pg_trgm). */
    searchText: text('search_text').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    /**
     * Whether a reviewer approved the clinic (ADR 0052). A clinic that applies
     * starts `pending`; nothing of a clinic is public until it is `approved`.
     */
    reviewStatus: text('review_status').$type<ReviewStatus>().notNull().default('pending'),
    /** The organisation's registration with its national or state authority, as the clinic gave it. */
    registrationNumber: text('registration_number'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    appliedByUserId: text('applied_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index('provider_review_idx').on(t.reviewStatus),
    check(
      'provider_review_status_check',
      sql`${t.reviewStatus} in (${sql.raw(reviewStatuses.map((s) => `'${s}'`).join(', '))})`,
    ),
    index('provider_country_city_idx').on(t.countryCode, t.city),
    index('provider_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
)

/** Clinic staff belong to one or more provider organisations. */
export const providerStaff = pgTable(
  'provider_staff',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    title: text('title').notNull().default(''),
    /**
     * What they do for the clinic (domain/clinics/clinic-roles.ts). Members
     * added before roles existed are the international desk: they handle
     * enquiries, and only a treating doctor can sign a plan or turn a patient down.
     */
    role: text('role').$type<ClinicRole>().notNull().default('international-desk'),
    /** A treating doctor's registration, shown on the plans they sign: the number and the council that holds it. */
    registrationNumber: text('registration_number'),
    registrationCouncil: text('registration_council'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.providerId] }),
    check(
      'provider_staff_role_check',
      sql`${t.role} in (${sql.raw(clinicRoles.map((r) => `'${r}'`).join(', '))})`,
    ),
  ],
)

/**
 * An invitation to join a clinic's team, sent by one of its administrators to
 * an email address. The link's token is kept only as a hash; accepting,
 * revoking or a newer invitation closes it.
 */
export const clinicInvitation = pgTable(
  'clinic_invitation',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').$type<ClinicRole>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: text('invited_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedByUserId: text('accepted_by_user_id').references(() => user.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // One open invitation per address and clinic.
    uniqueIndex('clinic_invitation_open_idx')
      .on(t.providerId, t.email)
      .where(sql`${t.closedAt} is null`),
    check(
      'clinic_invitation_role_check',
      sql`${t.role} in (${sql.raw(clinicRoles.map((r) => `'${r}'`).join(', '))})`,
    ),
  ],
)

/** Small key/value facts about this installation (e.g. when demo data was seeded). */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
})
