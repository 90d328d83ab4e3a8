import { readFileSync } from 'node:fs'
import { isPublic } from '../domain/listing/decide-listing.ts'
import { parsePolicyInput, readPolicyJson } from '../domain/listing/policy-input.ts'
import { reasonMessageKey } from '../domain/listing/reason-text.ts'
import { ConfigError, readConfig } from '../server/config.ts'
import { DatabaseUnavailableError, migrateDatabase, openPglite, openPostgres } from '../server/db/client.ts'
import { seedReferenceData } from '../server/seed/seed-reference.ts'
import { checkOffer } from '../server/use-cases/catalogue/check-offer.ts'

// `npm run policy:check -- FILE.json`: check an offer against Waypoint's
// listing policy before submitting it. Prints the verdict as JSON: each reason
// in English, with the key of its message, which pages show in the reader's
// language (content/messages/<locale>/catalogue.json).
// The rules are the ones in force in the database the app uses (DATA_DIR, or
// DATABASE_URL), so this and the site judge an offer alike (ADR 0028).
// Exit codes: 0 the offer can be shown, 3 it cannot (yet), 2 the input is wrong,
// 1 the database cannot be opened (for example, a running server holds it).
const file = process.argv[2]
if (!file || file === '--help') {
  console.error('Usage: npm run policy:check -- FILE.json   (see examples/policy/ for the format)')
  process.exit(2)
}
let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
const json = readPolicyJson(text)
if (!json.ok) {
  console.error(`Cannot read ${file} as JSON: ${json.error.message}`)
  process.exit(2)
}
const raw = json.value

// A file that cannot be read as an offer is refused before the database is opened.
const shape = parsePolicyInput(raw, new Date(), [])
if (!shape.ok) {
  console.log(JSON.stringify({ error: shape.error.code, issues: shape.error.issues }, null, 2))
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
  console.error(`policy:check reads the rules in force from Waypoint's database, which cannot be opened.`)
  console.error(error.message)
  console.error(
    'The embedded database (DATA_DIR) serves one process at a time: stop the server, or run this against the PostgreSQL server it uses (DATABASE_URL).',
  )
  process.exit(1)
}
let exitCode = 1
try {
  // A fresh data folder gets the schema and the reviewed rules, as the app would give it.
  await migrateDatabase(database)
  await seedReferenceData(database.db)
  const result = await checkOffer(database.db, raw, new Date())
  if (!result.ok) {
    console.log(JSON.stringify({ error: result.error.code, issues: result.error.issues }, null, 2))
    exitCode = 2
  } else {
    const reasons = result.value.reasons.map((r) => ({ key: reasonMessageKey(r.code), ...r }))
    console.log(JSON.stringify({ ...result.value, reasons }, null, 2))
    exitCode = isPublic(result.value.verdict) ? 0 : 3
  }
} finally {
  await database.close()
}
process.exit(exitCode)
