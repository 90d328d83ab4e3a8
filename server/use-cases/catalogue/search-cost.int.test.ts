import type { SQL } from 'drizzle-orm'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import type { Db } from '../../db/client.ts'
import { rowsOf } from '../../db/rows.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { generateScaleCatalogue, removeScaleCatalogue } from '../../seed/scale-catalogue.ts'
import { searchFilters } from './provider-search.ts'
import { searchProviders } from './search-providers.ts'
import { forgetSearchVocabulary, loadSearchVocabulary } from './search-vocabulary.ts'

// Issue 14: a search costs about what it finds. Read along the index of its
// sort order, a search with few matches passed over every listing to find
// them. Measured as listing rows the statement reads (EXPLAIN ANALYZE), which
// does not depend on how busy the machine is.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
const PROVIDERS = 1500
beforeAll(async () => {
  rt = await startTestRuntime({ DB_OPEN_TIMEOUT_MS: '120000' })
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  await generateScaleCatalogue(rt.database.db, PROVIDERS)
  await rt.database.db.execute(sql`analyze provider_listing`)
  forgetSearchVocabulary()
}, 300_000)
afterAll(async () => {
  if (rt) await removeScaleCatalogue(rt.database.db)
  forgetSearchVocabulary()
  await rt?.cleanup()
})

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] }

/** Listing rows the search statement reads for `query`, and what it found. */
async function cost(query: string) {
  const made = searchFilters(await loadSearchVocabulary(rt), new URLSearchParams(query))
  const db = rt.database.db
  let statement: SQL | null = null
  const capturing = new Proxy(db, {
    get: (target, key, receiver) =>
      key === 'execute'
        ? (s: SQL) => {
            statement = s
            return target.execute(s)
          }
        : Reflect.get(target, key, receiver),
  }) as Db
  const result = await searchProviders(capturing, made.filters)
  const [row] = rowsOf<{ 'QUERY PLAN': unknown }>(
    await db.execute(sql`explain (analyze, format json) ${statement!}`),
  )
  const raw = row!['QUERY PLAN']
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[]
  let rows = 0
  const walk = (node: PlanNode) => {
    if (node['Relation Name'] === 'provider_listing') {
      const seen =
        Number(node['Actual Rows'] ?? 0) +
        Number(node['Rows Removed by Filter'] ?? 0) +
        Number(node['Rows Removed by Index Recheck'] ?? 0)
      rows += seen * Number(node['Actual Loops'] ?? 1)
    }
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(plan[0]!.Plan)
  return { rows, total: result.total, moreThan: result.moreThan, hits: result.hits.length }
}

describe(`the cost of a search on ${engineUnderTest}`, () => {
  test.each([
    // Stem cells are never listed for India: nothing matches.
    'q=stem cell als india',
    'q=stem cells&country=IN&condition=als&sort=price-low',
    // A remembered name with a typo, which matches a few providers.
    'q=SUNMAARRI',
    'q=lotusneuro&sort=verified',
    'q=hamburg&treatment=lenzumestrocel',
  ])('%s reads about as many listings as it finds, not the whole catalogue', async (query) => {
    const { rows, total } = await cost(query)
    expect(total).toBeLessThan(50)
    // The matches, the page read again by key, and a little slack for the plan.
    expect(rows).toBeLessThanOrEqual(2 * total + 40)
  })

  test('a broad search still reads a page, not every match', async () => {
    const { rows, moreThan, hits } = await cost('q=clinic')
    expect(hits).toBe(10)
    expect(moreThan).toBe(true)
    expect(rows).toBeLessThan(PROVIDERS / 2)
  })
})
