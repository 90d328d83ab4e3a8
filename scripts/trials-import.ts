import { ConfigError, readConfig } from '../server/config.ts'
import { DatabaseUnavailableError, migrateDatabase, openPglite, openPostgres } from '../server/db/client.ts'
import { systemClock } from '../server/cases/case-deps.ts'
import { parseCalendarDate } from '../domain/shared/calendar-date.ts'
import { listTrialFiles, runTrialImport, startTrialImport } from '../server/use-cases/trials/import-trials.ts'

// `npm run trials:import -- [--fetched-on YYYY-MM-DD] FILE_OR_FOLDER…`: imports
// saved trial registry records (ClinicalTrials.gov v2 study JSON, CTRI record
// JSON or CSV; tests/fixtures/trials/README.md) into the database the app
// uses. Files only, never the network. The fetch date recorded is each file's
// modification time, or the date given. Running the same command again after
// an interruption resumes the unfinished batch. Prints a JSON summary with
// each refused file and why. Exit codes: 0 all files imported, 3 some files
// refused, 2 wrong arguments, 1 the database cannot be opened.
const args = process.argv.slice(2)
let fetchedAt: Date | undefined
const at = args.indexOf('--fetched-on')
if (at >= 0) {
  const day = parseCalendarDate(args[at + 1])
  if (!day) {
    console.error('--fetched-on takes a date: YYYY-MM-DD')
    process.exit(2)
  }
  fetchedAt = new Date(`${day}T00:00:00Z`)
  args.splice(at, 2)
}
if (args.length === 0 || args.includes('--help')) {
  console.error('Usage: npm run trials:import -- [--fetched-on YYYY-MM-DD] FILE_OR_FOLDER…')
  process.exit(2)
}
let files: string[]
try {
  files = await listTrialFiles(args)
} catch (error) {
  console.error(`Cannot read ${args.join(' ')}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}

let database
try {
  const config = readConfig()
  database = config.DATABASE_URL
    ? await openPostgres(config.DATABASE_URL, config.DB_OPEN_TIMEOUT_MS, 1)
    : await openPglite(config.DATA_DIR, config.DB_OPEN_TIMEOUT_MS)
} catch (error) {
  if (!(error instanceof DatabaseUnavailableError || error instanceof ConfigError)) throw error
  console.error('trials:import writes to Waypoint’s database, which cannot be opened.')
  console.error(error.message)
  console.error(
    'The embedded database (DATA_DIR) serves one process at a time: stop the server, or run this against the PostgreSQL server it uses (DATABASE_URL).',
  )
  process.exit(1)
}
let exitCode = 1
try {
  await migrateDatabase(database)
  const deps = { db: database.db, clock: systemClock }
  const { batchId, resumed } = await startTrialImport(deps, files, fetchedAt ? { fetchedAt } : {})
  const summary = await runTrialImport(deps, batchId)
  console.log(JSON.stringify({ resumed, ...summary }, null, 2))
  exitCode = summary && summary.errors.length === 0 ? 0 : 3
} finally {
  await database.close()
}
process.exit(exitCode)
