import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import type {
  IndiaDetails,
  PartialDate,
  TrialPhase,
  TrialRecord,
  TrialSite,
  TrialSourceKind,
  TrialStatus,
} from '#domain/trials/trial-record.ts'

// Trial registry records imported from saved files (ADR 0055). An offer names
// its trial in `offer.trial->>'registryId'`; that id is the key here, so one
// record serves every offer that claims it and no link table has to be kept.

export const trialRecord = pgTable(
  'trial_record',
  {
    /** Upper case, as `domain/trials` normalises it. */
    registryId: text('registry_id').primaryKey(),
    registry: text('registry').$type<TrialRecord['registry']>().notNull(),
    title: text('title').notNull(),
    officialTitle: text('official_title'),
    status: text('status').$type<TrialStatus>().notNull(),
    lastKnownStatus: text('last_known_status').$type<TrialStatus>(),
    phases: text('phases').array().$type<TrialPhase[]>().notNull(),
    conditions: text('conditions').array().notNull(),
    keywords: text('keywords').array().notNull(),
    sites: jsonb('sites').$type<TrialSite[]>().notNull(),
    sponsor: text('sponsor'),
    dates: jsonb('dates')
      .$type<Record<'registered' | 'start' | 'completion' | 'lastUpdated', PartialDate | null>>()
      .notNull(),
    india: jsonb('india').$type<IndiaDetails | null>(),
    sourceKind: text('source_kind').$type<TrialSourceKind>().notNull(),
    /** The file as read, so a record can be re-parsed or shown to a reviewer exactly. */
    rawSource: text('raw_source').notNull(),
    sourceFile: text('source_file').notNull(),
    /** When the registry data was fetched: the file's date, or the date the importer was given. */
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
    /** When Waypoint last wrote this row. */
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
    importBatchId: text('import_batch_id'),
  },
  (t) => [check('trial_record_registry_check', sql`${t.registry} in ('NCT', 'CTRI')`)],
)

export type TrialImportError = { file: string; code: string; message: string }

/**
 * One run of the importer over a fixed list of files. `position` is the index
 * of the next file to read, advanced in the same transaction as that file's
 * record or error, so a run that stops resumes exactly where it was.
 */
export const trialImportBatch = pgTable(
  'trial_import_batch',
  {
    id: text('id').primaryKey(),
    files: text('files').array().notNull(),
    position: integer('position').notNull().default(0),
    status: text('status').$type<'running' | 'done'>().notNull().default('running'),
    /** The fetch date to record for every file, when the importer was given one; else each file's own date. */
    fetchedAt: timestamp('fetched_at', { withTimezone: true }),
    imported: integer('imported').notNull().default(0),
    errors: jsonb('errors')
      .$type<TrialImportError[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    check('trial_import_batch_status_check', sql`${t.status} in ('running', 'done')`),
    index('trial_import_batch_status_idx').on(t.status),
  ],
)
