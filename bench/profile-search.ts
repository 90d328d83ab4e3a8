import { mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { searchFilters } from '../server/use-cases/catalogue/provider-search.ts'
import { searchListings } from '../domain/search/listing-index.ts'
import { loadSearchVocabulary } from '../server/use-cases/catalogue/search-vocabulary.ts'
import { startAppProcess } from './lib/app-process.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { lightFetch } from './lib/light-fetch.ts'
import { drive, fetchOk, fmt } from './lib/load.ts'
import { longTailQueries } from './lib/long-tail.ts'
import { benchDatabaseUrl, loadAverageText } from './lib/machine.ts'
import { backendsMs, cpuMs, selfMs, summariseProfile } from './lib/cpu-profile.ts'

// `node bench/profile-search.ts [--requests 3000] [--profile] [--index]`
// (APP_NODE_ARGS="--flag …" adds Node flags to the app's command line): where a
// long-tail search page spends its time. Against the catalogue bench:search
// left in the database, it starts the built app, warms it up, then drives
// distinct long-tail searches at 16 clients and reports the CPU each search
// page cost the app, the PostgreSQL backends serving it and this load
// generator (from /proc), beside the same for a fixed page from the page
// cache. With --profile the app runs under `--cpu-prof` and the profile's
// self time is printed by package and by function. With --index it drives the
// search's data step alone in this process instead (the in-memory listing
// index, ADR 0077, as bench:search's "index alone" does) and reports this
// process's and PostgreSQL's CPU per search (PostgreSQL's should be nil).
const args = parseArgs()
const requests = Math.round(numberArg(args, 'requests', 3000))
const connections = Math.round(numberArg(args, 'connections', 16))
const profile = args.profile === 'true'
const databaseUrl = benchDatabaseUrl()
const secrets = {
  BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
  MASTER_KEY: 'b'.repeat(64),
}
async function indexAlone(database: string) {
  const rt = await startRuntime(
    readConfig({
      ...process.env,
      ...secrets,
      DATABASE_URL: databaseUrl,
      DB_POOL_MAX: args.pool ?? process.env.DB_POOL_MAX ?? '20',
      LOG_LEVEL: 'error',
      SEED_DEMO: 'never',
      NODE_ENV: 'production',
    }),
  )
  try {
    const vocabulary = await loadSearchVocabulary(rt)
    const filters = [...longTailQueries(400, 1), ...longTailQueries(requests, Number(args.seed ?? 2))]
      .map((q) => searchFilters(vocabulary, new URLSearchParams(q)))
      .filter((made) => !made.nothing)
      .map((made) => made.filters)
    const run = async (i: number) => void searchListings(vocabulary.listings, filters[i]!)
    await drive(run, connections, 3600, 400)
    const db0 = await backendsMs(database)
    const me0 = process.cpuUsage()
    const r = await drive((i) => run(400 + i), connections, 3600, filters.length - 400)
    const dbMs = selfMs(db0, await backendsMs(database))
    const me = process.cpuUsage(me0)
    const per = (ms: number) => (ms / r.requests).toFixed(2)
    console.log(`${'index alone, long tail'.padEnd(30)} ${fmt(r)}`)
    console.log(
      `  CPU per search: PostgreSQL ${per(dbMs)} ms, this process ${per((me.user + me.system) / 1000)} ms (load ${loadAverageText()})`,
    )
  } finally {
    await rt.stop()
  }
}

async function main() {
  console.log(`load average at start: ${loadAverageText()}`)
  const database = new URL(databaseUrl).pathname.slice(1)
  if (args.index === 'true') {
    await indexAlone(database)
    return console.log(`load average at end: ${loadAverageText()}`)
  }
  const dir = profile ? mkdtempSync(path.join(os.tmpdir(), 'search-prof-')) : null
  const app = await startAppProcess({ DATABASE_URL: databaseUrl, ...secrets }, [
    ...(process.env.APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []),
  ])
  const fetcher = lightFetch()
  const page = (q: string) => fetchOk(`${app.url}/providers?${q}`, fetcher).then(() => {})
  try {
    const warm = longTailQueries(400, 1)
    await drive((i) => page(warm[i]!), connections, 3600, warm.length)
    const tail = longTailQueries(requests, Number(args.seed ?? 2))
    // Under --profile only the long tail runs, so the profile is of it (and of the start).
    const phases = [
      ['long tail (distinct searches)', (i: number) => page(tail[i]!), tail.length],
      ['fixed page (page cache)', () => page('q=stem+cell+ALS+India'), requests * 4],
    ] as const
    for (const [name, task, n] of profile ? phases.slice(0, 1) : phases) {
      const app0 = await cpuMs(app.child.pid!)
      const kernel0 = await cpuMs(app.child.pid!, 'system')
      const db0 = await backendsMs(database)
      const me0 = process.cpuUsage()
      const r = await drive(task, connections, 3600, n)
      const appMs = (await cpuMs(app.child.pid!)) - app0
      const kernelMs = (await cpuMs(app.child.pid!, 'system')) - kernel0
      const dbMs = selfMs(db0, await backendsMs(database))
      const me = process.cpuUsage(me0)
      const per = (ms: number) => (ms / r.requests).toFixed(2)
      console.log(`${name.padEnd(30)} ${fmt(r)}`)
      console.log(
        `  CPU per request: app ${per(appMs)} ms (in the kernel ${per(kernelMs)}), PostgreSQL ${per(dbMs)} ms, load generator ${per((me.user + me.system) / 1000)} ms (load ${loadAverageText()})`,
      )
    }
  } finally {
    await app.stop()
  }
  if (dir) for (const f of readdirSync(dir)) summariseProfile(path.join(dir, f))
  console.log(`load average at end: ${loadAverageText()}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
