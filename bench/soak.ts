import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuild } from '../scripts/ensure-build.ts'
import { HttpSession } from '../tests/e2e/support/http-session.ts'
import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { generateScaleCatalogue } from '../server/seed/scale-catalogue.ts'
import { startAppProcess, rssMb } from './lib/app-process.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { measureBareServer } from './lib/ceiling.ts'
import { lightFetch } from './lib/light-fetch.ts'
import { fmt, maxRequestsPerSecond, summarise } from './lib/load.ts'
import { benchDatabaseUrl, databaseVersion, loadAverageText, machineFacts } from './lib/machine.ts'
import { printTargets, target, writeResult } from './lib/results.ts'
import {
  anonymousGet,
  Recorder,
  newSessionFetch,
  runVisitors,
  signedInVisit,
  visitorFetch,
  type Journey,
} from './lib/scenario.ts'
import { demoIds } from '../server/seed/demo-ids.ts'

// `npm run bench:soak`: the built app on the PostgreSQL server under a mixed
// load (browsing, searching, signing in, reading a case) from 64 connections
// for 10 minutes, watching latency, errors and the server's memory. The
// ceiling, measured in the same run, is a bare Node server returning the home
// page at the same concurrency.
// Targets (issue 5): zero errors, p99 ≤ 250 ms, memory growth after warm-up < 10%.
// Options: --connections 64 --seconds 600 (--warmup and --ceiling-seconds in
// seconds), --node-env production|development.
const args = parseArgs()
const connections = Math.round(numberArg(args, 'connections', 64))
const seconds = numberArg(args, 'seconds', 600)
// Warm-up: ~30 s on a full run, 10% of a short one. It is not counted in the
// latencies (the JIT, caches and connection pools are filling), but its errors are.
const warmup = numberArg(args, 'warmup', Math.min(30, Math.max(1, seconds * 0.1)))
const ceilingSeconds = numberArg(args, 'ceiling-seconds', Math.min(10, Math.max(2, seconds * 0.1)))
// Production by default: React's production build and the real security
// settings (Secure cookies are no obstacle: the benchmark keeps its own cookie
// jar over plain HTTP). Development turns off better-auth's rate limiter too.
const nodeEnv = args['node-env'] ?? 'production'
if (nodeEnv !== 'production' && nodeEnv !== 'development') {
  console.error('--node-env must be production or development')
  process.exit(2)
}
const databaseUrl = benchDatabaseUrl()
const patientEmail = demoIds.email.patient
const visitsPerSignIn = 10
const sentCase = `/patient/cases/${demoIds.case.sent}`
const secrets = {
  BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
  MASTER_KEY: 'b'.repeat(64),
}

