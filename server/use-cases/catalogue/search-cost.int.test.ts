import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { longTailQueries } from '../../../bench/lib/long-tail.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import type { Db } from '../../db/client.ts'
import type { Runtime } from '../../runtime.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { generateScaleCatalogue, removeScaleCatalogue } from '../../seed/scale-catalogue.ts'
import { providerSearchPage } from './provider-search.ts'
import { forgetSearchVocabulary } from './search-vocabulary.ts'

// Issue 14, ADR 0077: what a search costs the database. The search is
// answered from an in-memory index of provider_listing, so once the index is
// loaded a search sends no statement at all, however few or many it finds;
// a listing change makes the next search read the listings again, once.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
const PROVIDERS = 400
beforeAll(async () => {
  rt = await startTestRuntime({ DB_OPEN_TIMEOUT_MS: '120000' })
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  await generateScaleCatalogue(rt.database.db, PROVIDERS)
  forgetSearchVocabulary()
}, 300_000)
afterAll(async () => {
  if (rt) await removeScaleCatalogue(rt.database.db)
  forgetSearchVocabulary()
  await rt?.cleanup()
})

/** The runtime with its database handle counting every query started through it. */
function counting(base: Runtime) {
  const sent = { statements: 0 }
  const starts = new Set(['execute', 'select', 'selectDistinct', 'insert', 'update', 'delete', 'transaction'])
  const db = new Proxy(base.database.db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown
      if (typeof key !== 'string' || !starts.has(key) || typeof value !== 'function') return value
      return (...args: unknown[]) => {
        sent.statements++
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  }) as Db
  const runtime = { ...base, database: { ...base.database, db } } as Runtime
  return { runtime, sent }
}

describe(`the cost of a search on ${engineUnderTest}`, () => {
  test('once the index is loaded, a search sends no statement, whatever it finds', async () => {
    const { runtime, sent } = counting(rt)
    await providerSearchPage(runtime, new URLSearchParams('q=clinic'))
    expect(sent.statements).toBeGreaterThan(0)
    sent.statements = 0
    const queries = [
      // Stem cells are never listed for India: nothing matches.
      'q=stem cell als india',
      'q=stem cells&country=IN&condition=als&sort=price-low',
      // A remembered name with a typo, which matches a few providers.
      'q=SUNMAARRI',
      'q=lotusneuro&sort=verified',
      'q=hamburg&treatment=lenzumestrocel',
      // Broad, and a later page.
      'q=clinic&page=7',
      ...longTailQueries(200, 3),
    ]
    let found = 0
    for (const q of queries) found += (await providerSearchPage(runtime, new URLSearchParams(q))).total
    expect(found).toBeGreaterThan(0)
    expect(sent.statements).toBe(0)
  })

  test('a listing change makes the next search read the listings again, once', async () => {
    const { runtime, sent } = counting(rt)
    await providerSearchPage(runtime, new URLSearchParams('q=hospital'))
    sent.statements = 0
    await publishListingChange(rt.database.db, [])
    await providerSearchPage(runtime, new URLSearchParams('q=hospital'))
    const reload = sent.statements
    expect(reload).toBeGreaterThan(0)
    await providerSearchPage(runtime, new URLSearchParams('q=clinic&sort=price-low'))
    await providerSearchPage(runtime, new URLSearchParams('country=DE&page=2'))
    expect(sent.statements).toBe(reload)
  })

  test('hundreds of listings are read in one statement', async () => {
    const { runtime, sent } = counting(rt)
    forgetSearchVocabulary()
    const page = await providerSearchPage(runtime, new URLSearchParams('q=hospital'))
    expect(page.total).toBeGreaterThan(0)
    // The vocabulary's seven small reads, the stale-listing check, and one for every listing.
    expect(sent.statements).toBe(9)
  })
})
