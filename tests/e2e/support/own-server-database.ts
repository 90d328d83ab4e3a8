import { afterAll } from 'vitest'
import { createFileDatabase, dropFileDatabase } from '../../setup/server-database.ts'

/**
 * An empty database on the PostgreSQL server (TEST_DATABASE_URL) for the
 * calling file alone, dropped once the file is done; the apps it starts
 * migrate it. Browser-test files run two at a time, so none may share one.
 * Undefined when no server is given. Call it at a file's top level.
 */
export async function ownServerDatabase(): Promise<string | undefined> {
  const baseUrl = process.env.TEST_DATABASE_URL
  if (!baseUrl) return undefined
  const url = await createFileDatabase(baseUrl, 'empty')
  afterAll(() => dropFileDatabase(baseUrl, url))
  return url
}
