import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  check,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { reviewStatuses, type ReviewStatus } from '#domain/review/review-status.ts'
import { provider } from './app.ts'

// drizzle has no tsvector type; full-text search needs one.
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

// The catalogue: conditions, treatments, evidence, the law per country, and
// what providers offer. Facts carry their source and a review date.

export const condition = pgTable('condition', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  icd10: text('icd10'),
  icd11: text('icd11'),
  snomed: text('snomed'),
  summary: text('summary').notNull(),
})

export const treatment = pgTable('treatment', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  treatmentClass: text('treatment_class').notNull(),
  cellType: text('cell_type'),
  cellSource: text('cell_source'),
  cellOrigin: text('cell_origin'), // autologous | allogeneic
  route: text('route'),
  summary: text('summary').notNull(),
})

export type EvidenceRegulatory = { jurisdiction: string; status: string; since?: string; note?: string }
export type EvidenceTrial = {
  registryId: string
  title: string
  phase: string
  size?: number
  status: string
  result: string
}
export type EvidenceReview = { citation: string; finding: string; sourceId?: string }

// Evidence records and jurisdiction rules are reviewed content, seeded once from
// content/ (ADR 0028). The row is the current version, readable in one query;
// every version, the current one included, is kept in its *_version table,
// and `version` points at the current one.
const evidenceColumns = {
  standing: text('standing').notNull(), // approved | standard-care | in-trials | unproven
  summary: text('summary').notNull(),
  regulatory: jsonb('regulatory').$type<EvidenceRegulatory[]>().notNull(),
  trials: jsonb('trials').$type<EvidenceTrial[]>().notNull(),
  reviews: jsonb('reviews').$type<EvidenceReview[]>().notNull(),
  /** Ids in content/sources.json. */
  sourceIds: text('source_ids').array().notNull(),
  lastReviewed: date('last_reviewed').notNull(),
}

export const evidence = pgTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    conditionId: text('condition_id')
      .notNull()
      .references(() => condition.id),
    treatmentId: text('treatment_id')
      .notNull()
      .references(() => treatment.id),
    ...evidenceColumns,
    version: integer('version').notNull(),
  },
  (t) => [index('evidence_condition_idx').on(t.conditionId)],
)

export const evidenceVersion = pgTable(
  'evidence_version',
  {
    evidenceId: text('evidence_id')
      .notNull()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    ...evidenceColumns,
    /** A user id, or the content file that seeded this version. */
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.evidenceId, t.version] })],
)

const ruleColumns = {
  requirement: text('requirement').notNull(),
  requiredDocuments: text('required_documents').array().notNull(),
  acceptedRegistries: text('accepted_registries').array().notNull(),
  approvedTreatmentIds: text('approved_treatment_ids').array().notNull(),
  summary: text('summary').notNull(),
  /** Ids in content/sources.json. */
  sourceIds: text('source_ids').array().notNull(),
  effectiveDate: date('effective_date').notNull(),
  reviewDate: date('review_date').notNull(),
}

export const jurisdictionRule = pgTable(
  'jurisdiction_rule',
  {
    id: text('id').primaryKey(),
    countryCode: text('country_code').notNull(),
    treatmentClass: text('treatment_class').notNull(),
    ...ruleColumns,
    version: integer('version').notNull(),
  },
  (t) => [uniqueIndex('jurisdiction_rule_country_class_idx').on(t.countryCode, t.treatmentClass)],
)

export const jurisdictionRuleVersion = pgTable(
  'jurisdiction_rule_version',
  {
    ruleId: text('rule_id')
      .notNull()
      .references(() => jurisdictionRule.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    ...ruleColumns,
    /** A user id, or the content file that seeded this version. */
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.version] })],
)

export const accreditation = pgTable(
  'accreditation',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    accreditor: text('accreditor').notNull(),
    reference: text('reference').notNull(),
    scope: text('scope'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    verification: text('verification').notNull(), // verified | unverified | failed
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    /** How it was verified (domain/review/credentials.ts); null for rows seeded before reviews existed. */
    verificationMethod: text('verification_method'),
    sourceUrl: text('source_url'),
  },
  (t) => [index('accreditation_provider_idx').on(t.providerId)],
)

/** Due-diligence checklist items per provider: each verified, not verified or failed, with its document. */
export const providerCheck = pgTable(
  'provider_check',
  {
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    item: text('item').notNull(),
    status: text('status').notNull(),
    reference: text('reference'),
    documentTitle: text('document_title'),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.item] })],
)

export const practitioner = pgTable(
  'practitioner',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull(),
    qualifications: text('qualifications').notNull(),
    registrationNumber: text('registration_number'),
    registrationVerified: boolean('registration_verified').notNull().default(false),
  },
  (t) => [index('practitioner_provider_idx').on(t.providerId)],
)

