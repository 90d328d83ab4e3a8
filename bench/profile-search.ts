import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { searchFilters } from '../server/use-cases/catalogue/provider-search.ts'
import { searchProviders } from '../server/use-cases/catalogue/search-providers.ts'
import { loadSearchVocabulary } from '../server/use-cases/catalogue/search-vocabulary.ts'
import { startAppProcess } from './lib/app-process.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { lightFetch } from './lib/light-fetch.ts'
import { drive, fetchOk, fmt } from './lib/load.ts'
import { longTailQueries } from './lib/long-tail.ts'
import { benchDatabaseUrl, loadAverageText } from './lib/machine.ts'

// `node bench/profile-search.ts [--requests 3000] [--profile] [--sql]`
// (APP_NODE_ARGS="--flag …" adds Node flags to the app's command line): where a
// long-tail search page spends its time. Against the catalogue bench:search
// left in the database, it starts the built app, warms it up, then drives
// distinct long-tail searches at 16 clients and reports the CPU each search
// page cost the app, the PostgreSQL backends serving it and this load
// generator (from /proc), beside the same for a fixed page from the page
// cache. With --profile the app runs under `--cpu-prof` and the profile's
// self time is printed by package and by function. With --sql it drives the
// search statement alone from this process instead (as bench:search's "SQL
// alone" does) and reports this process's and PostgreSQL's CPU per search.
const args = parseArgs()
const requests = Math.round(numberArg(args, 'requests', 3000))
const connections = Math.round(numberArg(args, 'connections', 16))
const profile = args.profile === 'true'
const databaseUrl = benchDatabaseUrl()
const secrets = {
  BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
  MASTER_KEY: 'b'.repeat(64),
}
const ticks = 100 // USER_HZ on Linux

async function cpuMs(pid: number, part: 'all' | 'system' = 'all'): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (((part === 'all' ? Number(fields[11]) : 0) + Number(fields[12])) * 1000) / ticks
}

/** The PostgreSQL backends connected to the bench database. */
function backendPids(database: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (cmd.startsWith('postgres: ') && cmd.includes(` ${database} `)) pids.push(Number(entry))
    } catch {
      // gone
    }
  }
  return pids
}

async function backendsMs(database: string): Promise<Map<number, number>> {
  const out = new Map<number, number>()
  for (const pid of backendPids(database)) out.set(pid, await cpuMs(pid))
  return out
}

function selfMs(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0)
  return total
}

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

function where(url: string): string {
  if (!url) return '(native/gc/idle)'
  if (url.startsWith('node:')) return url.split('/')[0]!
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]!
  return path.relative(process.cwd(), url.replace('file://', ''))
}

function summariseProfile(file: string) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)))
  const byPlace = new Map<string, number>()
  const byFunction = new Map<string, number>()
  let total = 0
  for (const [id, us] of self) {
    const n = byId.get(id)!
    const name = n.callFrame.functionName || '(anonymous)'
    if (name === '(idle)') continue
    total += us
    const place = ['(garbage collector)', '(program)'].includes(name) ? name : where(n.callFrame.url)
    byPlace.set(place, (byPlace.get(place) ?? 0) + us)
    const fn = `${name} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us)
  }
  const show = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .forEach(([k, us]) => console.log(`  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`))
  console.log(`\nprofile ${file}: ${(total / 1e6).toFixed(1)} s busy\nself time by place:`)
  show(byPlace, 25)
  console.log('self time by function:')
  show(byFunction, 40)
}

async function sqlAlone(database: string) {
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
    const run = (i: number) => searchProviders(rt.database.db, filters[i]!).then(() => {})
    await drive(run, connections, 3600, 400)
    const db0 = await backendsMs(database)
    const me0 = process.cpuUsage()
    const r = await drive((i) => run(400 + i), connections, 3600, filters.length - 400)
    const dbMs = selfMs(db0, await backendsMs(database))
    const me = process.cpuUsage(me0)
    const per = (ms: number) => (ms / r.requests).toFixed(2)
    console.log(`${'SQL alone, long tail'.padEnd(30)} ${fmt(r)}`)
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
  if (args.sql === 'true') {
    await sqlAlone(database)
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
