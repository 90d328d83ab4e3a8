import { randomInt } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { aClock } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { trialRecord } from '../../db/schema/trials.ts'
import { trialStore } from '../../stores/trial-store.ts'
import { listTrialFiles, runTrialImport, startTrialImport, type TrialFile } from './import-trials.ts'

// Importing saved registry files (issue 16): every good file becomes one
// record with its raw source and fetch date, every bad file one error, and a
// run that stops or crashes resumes where it was without importing twice.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
const folders: string[] = []
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  for (const f of folders) rmSync(f, { recursive: true, force: true })
  await rt?.cleanup()
})

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/trials', name), 'utf8')
const digits = (n: number) => String(randomInt(10 ** (n - 1), 10 ** n))

/**
 * A folder of registry files with ids of their own (the server's database
 * keeps other runs' records), two of them broken. Returns the ids by file.
 */
function aFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'trials-'))
  folders.push(dir)
  const ids = {
    ctgov: `NCT${digits(8)}`,
    unknown: `NCT${digits(8)}`,
    ctriJson: `CTRI/2025/03/${digits(6)}`,
    ctriCsv: `CTRI/2023/11/${digits(6)}`,
  }
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text)
  write('a-ctgov.json', fixture('ctgov-kaveri-als-recruiting.json').replace('NCT06543210', ids.ctgov))
  write('b-broken.json', '{"protocolSection": {')
  write('c-ctgov.json', fixture('ctgov-parkinson-unknown-status.json').replace('NCT05111222', ids.unknown))
  write('d-ctri.json', fixture('ctri-kaveri-als.json').replace('CTRI/2025/03/067890', ids.ctriJson))
  write(
    'e-wrong-id.json',
    fixture('ctri-kaveri-als.json').replace('CTRI/2025/03/067890', 'CTRI/2025/13/000001'),
  )
  write('f-ctri.csv', fixture('ctri-deccan-stroke.csv').replace('CTRI/2023/11/061234', ids.ctriCsv))
  write('notes.txt', 'not a registry file')
  return { dir, ids }
}

const deps = () => ({ db: rt.database.db, clock: aClock(new Date('2026-11-20T10:00:00Z')) })
const stored = async (ids: string[]) =>
  rt.database.db.select().from(trialRecord).where(inArray(trialRecord.registryId, ids))

