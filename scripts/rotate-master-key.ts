import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { rotateMasterKey } from '../server/use-cases/privacy/rotate-master-key.ts'

// `npm run keys:rotate`: re-wraps every case and document key with a new
// master key. Stop the server first. With a PostgreSQL server, pass the new
// key as NEW_MASTER_KEY and start the server with it afterwards; in embedded
// mode a new key is generated and written to DATA_DIR/secrets.json.
const config = { ...readConfig(), SEED_DEMO: 'never' as const }
const given = process.env.NEW_MASTER_KEY
if (given !== undefined && !/^[0-9a-f]{64}$/i.test(given)) {
  console.error('NEW_MASTER_KEY must be 64 hexadecimal characters (32 bytes).')
  process.exit(2)
}
if (!config.embedded && !given) {
  console.error('With DATABASE_URL set, give the new key as NEW_MASTER_KEY (64 hex characters).')
  process.exit(2)
}
const newKey = given ?? randomBytes(32).toString('hex')
try {
  const runtime = await startRuntime(config)
  const counts = await rotateMasterKey(runtime.database.db, runtime.masterKey, Buffer.from(newKey, 'hex'))
  await runtime.stop()
  if (config.embedded && !config.MASTER_KEY) {
    const file = path.join(path.resolve(config.DATA_DIR), 'secrets.json')
    const secrets = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
    writeFileSync(`${file}.new`, JSON.stringify({ ...secrets, masterKey: newKey }, null, 2), { mode: 0o600 })
    renameSync(`${file}.new`, file)
  }
  console.log(`Re-wrapped ${counts.cases} case keys and ${counts.documents} document keys.`)
  if (!config.embedded || config.MASTER_KEY)
    console.log('Start the server with MASTER_KEY set to the new key.')
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
