import { and, eq, inArray, sql } from 'drizzle-orm'
import type { TrialRecord, TrialRegistryId, TrialSourceKind } from '#domain/trials/trial-record.ts'
import type { Db } from '../db/client.ts'
import { trialImportBatch, trialRecord, type TrialImportError } from '../db/schema/trials.ts'

// Trial records and import batches (ADR 0055). Rows ↔ domain types here only.

export type StoredTrial = { record: TrialRecord; fetchedAt: Date; refreshedAt: Date }

export type TrialImportBatch = typeof trialImportBatch.$inferSelect

export function trialStore(db: Db) {
  return {
    /**
     * Inserts or replaces the record for its registry id, unless the stored
     * one was fetched later: importing an old file never rolls a trial back.
     */
    async upsert(
      record: TrialRecord,
      source: { kind: TrialSourceKind; raw: string; file: string; fetchedAt: Date; batchId: string | null },
      now: Date,
    ): Promise<'written' | 'kept-newer'> {
      const values = {
        registryId: record.registryId,
        registry: record.registry,
        title: record.title,
        officialTitle: record.officialTitle,
        status: record.status,
        lastKnownStatus: record.lastKnownStatus,
        phases: record.phases,
        conditions: record.conditions,
        keywords: record.keywords,
        sites: record.sites,
        sponsor: record.sponsor,
        dates: record.dates,
        india: record.india,
        sourceKind: source.kind,
        rawSource: source.raw,
        sourceFile: source.file,
        fetchedAt: source.fetchedAt,
        refreshedAt: now,
        importBatchId: source.batchId,
      }
      const { registryId: _, ...changes } = values
      const written = await db
        .insert(trialRecord)
        .values(values)
        .onConflictDoUpdate({
          target: trialRecord.registryId,
          set: changes,
          setWhere: sql`excluded.fetched_at >= ${trialRecord.fetchedAt}`,
        })
        .returning({ id: trialRecord.registryId })
      return written.length > 0 ? 'written' : 'kept-newer'
    },

    async find(ids: readonly string[]): Promise<Map<string, StoredTrial>> {
      if (ids.length === 0) return new Map()
      const rows = await db
        .select()
        .from(trialRecord)
        .where(inArray(trialRecord.registryId, [...ids]))
      return new Map(
        rows.map((r) => [
          r.registryId,
          {
            record: {
              registry: r.registry,
              registryId: r.registryId as TrialRegistryId,
              title: r.title,
              officialTitle: r.officialTitle,
              status: r.status,
              lastKnownStatus: r.lastKnownStatus,
              phases: r.phases,
              conditions: r.conditions,
              keywords: r.keywords,
              sites: r.sites,
              sponsor: r.sponsor,
              dates: r.dates,
              india: r.india,
            },
            fetchedAt: r.fetchedAt,
            refreshedAt: r.refreshedAt,
          },
        ]),
      )
    },

    async createBatch(id: string, files: string[], fetchedAt: Date | null, now: Date): Promise<void> {
      await db.insert(trialImportBatch).values({ id, files, fetchedAt, createdAt: now, updatedAt: now })
    },

    async batch(id: string): Promise<TrialImportBatch | null> {
      const [row] = await db.select().from(trialImportBatch).where(eq(trialImportBatch.id, id))
      return row ?? null
    },

    /** An unfinished batch over exactly these files, to resume rather than start again. */
    async runningBatchFor(files: string[]): Promise<TrialImportBatch | null> {
      const [row] = await db
        .select()
        .from(trialImportBatch)
        .where(
          and(
            eq(trialImportBatch.status, 'running'),
            sql`${trialImportBatch.files} = ${`{${files.map((f) => `"${f.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`}::text[]`,
          ),
        )
        .limit(1)
      return row ?? null
    },

    /**
     * Moves the cursor past file `position`, counting it as imported or
     * failed. Returns false when the batch is no longer at that position
     * (another worker got there first), so the caller can roll back.
     */
    async advance(id: string, position: number, outcome: { error: TrialImportError | null }, now: Date) {
      const moved = await db
        .update(trialImportBatch)
        .set({
          position: position + 1,
          updatedAt: now,
          ...(outcome.error
            ? { errors: sql`${trialImportBatch.errors} || ${JSON.stringify([outcome.error])}::jsonb` }
            : { imported: sql`${trialImportBatch.imported} + 1` }),
        })
        .where(and(eq(trialImportBatch.id, id), eq(trialImportBatch.position, position)))
        .returning({ id: trialImportBatch.id })
      return moved.length === 1
    },

    async finish(id: string, now: Date): Promise<void> {
      await db
        .update(trialImportBatch)
        .set({ status: 'done', finishedAt: now, updatedAt: now })
        .where(eq(trialImportBatch.id, id))
    },
  }
}
