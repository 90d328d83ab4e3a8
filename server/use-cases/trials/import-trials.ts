import { randomUUID } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Clock } from '#domain/shared/clock.ts'
import { parseTrialFile } from '#domain/trials/parse-trial-file.ts'
import type { Db } from '../../db/client.ts'
import type { TrialImportError } from '../../db/schema/trials.ts'
import { trialStore, type TrialImportBatch } from '../../stores/trial-store.ts'

// Imports saved registry files (ClinicalTrials.gov v2 JSON, CTRI JSON or CSV)
// as a batch that survives interruption (ADR 0055). It reads files only,
// never the network. Each file's record (or its error) and the batch's
// cursor are written in one transaction, so a batch stopped at any point
// resumes at the first file not yet done, and nothing is imported twice.

export type TrialFile = { text: string; modifiedAt: Date }

export type ImportTrialsDeps = {
  db: Db
  clock: Clock
  /** Reads one file; the default reads the disk. */
  readFile?: (file: string) => Promise<TrialFile>
}

export type TrialImportSummary = {
  batchId: string
  status: TrialImportBatch['status']
  files: number
  done: number
  imported: number
  errors: TrialImportError[]
}

const diskFile = async (file: string): Promise<TrialFile> => ({
  text: await readFile(file, 'utf8'),
  modifiedAt: (await stat(file)).mtime,
})

/** The files to import: each file named, and the .json and .csv files of each folder named, sorted. */
export async function listTrialFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const p of paths) {
    const full = path.resolve(p)
    if ((await stat(full)).isDirectory()) {
      const names = (await readdir(full)).filter((n) => /\.(json|csv)$/i.test(n)).sort()
      files.push(...names.map((n) => path.join(full, n)))
    } else files.push(full)
  }
  return files
}

/**
 * A batch for these files: the unfinished one over the same list if there is
 * one (so running the same command again resumes it), else a new one.
 */
export async function startTrialImport(
  deps: ImportTrialsDeps,
  files: string[],
  options: { fetchedAt?: Date } = {},
): Promise<{ batchId: string; resumed: boolean }> {
  const store = trialStore(deps.db)
  const running = await store.runningBatchFor(files)
  if (running) return { batchId: running.id, resumed: true }
  const batchId = randomUUID()
  await store.createBatch(batchId, files, options.fetchedAt ?? null, deps.clock.now())
  return { batchId, resumed: false }
}

/** Works through a batch from its cursor; `stopAfter` ends the run after that many files (the rest wait for the next run). */
export async function runTrialImport(
  deps: ImportTrialsDeps,
  batchId: string,
  options: { stopAfter?: number } = {},
): Promise<TrialImportSummary | null> {
  const read = deps.readFile ?? diskFile
  const batch = await trialStore(deps.db).batch(batchId)
  if (!batch) return null
  let handled = 0
  for (let position = batch.position; position < batch.files.length; position++) {
    if (options.stopAfter !== undefined && handled >= options.stopAfter) break
    const file = batch.files[position]!
    const name = path.basename(file)
    let source: TrialFile | null = null
    let error: TrialImportError | null = null
    try {
      source = await read(file)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      // A file gone or not a file is this file's problem; anything else (a
      // disk failing) stops the run, to be resumed here.
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EACCES') throw e
      error = { file: name, code: 'trial-file.unreadable', message: 'The file cannot be read' }
    }
    const parsed = source ? parseTrialFile(name, source.text) : null
    if (parsed && !parsed.ok) error = { file: name, code: parsed.error.code, message: parsed.error.message }
    await deps.db.transaction(async (tx) => {
      const store = trialStore(tx)
      if (source && parsed?.ok) {
        await store.upsert(
          parsed.value.record,
          {
            kind: parsed.value.kind,
            raw: source.text,
            file: name,
            fetchedAt: batch.fetchedAt ?? source.modifiedAt,
            batchId,
          },
          deps.clock.now(),
        )
      }
      if (!(await store.advance(batchId, position, { error }, deps.clock.now()))) {
        throw new Error('Another run of this trial import moved past this file')
      }
    })
    handled++
  }
  const store = trialStore(deps.db)
  const after = (await store.batch(batchId))!
  if (after.position >= after.files.length && after.status !== 'done')
    await store.finish(batchId, deps.clock.now())
  const final = (await store.batch(batchId))!
  return {
    batchId,
    status: final.status,
    files: final.files.length,
    done: final.position,
    imported: final.imported,
    errors: final.errors,
  }
}
