import { afterAll } from 'vitest'
import {
  BASE_URL_VARIABLE,
  baseDatabaseUrl,
  createFileDatabase,
  dropFileDatabase,
} from './server-database.ts'

// Runs before each integration file (vitest `setupFiles`). On the PostgreSQL
// server the file gets its own copy of the migrated template (ADR 0072), so
// every runtime it starts, and anything it spawns, sees TEST_DATABASE_URL
// naming that copy; it is dropped once the file's own afterAll hooks are done.
const baseUrl = baseDatabaseUrl()
if (baseUrl) {
  process.env[BASE_URL_VARIABLE] = baseUrl
  const fileUrl = await createFileDatabase(baseUrl)
  process.env.TEST_DATABASE_URL = fileUrl
  afterAll(async () => {
    await dropFileDatabase(baseUrl, fileUrl)
    process.env.TEST_DATABASE_URL = baseUrl
  })
}
