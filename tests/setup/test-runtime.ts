import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { readConfig } from '#server/config.ts'
import { startRuntime, type Runtime } from '#server/runtime.ts'

// Integration tests run on a real PostgreSQL: PGlite in a fresh folder by
// default, or the server named by TEST_DATABASE_URL (CI runs both). Tests
// create their own accounts, so they never depend on an empty database.
export const engineUnderTest = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'

/**
 * An embedded database that one runtime already created and migrated
 * (tests/setup/integration-setup.ts): a file starts from a copy in well under
 * a second instead of paying for initdb and every migration again.
 */
const templateDataDir = path.join(
  tmpdir(),
  `waypoint-int-template-${createHash('sha256')
    .update(import.meta.dirname)
    .digest('hex')
    .slice(0, 12)}`,
)

export async function prepareTemplateDataDir(): Promise<void> {
  rmSync(templateDataDir, { recursive: true, force: true })
  if (engineUnderTest !== 'pglite') return
  const runtime = await startTestRuntime({ KEEP_DATA: 'yes' })
  await runtime.cleanup()
  renameSync(runtime.config.DATA_DIR, templateDataDir)
}

export function removeTemplateDataDir(): void {
  rmSync(templateDataDir, { recursive: true, force: true })
}

export async function startTestRuntime(
  env: Record<string, string> = {},
): Promise<Runtime & { cleanup(): Promise<void> }> {
  const { KEEP_DATA: keepData, ...settings } = env
  const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-int-'))
  if (engineUnderTest === 'pglite' && !keepData && !settings.DATA_DIR && existsSync(templateDataDir)) {
    cpSync(templateDataDir, dataDir, { recursive: true })
  }
  // Test files share the server's database and run at once: each keeps its own job
  // queue, so a job is worked by the runtime whose test waits for it, not by one
  // another file is stopping.
  const jobsSchema = `pgboss_${path
    .basename(dataDir)
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()}`
  const config = readConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    PORT: '3999',
    // A loaded machine (two cores, other suites running) can take longer than a server would wait.
    DB_OPEN_TIMEOUT_MS: process.env.DB_OPEN_TIMEOUT_MS ?? '90000',
    ...(process.env.TEST_DATABASE_URL
      ? {
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          BETTER_AUTH_SECRET: 'integration-test-secret-integration-test-secret',
          MASTER_KEY: '0'.repeat(64),
          JOBS_SCHEMA: jobsSchema,
        }
      : {}),
    ...settings,
  })
  const runtime = await startRuntime(config)
  return Object.assign(runtime, {
    async cleanup() {
      if (runtime.config.DATABASE_URL && runtime.config.JOBS_SCHEMA === jobsSchema) {
        await runtime.jobs.stop()
        await runtime.database.db.execute(sql.raw(`drop schema if exists ${jobsSchema} cascade`))
      }
      await runtime.stop()
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
  })
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`
}

export async function eventually<T>(
  probe: () => Promise<T | null | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A request as the browser would send it to our own origin. */
export function browserRequest(
  runtime: Runtime,
  path = '/',
  init: { cookie?: string; ip?: string } = {},
): Request {
  const headers = new Headers({
    'user-agent': 'integration-test',
    'x-waypoint-client-ip': init.ip ?? '127.0.0.1',
  })
  if (init.cookie) headers.set('cookie', init.cookie)
  return new Request(new URL(path, runtime.config.publicUrl), { headers })
}
