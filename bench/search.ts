import { parseSearchQuery } from '../domain/search/search-query.ts'
import { interpretText } from '../domain/search/interpret-text.ts'
import { ensureBuild } from '../scripts/ensure-build.ts'
import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { generateScaleCatalogue } from '../server/seed/scale-catalogue.ts'
import { searchProviders } from '../server/use-cases/catalogue/search-providers.ts'
import {
  forgetSearchVocabulary,
  loadSearchVocabulary,
} from '../server/use-cases/catalogue/search-vocabulary.ts'
import { startAppProcess } from './lib/app-process.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { measureBareServer } from './lib/ceiling.ts'
import { drive, fetchOk, fmt, type LoadResult } from './lib/load.ts'
import { benchDatabaseUrl, databaseVersion, machineFacts } from './lib/machine.ts'
import { printTargets, target, writeResult } from './lib/results.ts'

// `npm run bench:search`: the provider search page on the PostgreSQL server at
// 1,000 and 100,000 offers, with two ceilings measured in the same run: a bare
// Node HTTP server returning a fixed page, and the search SQL alone.
// Targets (issue 3): search p95 ≤ 50 ms at 16 clients; p95 at 100k ≤ 1.5× p95 at 1k.
const args = parseArgs()
const connections = Math.round(numberArg(args, 'connections', 16))
const seconds = numberArg(args, 'seconds', 15)
const databaseUrl = benchDatabaseUrl()
const secrets = {
  BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
  MASTER_KEY: 'b'.repeat(64),
}

// A realistic mix: words with typos, filters, sorts and later pages.
const queries = [
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

async function main() {
  const startLoad = machineFacts().loadAverage
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
  const results: Record<string, LoadResult> = {}
  let hitShare = 0
  // A fresh app per catalogue, so no page rendered from the previous one is served.
  let app = await startAppProcess({ DATABASE_URL: databaseUrl, ...secrets })
  try {
    // Ceiling 1: a bare Node server returning a page the size of a search page.
    const page = await (await fetch(app.url + '/providers?q=care')).text()
    results['bare node http (ceiling)'] = await measureBareServer(page, connections, seconds)

    for (const [label, providers] of [
      ['1,000 offers', 100],
      ['100,000 offers', 10_000],
    ] as const) {
      const made = await generateScaleCatalogue(rt.database.db, providers)
      forgetSearchVocabulary()
      console.log(`\n${label}: ${made.providers} providers, ${made.offers} offers generated`)
      const vocabulary = await loadSearchVocabulary(rt)
      const parsed = queries.map((q) => {
        const { query } = parseSearchQuery(new URLSearchParams(q), vocabulary)
        const meaning = interpretText(query.text, vocabulary.synonyms)
        const rate = vocabulary.rates[query.currency] ?? { perUsd: 1 }
        return {
          ...query,
          condition: query.condition ?? meaning.condition,
          country: query.country ?? meaning.country,
          words: meaning.rest.split(' ').filter((w) => w.length >= 2),
          usdPerViewerUnit: 1 / rate.perUsd,
        }
      })
      // Ceiling 2: the search SQL alone, same mix, same concurrency.
      await drive(
        (i) => searchProviders(rt.database.db, parsed[i % parsed.length]!).then(() => {}),
        connections,
        2,
      )
      results[`raw SQL, ${label}`] = await drive(
        (i) => searchProviders(rt.database.db, parsed[i % parsed.length]!).then(() => {}),
        connections,
        seconds,
      )
      console.log(`  raw SQL      ${fmt(results[`raw SQL, ${label}`]!)}`)
      await app.stop()
      app = await startAppProcess({ DATABASE_URL: databaseUrl, ...secrets })
      await drive(
        (i) => fetchOk(`${app.url}/providers?${queries[i % queries.length]}`).then(() => {}),
        connections,
        3,
      )
      results[`search page, ${label}`] = await drive(
        (i) => fetchOk(`${app.url}/providers?${queries[i % queries.length]}`).then(() => {}),
        connections,
        seconds,
      )
      console.log(`  search page  ${fmt(results[`search page, ${label}`]!)}`)
    }
    // How much of that the page cache served, and the same mix with it off.
    const probe = await Promise.all(queries.map((q) => fetch(`${app.url}/providers?${q}`)))
    hitShare = probe.filter((r) => r.headers.get('x-waypoint-cache') === 'hit').length / probe.length
    await Promise.all(probe.map((r) => r.arrayBuffer()))
    await app.stop()
    app = await startAppProcess({ DATABASE_URL: databaseUrl, ...secrets, PAGE_CACHE_SECONDS: '0' })
    await drive(
      (i) => fetchOk(`${app.url}/providers?${queries[i % queries.length]}`).then(() => {}),
      connections,
      3,
    )
    results['search page, 100,000 offers, page cache off'] = await drive(
      (i) => fetchOk(`${app.url}/providers?${queries[i % queries.length]}`).then(() => {}),
      connections,
      seconds,
    )
    console.log(`  page cache off  ${fmt(results['search page, 100,000 offers, page cache off']!)}`)
  } finally {
    await app.stop()
    await rt.stop()
  }

  const small = results['search page, 1,000 offers']!
  const large = results['search page, 100,000 offers']!
  const ceiling = results['bare node http (ceiling)']!
  const ratio = large.rps / ceiling.rps
  const growth = large.p95 / small.p95
  console.log('\nResult                              throughput    latency')
  for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(34)} ${fmt(r)}`)
  console.log(`\np95 at 100k / p95 at 1k = ${growth.toFixed(2)} (target ≤ 1.5)`)
  console.log(`search throughput (100k) / bare-server ceiling = ${(ratio * 100).toFixed(1)}%`)
  console.log(
    `after the run, ${(hitShare * 100).toFixed(0)}% of the ${queries.length} searches in the mix came from the page cache; without it, p95 is ${results['search page, 100,000 offers, page cache off']!.p95.toFixed(1)} ms`,
  )
  const targets = [
    target('search p95 at 16 clients, 100k offers, ms', large.p95, '≤ 50', large.p95 <= 50),
    target('p95 at 100k / p95 at 1k', growth, '≤ 1.5', growth <= 1.5),
  ]
  printTargets(targets)
  writeResult({
    name: 'search',
    database,
    startLoad,
    settings: { connections, seconds, pageCacheHitShare: hitShare },
    rows: Object.entries(results).map(([what, r]) => ({ what, ...r })),
    ceiling: {
      what: 'bare Node HTTP server, search-page-sized page, same concurrency',
      value: ceiling.rps,
      unit: 'req/s',
    },
    ratio: { what: 'search-page throughput at 100k offers / ceiling throughput', value: ratio },
    targets,
  })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
