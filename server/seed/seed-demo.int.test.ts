import { count, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { provider } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { demoContent } from '../content/demo-content.ts'

const demoAccounts = Object.values(demoContent.accounts.accounts)
const demoProviders = Object.values(demoContent.providers)
import { resetDemoData, seedDemoData, seedDemoDataOnce } from './seed-demo.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

const deps = () => ({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
const demoEmails = demoAccounts.map((a) => a.email)

async function counts() {
  const [accounts] = await rt.database.db
    .select({ n: count() })
    .from(user)
    .where(inArray(user.email, demoEmails))
  const [providers] = await rt.database.db
    .select({ n: count() })
    .from(provider)
    .where(eq(provider.isDemo, true))
  return { accounts: accounts!.n, providers: providers!.n }
}

test(`demo data is seeded once and idempotently on ${engineUnderTest}`, async () => {
  await resetDemoData(deps())
  expect(await counts()).toEqual({ accounts: demoAccounts.length, providers: demoProviders.length })
  await seedDemoData(deps())
  await seedDemoDataOnce(deps())
  expect(await counts()).toEqual({ accounts: demoAccounts.length, providers: demoProviders.length })
  const roles = await rt.database.db
    .select({ email: user.email, role: user.role, verified: user.emailVerified })
    .from(user)
    .where(inArray(user.email, demoEmails))
  expect(roles.map((r) => r.role).sort()).toEqual(demoAccounts.map((a) => a.role).sort())
  expect(roles.every((r) => r.verified)).toBe(true)
})

test('every demo provider is marked as demo', async () => {
  const rows = await rt.database.db
    .select()
    .from(provider)
    .where(
      inArray(
        provider.id,
        demoProviders.map((p) => p.id),
      ),
    )
  expect(rows).toHaveLength(demoProviders.length)
  expect(rows.every((r) => r.isDemo)).toBe(true)
})

test('the schema has pg_trgm for typo-tolerant search', async () => {
  const result = await rt.database.db.execute<{ s: number }>(
    // similarity() exists only when the extension is installed.
    (await import('drizzle-orm')).sql`select similarity('stem cell', 'stem cel') as s`,
  )
  const rows = (Array.isArray(result) ? result : (result as { rows: { s: number }[] }).rows) as {
    s: number
  }[]
  expect(Number(rows[0]!.s)).toBeGreaterThan(0.5)
})