export const offer = pgTable(
  'offer',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    treatmentId: text('treatment_id')
      .notNull()
      .references(() => treatment.id),
    conditionId: text('condition_id')
      .notNull()
      .references(() => condition.id),
    title: text('title').notNull(),
    pathway: text('pathway').notNull(), // standard-care | registered-trial
    protocol: text('protocol'),
    sessions: integer('sessions'),
    lengthOfStayDays: integer('length_of_stay_days'),
    inclusions: text('inclusions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    exclusions: text('exclusions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    priceMinMinor: bigint('price_min_minor', { mode: 'number' }),
    priceMaxMinor: bigint('price_max_minor', { mode: 'number' }),
    currency: text('currency'),
    /** The price range in US cents, for filtering and sorting across currencies. */
    priceMinUsdCents: bigint('price_min_usd_cents', { mode: 'number' }),
    priceMaxUsdCents: bigint('price_max_usd_cents', { mode: 'number' }),
    claimsText: text('claims_text').notNull().default(''),
    /** Title, treatment, condition, provider, city and country names: what free-text search matches. */
    searchText: text('search_text').notNull().default(''),
    trial: jsonb('trial').$type<Record<string, unknown> | null>(),
    chargesForInvestigationalProduct: boolean('charges_for_investigational_product').notNull().default(false),
    verdict: text('verdict').notNull(), // listable | listable-with-warnings | needs-documents | needs-review | blocked
    verdictReasons: jsonb('verdict_reasons').$type<unknown[]>().notNull(),
    verdictAt: timestamp('verdict_at', { withTimezone: true }).notNull(),
    /**
     * Whether a reviewer approved the offer as it reads now (ADR 0052): an
     * offer is public only when its verdict is public, it is `approved` and its
     * clinic is `approved`. A change a clinic makes, or a verdict that changes
     * when a rule does, puts it back to `pending`.
     */
    reviewStatus: text('review_status').$type<ReviewStatus>().notNull().default('pending'),
    submittedByUserId: text('submitted_by_user_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    index('offer_provider_idx').on(t.providerId),
    index('offer_review_idx').on(t.reviewStatus, t.submittedAt),
    check(
      'offer_review_status_check',
      sql`${t.reviewStatus} in (${sql.raw(reviewStatuses.map((s) => `'${s}'`).join(', '))})`,
    ),
    index('offer_public_idx').on(t.verdict, t.conditionId, t.treatmentId),
    index('offer_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('offer_price_idx').on(t.priceMinUsdCents),
  ],
)

export const exchangeRate = pgTable('exchange_rate', {
  currency: text('currency').primaryKey(),
  /** Units of this currency per one US dollar. */
  perUsd: numeric('per_usd', { precision: 18, scale: 6 }).notNull(),
  asOf: date('as_of').notNull(),
  source: text('source').notNull(),
})

/**
 * One row per provider with public offers: what search filters and ranks on,
 * kept narrow so a search reads thousands of rows, not every offer. Rebuilt by
 * server/use-cases/catalogue/refresh-listings.ts whenever offers change.
 */
export const providerListing = pgTable(
  'provider_listing',
  {
    providerId: text('provider_id')
      .primaryKey()
      .references(() => provider.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    kind: text('kind').notNull(),
    isDemo: boolean('is_demo').notNull(),
    countryCode: text('country_code').notNull(),
    city: text('city').notNull(),
    cityLower: text('city_lower').notNull(),
    languages: text('languages').array().notNull(),
    conditionIds: text('condition_ids').array().notNull(),
    treatmentIds: text('treatment_ids').array().notNull(),
    pathways: text('pathways').array().notNull(),
    accreditors: text('accreditors').array().notNull(),
    verifiedAccreditations: integer('verified_accreditations').notNull(),
    offerCount: integer('offer_count').notNull(),
    minPriceUsdCents: bigint('min_price_usd_cents', { mode: 'number' }),
    maxPriceUsdCents: bigint('max_price_usd_cents', { mode: 'number' }),
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
    /**
     * The listing's words, normalised as queries are (domain/search/normalise.ts),
     * without positions: name, city, country, treatments and conditions with
     * their names in every language. Built in refresh-listings.ts.
     */
    searchVector: tsvector('search_vector').notNull(),
    /**
     * Each public offer as `treatment|pathway|condition`, with its price range
     * in US cents at the same place in the two arrays after it: a price asked
     * together with a treatment, pathway or condition is checked against one
     * and the same offer without reading the offer table.
     */
    offerKeys: text('offer_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    offerMinUsdCents: bigint('offer_min_usd_cents', { mode: 'number' })
      .array()
      .notNull()
      .default(sql`'{}'::bigint[]`),
    offerMaxUsdCents: bigint('offer_max_usd_cents', { mode: 'number' })
      .array()
      .notNull()
      .default(sql`'{}'::bigint[]`),
    /** The words of the name and city alone: a match there ranks first. */
    nameVector: tsvector('name_vector')
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    index('listing_search_idx').using('gin', t.searchVector),
    index('listing_name_search_idx').using('gin', t.nameVector),
    index('listing_conditions_idx').using('gin', t.conditionIds),
    index('listing_treatments_idx').using('gin', t.treatmentIds),
    // A rare filter (a trial pathway in one country, an accreditor, a language)
    // is found through its index, not by reading every row of a common one.
    index('listing_pathways_idx').using('gin', t.pathways),
    index('listing_languages_idx').using('gin', t.languages),
    index('listing_accreditors_idx').using('gin', t.accreditors),
    index('listing_country_idx').on(t.countryCode, t.cityLower),
    // One index per sort order, so a page of ten can be read without sorting every match.
    index('listing_rank_idx').on(t.verifiedAccreditations.desc(), t.name),
    index('listing_price_idx').on(t.minPriceUsdCents.asc().nullsLast(), t.name),
    index('listing_price_high_idx').on(t.minPriceUsdCents.desc().nullsLast(), t.name),
    index('listing_verified_idx').on(t.lastVerifiedAt.desc().nullsLast(), t.name),
  ],
)

/** Every word that appears in listings, for spelling correction with pg_trgm before full-text search. */
export const searchWord = pgTable('search_word', { word: text('word').primaryKey() }, (t) => [
  index('search_word_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
])
