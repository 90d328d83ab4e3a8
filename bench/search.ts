import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { ensureBuild } from '../scripts/ensure-build.ts'
import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { generateScaleCatalogue } from '../server/seed/scale-catalogue.ts'
import { searchFilters } from '../server/use-cases/catalogue/provider-search.ts'
import { searchListings, type SearchFilters } from '../domain/search/listing-index.ts'
import { readListingIndex } from '../server/use-cases/catalogue/read-listing-index.ts'
import {
  forgetSearchVocabulary,
  loadSearchVocabulary,
} from '../server/use-cases/catalogue/search-vocabulary.ts'
import { startAppProcess } from './lib/app-process.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { measureBareServer } from './lib/ceiling.ts'
import { lightFetch } from './lib/light-fetch.ts'
import { drive, fetchOk, fmt, requestTimeoutMs, type LoadResult } from './lib/load.ts'
import { longTailQueries } from './lib/long-tail.ts'
import {
  benchDatabaseUrl,
  benchWebConcurrency,
  databaseVersion,
  loadAverageText,
  machineFacts,
} from './lib/machine.ts'
import { printTargets, target, writeResult } from './lib/results.ts'

// `npm run bench:search`: the provider search on the PostgreSQL server at
// 1,000 and 100,000 offers, driven two ways at the same concurrency:
//  - the popular mix: 12 searches asked again and again, so after the first
//    ask the 30-second page cache answers them (ADR 0021);
//  - the long tail: thousands of distinct searches (words with typos, in
//    English, French and Arabic, filters, sorts, later pages), each asked
//    once, so the page cache cannot help (ADR 0030).
// Measured in the same run: the search's data step alone (the same searches
// answered by the in-memory listing index in this process, at the same
// concurrency; since ADR 0077 a search sends no SQL, so this is what issue
// 14's "SQL alone" measures now), the index's load time and heap, a fixed page
// of the same app (one URL, from the page cache), a bare Node server
// returning a page of the same size, and the app's shortest page rendered for
// every ask (the floor any uncached page pays, search or not).
// Targets (issue 14): long tail at 100k offers: the search's data step alone
// p95 ≤ 15 ms, page p95 ≤ 100 ms, throughput ≥ 25% of the app's fixed page.
// Issue 3's targets for the popular mix stay.
const args = parseArgs()
const connections = Math.round(numberArg(args, 'connections', 16))
const seconds = numberArg(args, 'seconds', 15)
const longTailSize = Math.round(numberArg(args, 'long-tail', 12_000))
const databaseUrl = benchDatabaseUrl()
const secrets = {
  BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
  MASTER_KEY: 'b'.repeat(64),
}
const fixedPage = '/providers?q=stem+cell+ALS+India'
// The app's shortest page, rendered for every ask (page cache off): what any
// page costs to render, search or not, beside what the cache costs.
const renderedPage = '/sign-in'

// The popular mix: what many families ask.
const popular = [
  'q=stem+cell+ALS+India',
  'q=breathing+support',
  'q=rehabilitaton&country=TH',
  'country=IN&pathway=registered-trial',
  'condition=als&sort=price-low',
  'q=bengaluru',
  'treatment=niv&currency=EUR&max=5000',
  'country=DE&sort=verified&page=3',
  'q=multidisciplinary+care&language=ar',
  'accreditation=JCI&page=2',
  'q=feeding+tube&country=TR',
  '',
]
const longTail = longTailQueries(longTailSize)

type Mix = { name: string; queries: readonly string[]; once: boolean }
const mixes: Mix[] = [
  { name: 'popular', queries: popular, once: false },
  { name: 'long tail', queries: longTail, once: true },
]

/** Each query once, or round and round for `seconds`; counts the answers the page cache gave. */
async function drivePages(
  base: string,
  mix: Mix,
  fetcher: typeof fetch,
  time: number,
): Promise<LoadResult & { cacheHits: number }> {
  let cacheHits = 0
  const result = await drive(
    async (i) => {
      const response = await fetcher(`${base}/providers?${mix.queries[i % mix.queries.length]}`, {
        signal: AbortSignal.timeout(requestTimeoutMs),
      })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`status ${response.status}`)
      if (response.headers.get('x-waypoint-cache') === 'hit') cacheHits++
    },
    connections,
    mix.once ? 3600 : time,
    mix.once ? mix.queries.length : undefined,
  )
  return { ...result, cacheHits }
}

