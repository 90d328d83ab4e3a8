import { randomBytes } from 'node:crypto'
import pg from 'pg'

// On the PostgreSQL server (TEST_DATABASE_URL) each integration file gets a
// database of its own, copied from a template the global setup migrated once
// (ADR 0072): files then run two at a time, as on PGlite, without one file's
// change to shared data (a country's rule, the catalogue) reaching another.
// The role needs CREATEDB (CI's `waypoint` has it; `postgres` is a superuser).

/** The server database named by the developer or CI; file databases are named after it. */
export const BASE_URL_VARIABLE = 'TEST_DATABASE_BASE_URL'

export function baseDatabaseUrl(): string | undefined {
  return process.env[BASE_URL_VARIABLE] || process.env.TEST_DATABASE_URL || undefined
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

function withDatabase(url: string, name: string): string {
  const next = new URL(url)
  next.pathname = `/${encodeURIComponent(name)}`
  return next.toString()
}

/** Lower-case letters, digits and `_` only, and room for a suffix within PostgreSQL's 63 bytes. */
function stem(url: string): string {
  return (
    databaseName(url)
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_')
      .slice(0, 40) || 'waypoint'
  )
}

export function templateDatabaseUrl(baseUrl: string): string {
  return withDatabase(baseUrl, `${stem(baseUrl)}_tpl`)
}

const fileDatabasePrefix = (baseUrl: string) => `${stem(baseUrl)}_f_`

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The session holding this run's lock on its base database (prepareTemplateDatabase). */
let runLock: pg.Client | null = null

async function onServer<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    await client.query("set client_min_messages = 'warning'")
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`drop database if exists ${quote(name)} with (force)`)
}

/** Whether the process that named a file database (`<prefix><pid>_<hex>`) is still running here. */
function ownerRuns(name: string, prefix: string): boolean {
  const pid = Number(/^(\d+)_/.exec(name.slice(prefix.length))?.[1])
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * File databases a killed run left behind (only this base's, by their
 * prefix). A database whose test process still runs belongs to another run
 * on the same server (a second checkout testing at the same time) and is
 * left alone: dropping it, with force, failed that run's tests.
 */
async function dropLeftovers(client: pg.Client, baseUrl: string): Promise<void> {
  const prefix = fileDatabasePrefix(baseUrl)
  const { rows } = await client.query<{ datname: string }>(
    'select datname from pg_database where starts_with(datname, $1)',
    [prefix],
  )
  for (const { datname } of rows) if (!ownerRuns(datname, prefix)) await dropDatabase(client, datname)
}

/**
 * An empty template database, created afresh; `migrate` then brings it to the
 * current schema (the global setup starts one runtime on it). Afterwards
 * nothing may stay connected, or PostgreSQL refuses to copy it.
 */
export async function prepareTemplateDatabase(
  baseUrl: string,
  migrate: (templateUrl: string) => Promise<void>,
): Promise<void> {
  const templateUrl = templateDatabaseUrl(baseUrl)
  const template = databaseName(templateUrl)
  // One run at a time per base database: a second run on the same server waits
  // here until the first has dropped the template it shares, instead of
  // dropping it under the first's files. The lock ends with its session.
  runLock = new pg.Client({ connectionString: baseUrl })
  runLock.on('error', () => {})
  await runLock.connect()
  await runLock.query('select pg_advisory_lock(hashtext($1))', [`waypoint-tests:${template}`])
  await onServer(baseUrl, async (client) => {
    await dropLeftovers(client, baseUrl)
    await dropDatabase(client, template)
    await client.query(`create database ${quote(template)}`)
  })
  await migrate(templateUrl)
  await onServer(baseUrl, async (client) => {
    await client.query(`alter database ${quote(template)} with allow_connections false`)
    await client.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [template],
    )
  })
}

export async function removeTemplateDatabase(baseUrl: string): Promise<void> {
  try {
    await onServer(baseUrl, async (client) => {
      await dropLeftovers(client, baseUrl)
      await dropDatabase(client, databaseName(templateDatabaseUrl(baseUrl)))
    })
  } finally {
    await runLock?.end().catch(() => {})
    runLock = null
  }
}

/**
 * A database for one test file, returns its URL: a fresh copy of the
 * template, or an empty one for a file whose apps migrate it themselves
 * (browser tests, which run two files at once).
 */
export async function createFileDatabase(
  baseUrl: string,
  from: 'template' | 'empty' = 'template',
): Promise<string> {
  const name = `${fileDatabasePrefix(baseUrl)}${process.pid}_${randomBytes(4).toString('hex')}`
  const template = from === 'template' ? ` template ${quote(databaseName(templateDatabaseUrl(baseUrl)))}` : ''
  await onServer(baseUrl, (client) => client.query(`create database ${quote(name)}${template}`))
  return withDatabase(baseUrl, name)
}

/** Drops the file databases a killed run left behind. */
export async function removeLeftoverFileDatabases(baseUrl: string): Promise<void> {
  await onServer(baseUrl, (client) => dropLeftovers(client, baseUrl))
}

/** Drops a file's database, closing whatever the file left connected. */
export async function dropFileDatabase(baseUrl: string, url: string): Promise<void> {
  await onServer(baseUrl, (client) => dropDatabase(client, databaseName(url)))
}