// The same mix of words, typos, filters, sorts and pages as bench/search.ts.
const searches = [
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

function journeys(base: string): Journey[] {
  const browse: Journey = {
    name: 'browse',
    steps: (visitor) =>
      [
        '/',
        '/conditions/als',
        '/guides/stem-cells-for-als',
        `/providers/${demoIds.providerSlug.lotusNeuro}`,
        `/compare?offer=${demoIds.offer.lotusMdt}&offer=${demoIds.offer.rheinMdt}`,
      ].map((p) => anonymousGet(base, p, p.split('?')[0], visitorFetch(visitor))),
  }
  const search: Journey = {
    name: 'search',
    // Three searches a journey, walking through the mix from a different place each time.
    steps: (visitor, round) =>
      [0, 1, 2].map((k) =>
        anonymousGet(
          base,
          `/providers?${searches[(visitor * 5 + round * 3 + k) % searches.length]}`,
          '/providers?…',
          visitorFetch(visitor),
        ),
      ),
  }
  // A person who signs in stays signed in (sessions last a week): each visitor
  // starts a new browser session, from a new address, every 10th case visit.
  const sessions = new Map<number, { session: HttpSession; visits: number }>()
  const patient: Journey = {
    name: 'patient',
    steps: (visitor) => {
      let mine = sessions.get(visitor)
      const fresh = !mine || mine.visits % visitsPerSignIn === 0
      if (fresh)
        sessions.set(visitor, (mine = { session: new HttpSession(base, newSessionFetch()), visits: 0 }))
      mine!.visits++
      return signedInVisit(
        mine!.session,
        patientEmail,
        [
          { path: '/patient', label: '/patient' },
          { path: sentCase, label: '/patient/cases/:id' },
          { path: `${sentCase}/messages`, label: '/patient/cases/:id/messages' },
          { path: `${sentCase}/documents`, label: '/patient/cases/:id/documents' },
        ],
        fresh,
      )
    },
  }
  // Most visitors read the catalogue; about one request in eight is a signed-in
  // page, and one in three hundred a sign-in.
  return [browse, search, patient, search, browse, search, browse, search]
}

/** The demo data on the server, and no generated catalogue left behind by bench:search. */
async function prepareDatabase(dataDir: string) {
  const env = { ...process.env, ...secrets, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'error' }
  const rt = await startRuntime(readConfig({ ...env, SEED_DEMO: 'never' }))
  try {
    await generateScaleCatalogue(rt.database.db, 0)
  } finally {
    await rt.stop()
  }
  // `npm run seed`, run the way npm runs it: the project's Node, its own process.
  const seed = spawnSync(path.join(import.meta.dirname, '../node_modules/.bin/node'), ['scripts/seed.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env,
    encoding: 'utf8',
  })
  if (seed.status !== 0) throw new Error(`npm run seed failed:\n${seed.stdout}\n${seed.stderr}`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function main() {
  const startLoad = machineFacts().loadAverage
  ensureBuild()
  const database = await databaseVersion(databaseUrl).catch((error: Error) => {
    throw new Error(
      `The PostgreSQL server at ${databaseUrl.replace(/:[^:@/]+@/, ':…@')} cannot be reached (${error.message}). Set BENCH_DATABASE_URL.`,
    )
  })
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-soak-'))
  console.log(
    `Soak: ${connections} connections, ${warmup} s warm-up + ${seconds} s, NODE_ENV=${nodeEnv}, ${database}`,
  )
  console.log(`Load average at start: ${loadAverageText()}`)
  await prepareDatabase(dataDir)
  const app = await startAppProcess({
    ...secrets,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    NODE_ENV: nodeEnv,
  })
  const pid = app.child.pid!
  const recorder = new Recorder()
  const memory: { at: number; mb: number }[] = []
  let ceiling
  let measured
  let idleMb = NaN
  try {
    const homePage = await (await fetch(app.url + '/')).text()
    ceiling = await measureBareServer(homePage, connections, ceilingSeconds, lightFetch())
    console.log(`ceiling (bare Node, home page)  ${fmt(ceiling)}`)

    idleMb = await rssMb(pid)
    const total = warmup + seconds
    const began = performance.now()
    const elapsed = () => (performance.now() - began) / 1000
    let stop = false
    const load = runVisitors({
      connections,
      journeys: journeys(app.url),
      recorder,
      until: () => stop || elapsed() >= total,
      maxRequests: Math.ceil(total * maxRequestsPerSecond),
    })
    let measureStart = performance.now()
    const watcher = (async () => {
      await sleep(warmup * 1000)
      recorder.measuring = true
      measureStart = performance.now()
      // Sample the server's memory every second (more often on short runs) while measuring.
      const every = Math.min(1000, (seconds * 1000) / 20)
      let lastPrint = 0
      while (elapsed() < total && !stop) {
        const at = (performance.now() - measureStart) / 1000
        memory.push({ at, mb: await rssMb(pid) })
        if (at - lastPrint >= 60) {
          lastPrint = at
          const so = summarise(recorder.latencies, recorder.measuredErrors, at)
          console.log(`  ${at.toFixed(0).padStart(4)} s  ${fmt(so)}  rss ${memory.at(-1)!.mb.toFixed(0)} MB`)
        }
        await sleep(Math.min(every, Math.max(0, (total - elapsed()) * 1000)))
      }
    })()
    await load
    stop = true
    memory.push({ at: (performance.now() - measureStart) / 1000, mb: await rssMb(pid) })
    await watcher
    measured = summarise(
      recorder.latencies,
      recorder.measuredErrors,
      (performance.now() - measureStart) / 1000,
    )
  } finally {
    await app.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }

  // RSS swings by a hundred MB within seconds as the garbage collector runs,
  // so one sample says more about the moment than about the level. Start,
  // middle and end are each the median of the samples in a window a tenth of
  // the run long (a minute of a full run); the peak is still the single highest.
  const windowSeconds = Math.max(1, seconds / 10)
  const level = (from: number) => {
    const inside = memory.filter((m) => m.at >= from && m.at <= from + windowSeconds).map((m) => m.mb)
    const sorted = inside.sort((a, b) => a - b)
    return { at: from, mb: sorted[Math.floor(sorted.length / 2)] ?? NaN }
  }
  const lastAt = memory.at(-1)!.at
  const atStart = level(0)
  const middle = level(Math.max(0, lastAt / 2 - windowSeconds / 2))
  const atEnd = level(Math.max(0, lastAt - windowSeconds))
  const growth = ((atEnd.mb - atStart.mb) / atStart.mb) * 100
  const peak = Math.max(...memory.map((m) => m.mb))
  const errors = recorder.warmupErrors + recorder.measuredErrors
  const ratio = measured.rps / ceiling.rps

  console.log(`\nmixed scenario (after warm-up)  ${fmt(measured)}  (${measured.requests} requests)`)
  console.log(`ceiling (bare Node, home page)  ${fmt(ceiling)}`)
  console.log(`app throughput / ceiling = ${(ratio * 100).toFixed(1)}%`)
  console.log('\nstep                               requests    p50 ms    p95 ms    p99 ms')
  const steps = recorder.steps()
  for (const s of steps)
    console.log(
      `${s.label.padEnd(34)} ${String(s.requests).padStart(8)} ${[s.p50, s.p95, s.p99].map((n) => n.toFixed(1).padStart(9)).join(' ')}`,
    )
  console.log(
    `\nerrors: ${errors} (${recorder.warmupErrors} during warm-up, ${recorder.measuredErrors} after; ${recorder.warmupRequests} warm-up requests succeeded)`,
  )
  for (const [what, n] of recorder.errors) console.log(`  ${n} × ${what}`)
  console.log(
    `server RSS (medians of ${windowSeconds.toFixed(0)} s windows) idle ${idleMb.toFixed(1)} MB; after warm-up ${atStart.mb.toFixed(1)} MB, middle (${middle.at.toFixed(0)} s on) ${middle.mb.toFixed(1)} MB, end (${atEnd.at.toFixed(0)} s on) ${atEnd.mb.toFixed(1)} MB, peak ${peak.toFixed(1)} MB: growth ${growth.toFixed(1)}%`,
  )
  console.log(`load average at end: ${loadAverageText()}\n`)
  const targets = [
    target('errors (whole run, warm-up included)', errors, '= 0', errors === 0),
    target('p99 latency, ms', measured.p99, '≤ 250', measured.p99 <= 250),
    target('server memory growth after warm-up, %', growth, '< 10', growth < 10),
  ]
  printTargets(targets)
  writeResult({
    name: 'soak',
    database,
    startLoad,
    settings: { connections, seconds, warmupSeconds: warmup, ceilingSeconds, nodeEnv },
    rows: [{ step: 'all (mixed)', ...measured, errors }, ...steps.map((s) => ({ step: s.label, ...s }))],
    ceiling: {
      what: 'bare Node HTTP server, home page, same concurrency',
      value: ceiling.rps,
      unit: 'req/s',
    },
    ratio: { what: 'mixed-scenario throughput / ceiling throughput', value: ratio },
    targets,
    figures: {
      memoryMb: {
        idleBeforeLoad: idleMb,
        afterWarmup: atStart.mb,
        middle: middle.mb,
        end: atEnd.mb,
        peak,
        growthPercent: growth,
      },
      errorsByStep: Object.fromEntries(recorder.errors),
    },
  })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
