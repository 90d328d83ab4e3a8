import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import os from 'node:os'
import path from 'node:path'
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
import { drive, fetchOk, fmt, type LoadResult } from './lib/load.ts'

// `npm run bench:search`: the provider search page on the PostgreSQL server at
// 1,000 and 100,000 offers, with two ceilings measured in the same run: a bare
// Node HTTP server returning a fixed page, and the search SQL alone.
// Targets (issue 3): search p95 ≤ 50 ms at 16 clients; p95 at 100k ≤ 1.5× p95 at 1k.
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? '']] : [])),
)
const connections = Number(args.connections ?? 16)
const seconds = Number(args.seconds ?? 15)
const databaseUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://waypoint:waypoint@127.0.0.1:5432/waypoint_bench'
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
  ensureBuild()
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
  const app = await startAppProcess({ DATABASE_URL: databaseUrl, ...secrets })
  try {
    // Ceiling 1: a bare Node server returning a page the size of a search page.
    const page = await (await fetch(app.url + '/providers?q=care')).text()
    const bare = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(page)
    })
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()))
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`
    await drive(() => fetchOk(bareUrl).then(() => {}), connections, 2)
    results['bare node http (ceiling)'] = await drive(
      () => fetchOk(bareUrl).then(() => {}),
      connections,
      seconds,
    )
    bare.close()

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
      // Let the app's vocabulary cache expire onto the new catalogue, then warm up.
      await new Promise((r) => setTimeout(r, 100))
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
  } finally {
    await app.stop()
    await rt.stop()
  }

  const small = results['search page, 1,000 offers']!
  const large = results['search page, 100,000 offers']!
  const ceiling = results['bare node http (ceiling)']!
  const summary = {
    benchmark: 'search',
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      engine: 'PostgreSQL server',
      connections,
      seconds,
    },
    results,
    ratios: {
      p95LargeOverSmall: large.p95 / small.p95,
      searchRpsOverCeiling: large.rps / ceiling.rps,
    },
    targets: {
      'search p95 ≤ 50 ms at 16 clients (100k offers)': large.p95 <= 50,
      'p95 at 100k ≤ 1.5 × p95 at 1k': large.p95 / small.p95 <= 1.5,
    },
  }
  console.log('\nResult                              throughput    latency')
  for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(34)} ${fmt(r)}`)
  console.log(`\np95 at 100k / p95 at 1k = ${summary.ratios.p95LargeOverSmall.toFixed(2)} (target ≤ 1.5)`)
  console.log(
    `search throughput / bare-server ceiling = ${(summary.ratios.searchRpsOverCeiling * 100).toFixed(1)}%`,
  )
  for (const [t, ok] of Object.entries(summary.targets)) console.log(`${ok ? 'MET ' : 'MISSED'}  ${t}`)
  mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true })
  writeFileSync(path.join(import.meta.dirname, 'results', 'search.json'), JSON.stringify(summary, null, 2))
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