async function driveIndex(
  run: (f: SearchFilters) => unknown,
  filters: readonly (SearchFilters | null)[],
  once: boolean,
  time: number,
): Promise<LoadResult> {
  return drive(
    async (i) => {
      const f = filters[i % filters.length]
      // A word that matches no listing word is answered without the index.
      if (f) await run(f)
    },
    connections,
    once ? 3600 : time,
    once ? filters.length : undefined,
  )
}

let loadFigures: { listings: number; loadMs: number; heapBytes: number } | null = null

/**
 * The listing index's load (least of three) and the heap it holds: three
 * more indexes kept at once, measured after full collections, divided by three.
 */
async function measureIndexLoad(rt: Awaited<ReturnType<typeof startRuntime>>) {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  const used = () => {
    gc()
    gc()
    return getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers
  }
  const before = used()
  const kept = []
  let loadMs = Infinity
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    kept.push(await readListingIndex(rt.database.db))
    loadMs = Math.min(loadMs, performance.now() - t0)
  }
  const heapBytes = (used() - before) / kept.length
  return { listings: kept[0]!.size, loadMs, heapBytes }
}

async function main() {
  const startLoad = machineFacts().loadAverage
  console.log(`load average at start: ${loadAverageText()}; app in ${benchWebConcurrency()} processes`)
  ensureBuild()
  const database = await databaseVersion(databaseUrl)
  const config = readConfig({
    ...process.env,
    ...secrets,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'error',
    SEED_DEMO: 'never',
    NODE_ENV: 'production',
  })
  const rt = await startRuntime(config)
  const fetcher = lightFetch()
  const results: Record<string, LoadResult> = {}
  const cacheHits: Record<string, number> = {}
  const record = (name: string, r: LoadResult & { cacheHits?: number }) => {
    results[name] = r
    if (r.cacheHits !== undefined) cacheHits[name] = r.cacheHits
    console.log(
      `  ${name.padEnd(44)} ${fmt(r)}${r.cacheHits !== undefined ? `  from cache ${r.cacheHits} of ${r.requests}` : ''}`,
    )
  }
  let app = await startAppProcess({
    DATABASE_URL: databaseUrl,
    WEB_CONCURRENCY: benchWebConcurrency(),
    ...secrets,
  })
  try {
    for (const [label, providers] of [
      ['1,000 offers', 100],
      ['100,000 offers', 10_000],
    ] as const) {
      const made = await generateScaleCatalogue(rt.database.db, providers)
      forgetSearchVocabulary()
      console.log(`\n${label}: ${made.providers} providers, ${made.offers} offers generated`)
      const vocabulary = await loadSearchVocabulary(rt)
      const large = providers === 10_000
      if (large) loadFigures = await measureIndexLoad(rt)
      for (const mix of mixes) {
        if (mix.once && !large) continue
        // The search's data step alone: the filters as the page makes them, answered by the index.
        const filters = mix.queries.map((q) => {
          const made = searchFilters(vocabulary, new URLSearchParams(q))
          return made.nothing ? null : made.filters
        })
        const run = (f: SearchFilters) => searchListings(vocabulary.listings, f)
        await driveIndex(run, filters.slice(0, 500), false, 2)
        record(`index alone, ${mix.name}, ${label}`, await driveIndex(run, filters, mix.once, seconds))
      }
      // A fresh app per catalogue, so no page rendered from the previous one is served.
      await app.stop()
      app = await startAppProcess({
        DATABASE_URL: databaseUrl,
        WEB_CONCURRENCY: benchWebConcurrency(),
        ...secrets,
      })
      // Warm the app up on other searches, so the long tail meets a warm process but a cold cache.
      await drivePages(app.url, { name: 'warm-up', queries: longTailQueries(400, 1), once: true }, fetcher, 0)
      for (const mix of mixes) {
        if (mix.once && !large) continue
        record(`search page, ${mix.name}, ${label}`, await drivePages(app.url, mix, fetcher, seconds))
      }
      if (large) {
        // The ceilings, in the same run: the app's own fixed page (from its page cache) and a bare Node server.
        await drive(() => fetchOk(app.url + fixedPage, fetcher).then(() => {}), connections, 2)
        record(
          `fixed page of the app (ceiling)`,
          await drive(() => fetchOk(app.url + fixedPage, fetcher).then(() => {}), connections, seconds),
        )
        const page = Buffer.from(await (await fetch(app.url + fixedPage)).arrayBuffer())
        record('bare node http (ceiling)', await measureBareServer(page, connections, seconds, fetcher))
      }
    }
    // The popular mix with the page cache off: what every ask would cost without it.
    await app.stop()
    app = await startAppProcess({
      DATABASE_URL: databaseUrl,
      WEB_CONCURRENCY: benchWebConcurrency(),
      ...secrets,
      PAGE_CACHE_SECONDS: '0',
    })
    await drivePages(app.url, mixes[0]!, fetcher, 3)
    record(
      'search page, popular, 100,000 offers, page cache off',
      await drivePages(app.url, mixes[0]!, fetcher, seconds),
    )
    await drive(() => fetchOk(app.url + renderedPage, fetcher).then(() => {}), connections, 2)
    record(
      'shortest page, rendered each time (floor)',
      await drive(() => fetchOk(app.url + renderedPage, fetcher).then(() => {}), connections, seconds),
    )
  } finally {
    await app.stop()
    await rt.stop()
  }
  console.log(`load average at end: ${loadAverageText()}`)

  const tail = results['search page, long tail, 100,000 offers']!
  const tailIndex = results['index alone, long tail, 100,000 offers']!
  const small = results['search page, popular, 1,000 offers']!
  const large = results['search page, popular, 100,000 offers']!
  const fixed = results['fixed page of the app (ceiling)']!
  const bare = results['bare node http (ceiling)']!
  const rendered = results['shortest page, rendered each time (floor)']!
  const ratio = tail.rps / fixed.rps
  const growth = large.p95 / small.p95
  console.log('\nResult                                                 throughput    latency')
  for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(54)} ${fmt(r)}`)
  console.log(
    `\nlong tail: ${longTail.length} distinct searches, each asked once; ${cacheHits['search page, long tail, 100,000 offers']} answers came from the page cache`,
  )
  console.log(
    `popular mix: ${popular.length} searches asked ${large.requests} times; ${cacheHits['search page, popular, 100,000 offers']} answers came from the page cache`,
  )
  console.log(`long-tail throughput / fixed page of the app = ${(ratio * 100).toFixed(1)}%`)
  console.log(`long-tail throughput / bare Node server = ${((tail.rps / bare.rps) * 100).toFixed(1)}%`)
  console.log(
    `shortest page rendered each time (${renderedPage}) / fixed page of the app = ${((rendered.rps / fixed.rps) * 100).toFixed(1)}%; long tail / that page = ${((tail.rps / rendered.rps) * 100).toFixed(1)}%`,
  )
  console.log(`popular p95 at 100k / p95 at 1k = ${growth.toFixed(2)}`)
  if (loadFigures)
    console.log(
      `listing index at 100,000 offers: ${loadFigures.listings} listings, loaded in ${loadFigures.loadMs.toFixed(0)} ms (least of 3), heap ${(loadFigures.heapBytes / 1e6).toFixed(1)} MB`,
    )
  const targets = [
    target(
      'long tail: search data step alone (in-memory index) p95 at 16 clients, 100k offers, ms',
      tailIndex.p95,
      '≤ 15',
      tailIndex.p95 <= 15,
    ),
    target('long tail: search page p95 at 16 clients, 100k offers, ms', tail.p95, '≤ 100', tail.p95 <= 100),
    target('long tail: throughput / fixed page of the app', ratio, '≥ 0.25', ratio >= 0.25),
    target('popular: search page p95 at 16 clients, 100k offers, ms', large.p95, '≤ 50', large.p95 <= 50),
    target('popular: p95 at 100k / p95 at 1k', growth, '≤ 1.5', growth <= 1.5),
  ]
  printTargets(targets)
  writeResult({
    name: 'search',
    database,
    startLoad,
    settings: {
      connections,
      seconds,
      longTail: longTail.length,
      popular: popular.length,
      fixedPage,
      appProcesses: Number(benchWebConcurrency()),
    },
    rows: Object.entries(results).map(([what, r]) => ({
      what,
      ...r,
      ...(cacheHits[what] !== undefined ? { cacheHits: cacheHits[what] } : {}),
    })),
    figures: {
      endLoad: machineFacts().loadAverage,
      bareServerRps: bare.rps,
      ...(loadFigures
        ? {
            indexListings: loadFigures.listings,
            indexLoadMs: loadFigures.loadMs,
            indexHeapBytes: loadFigures.heapBytes,
          }
        : {}),
      longTailOverBare: tail.rps / bare.rps,
      renderedPageRps: rendered.rps,
      renderedOverFixed: rendered.rps / fixed.rps,
      longTailOverRendered: tail.rps / rendered.rps,
    },
    ceiling: {
      what: 'the same app serving one fixed search page (from its page cache), same client and concurrency',
      value: fixed.rps,
      unit: 'req/s',
    },
    ratio: { what: 'long-tail search throughput at 100k offers / fixed page', value: ratio },
    targets,
  })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