describe(`importing trial registry files on ${engineUnderTest}`, () => {
  test('a run stopped after two files resumes with the same command and imports each file once', async () => {
    const { dir, ids } = aFolder()
    const files = await listTrialFiles([dir])
    expect(files.map((f) => path.basename(f))).toEqual([
      'a-ctgov.json',
      'b-broken.json',
      'c-ctgov.json',
      'd-ctri.json',
      'e-wrong-id.json',
      'f-ctri.csv',
    ])
    const first = await startTrialImport(deps(), files)
    const stopped = await runTrialImport(deps(), first.batchId, { stopAfter: 2 })
    expect(stopped).toMatchObject({ status: 'running', done: 2, imported: 1 })
    expect(await stored(Object.values(ids))).toHaveLength(1)

    const again = await startTrialImport(deps(), await listTrialFiles([dir]))
    expect(again).toEqual({ batchId: first.batchId, resumed: true })
    const finished = await runTrialImport(deps(), again.batchId)
    expect(finished).toMatchObject({ status: 'done', files: 6, done: 6, imported: 4 })
    expect(finished!.errors).toEqual([
      { file: 'b-broken.json', code: 'trial-file.unreadable', message: 'The file is not JSON' },
      {
        file: 'e-wrong-id.json',
        code: 'trial-file.bad-id',
        message: expect.stringContaining('CTRI/2025/13/000001'),
      },
    ])
    const rows = await stored(Object.values(ids))
    expect(rows.map((r) => r.registryId).sort()).toEqual(Object.values(ids).sort())
    expect(rows.every((r) => r.importBatchId === first.batchId)).toBe(true)

    // Once done, the same files start a new batch, which refreshes the same records.
    const later = await startTrialImport(deps(), files)
    expect(later.resumed).toBe(false)
    await runTrialImport(deps(), later.batchId)
    expect(await stored(Object.values(ids))).toHaveLength(4)
  })

  test('a run that crashes on a file (the disk, not the file) resumes at that file', async () => {
    const { dir, ids } = aFolder()
    const files = await listTrialFiles([dir])
    const { batchId } = await startTrialImport(deps(), files)
    let failures = 0
    const failingOnce = async (file: string): Promise<TrialFile> => {
      if (file.endsWith('d-ctri.json') && failures++ === 0) {
        throw Object.assign(new Error('I/O error'), { code: 'EIO' })
      }
      return { text: readFileSync(file, 'utf8'), modifiedAt: new Date('2026-11-19T00:00:00Z') }
    }
    await expect(runTrialImport({ ...deps(), readFile: failingOnce }, batchId)).rejects.toThrow('I/O error')
    expect(await trialStore(rt.database.db).batch(batchId)).toMatchObject({ position: 3, status: 'running' })
    const done = await runTrialImport({ ...deps(), readFile: failingOnce }, batchId)
    expect(done).toMatchObject({ status: 'done', done: 6, imported: 4 })
    expect(done!.errors.map((e) => e.file)).toEqual(['b-broken.json', 'e-wrong-id.json'])
    expect(await stored(Object.values(ids))).toHaveLength(4)
  })

  test('keeps the raw file and its fetch date (the file’s date, or the date given); an older file does not roll a record back', async () => {
    const { dir, ids } = aFolder()
    const file = path.join(dir, 'a-ctgov.json')
    utimesSync(file, new Date('2026-11-01T08:00:00Z'), new Date('2026-11-01T08:00:00Z'))
    const byMtime = await startTrialImport(deps(), [file])
    await runTrialImport(deps(), byMtime.batchId)
    const [row] = await stored([ids.ctgov])
    expect(row).toMatchObject({
      registry: 'NCT',
      status: 'recruiting',
      phases: ['phase-1', 'phase-2'],
      conditions: ['Motor Neuron Disease'],
      sourceKind: 'ctgov-json',
      sourceFile: 'a-ctgov.json',
      fetchedAt: new Date('2026-11-01T08:00:00Z'),
      refreshedAt: new Date('2026-11-20T10:00:00Z'),
    })
    expect(row!.rawSource).toBe(readFileSync(file, 'utf8'))
    expect(row!.sites[0]).toMatchObject({ facility: 'Kaveri Neuroscience Hospital', city: 'Pune' })

    // A newer fetch says the trial stopped recruiting.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"overallStatus": "RECRUITING"', '"overallStatus": "COMPLETED"'),
    )
    const newer = await startTrialImport(deps(), [file], { fetchedAt: new Date('2026-11-15T00:00:00Z') })
    await runTrialImport(deps(), newer.batchId)
    expect((await stored([ids.ctgov]))[0]).toMatchObject({
      status: 'completed',
      fetchedAt: new Date('2026-11-15T00:00:00Z'),
    })

    // An older copy, imported afterwards, is read but does not replace it.
    writeFileSync(file, fixture('ctgov-kaveri-als-recruiting.json').replace('NCT06543210', ids.ctgov))
    const older = await startTrialImport(deps(), [file], { fetchedAt: new Date('2026-10-01T00:00:00Z') })
    expect(await runTrialImport(deps(), older.batchId)).toMatchObject({ status: 'done', errors: [] })
    expect((await stored([ids.ctgov]))[0]).toMatchObject({ status: 'completed' })
  })

  test('a file that disappears before its turn is recorded as unreadable, and the batch goes on', async () => {
    const { dir, ids } = aFolder()
    const files = await listTrialFiles([dir])
    const { batchId } = await startTrialImport(deps(), files)
    rmSync(path.join(dir, 'c-ctgov.json'))
    const done = await runTrialImport(deps(), batchId)
    expect(done!.errors.map((e) => [e.file, e.code])).toContainEqual([
      'c-ctgov.json',
      'trial-file.unreadable',
    ])
    expect((await stored(Object.values(ids))).map((r) => r.registryId)).not.toContain(ids.unknown)
  })

  test('the queued job works a batch through to the end', async () => {
    const { dir, ids } = aFolder()
    const { batchId } = await startTrialImport(deps(), await listTrialFiles([dir]))
    await rt.jobs.importTrials(batchId)
    await expect
      .poll(async () => (await trialStore(rt.database.db).batch(batchId))?.status, {
        timeout: 20_000,
        interval: 200,
      })
      .toBe('done')
    expect(await stored(Object.values(ids))).toHaveLength(4)
  })
})
