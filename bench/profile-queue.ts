import { inArray } from 'drizzle-orm'
import { mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { demoIds } from '../server/seed/demo-ids.ts'
import { twoFactor, user } from '../server/db/schema/auth.ts'
import { HttpSession } from '../tests/e2e/support/http-session.ts'
import { startAppProcess } from './lib/app-process.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { backendsMs, cpuMs, selfMs, summariseProfile } from './lib/cpu-profile.ts'
import { drive, fmt } from './lib/load.ts'
import { lightFetch } from './lib/light-fetch.ts'
import { signedInGet } from './lib/signed-in-get.ts'
import { inboxRequests, sqlAlone } from './lib/queue-sql.ts'
import { benchDatabaseUrl, loadAverageText } from './lib/machine.ts'

// `node bench/profile-queue.ts [--requests 1500] [--profile]` (after a
// `bench:queue` run, even a small one: `--cases 2000`, left the cases in the
// database): where the coordinator's queue page and a clinic's inbox spend
// their time beyond their SQL. It starts the built app, signs in as the demo
// coordinator and clinic member, and for each page (and the staff home, the
// floor every signed-in page pays) reports the CPU each request cost the app
// and the PostgreSQL backends; then the same for each page's statements run
// alone from this process (what bench:queue calls "SQL alone"), so the two
// compare like with like. With --profile the app runs under --cpu-prof and
// the profile's self time is printed by package and by function.
const args = parseArgs()
const requests = Math.round(numberArg(args, 'requests', 1500))
const connections = Math.round(numberArg(args, 'connections', 8))
const profile = args.profile === 'true'
// --only queue|inbox|floor: one page (and its SQL alone), so a profile is of it alone.
const only = args.only ?? null
// --client fetch: the pages through WHATWG fetch, as before lightFetch (to see what that costs).
const client = args.client === 'fetch' ? fetch : lightFetch()
const databaseUrl = benchDatabaseUrl()
const secrets = {
  BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
  MASTER_KEY: 'b'.repeat(64),
}

// A few filter sets the queue sees often; distinct enough to miss any cache.
const queueViews = [
  '',
  'stage=under-evaluation',
  'assigned=unassigned',
  'overdue=1',
  'waiting=clinic',
  'sort=newest&page=2',
  'q=salma',
  'q=haddad+karim',
]

async function main() {
  console.log(`load average at start: ${loadAverageText()}`)
  const database = new URL(databaseUrl).pathname.slice(1)
  const dir = profile ? mkdtempSync(path.join(os.tmpdir(), 'queue-prof-')) : null
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'queue-prof-data-'))
  const env = { ...process.env, ...secrets, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'error' }
  // The two demo accounts sign in afresh, so their TOTP must not be enrolled
  // yet. Only that enrolment is undone: resetting the demo data, as this did,
  // deletes the demo providers and with them every referral bench:queue seeded.
  const rt = await startRuntime(
    readConfig({ ...env, SEED_DEMO: 'never', DB_POOL_MAX: String(connections + 2) }),
  )
  const staff = await rt.database.db
    .select({ id: user.id })
    .from(user)
    .where(inArray(user.email, [demoIds.email.coordinator, demoIds.email.clinic]))
  if (staff.length !== 2)
    throw new Error('the demo coordinator and clinic are missing: run bench:queue first')
  const staffIds = staff.map((s) => s.id)
  await rt.database.db.delete(twoFactor).where(inArray(twoFactor.userId, staffIds))
  await rt.database.db.update(user).set({ twoFactorEnabled: false }).where(inArray(user.id, staffIds))
  const app = await startAppProcess({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, ...secrets }, [
    ...(process.env.APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []),
  ])
  try {
    const coordinatorSession = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
    const clinicSession = await new HttpSession(app.url).signIn(demoIds.email.clinic)
    const coordinator = signedInGet(app.url, coordinatorSession, client)
    const clinic = signedInGet(app.url, clinicSession, client)
    // The pages are the pages (their heading and a case bench:queue seeded), not a sign-in or an empty list.
    await coordinator.expectPage('/coordinator/cases', [
      /<h1[^>]*>Case queue<\/h1>/,
      /href="\/coordinator\/cases\/b0000000-/,
    ])
    await clinic.expectPage('/clinic/referrals', [
      /<h1[^>]*>Referrals<\/h1>/,
      /href="\/clinic\/referrals\/b0000000-/,
    ])
    const sql = sqlAlone(rt, secrets.BETTER_AUTH_SECRET)
    // Each page, then its statements alone: `self` is this process's CPU (the
    // HTTP client for a page, the query building and row parsing for SQL alone).
    const phases = [
      [
        'queue page',
        (i: number) => coordinator.get(`/coordinator/cases?${queueViews[i % queueViews.length]}`),
      ],
      [
        'queue SQL alone',
        (i: number) => sql.queue(coordinatorSession.cookie(), queueViews[i % queueViews.length]!),
      ],
      [
        'clinic inbox page',
        (i: number) => clinic.get(`/clinic/referrals?${inboxRequests[i % inboxRequests.length]}`),
      ],
      [
        'clinic inbox SQL alone',
        (i: number) => sql.inbox(clinicSession.cookie(), inboxRequests[i % inboxRequests.length]!),
      ],
      ['staff home (floor)', () => coordinator.get('/coordinator')],
    ] as const
    const chosen = phases.filter(
      ([name]) => !only || name.startsWith(only === 'floor' ? 'staff' : only === 'inbox' ? 'clinic' : only),
    )
    for (const [, task] of chosen) await drive(task, connections, 3600, 200)
    for (const [name, task] of chosen) {
      const app0 = await cpuMs(app.child.pid!)
      const db0 = await backendsMs(database)
      const self0 = process.cpuUsage()
      const r = await drive(task, connections, 3600, requests)
      const appMs = (await cpuMs(app.child.pid!)) - app0
      const dbMs = selfMs(db0, await backendsMs(database))
      const self = process.cpuUsage(self0)
      const selfMsUsed = (self.user + self.system) / 1000
      const per = (ms: number) => (ms / r.requests).toFixed(2)
      console.log(`${name.padEnd(22)} ${fmt(r)}`)
      console.log(
        `  CPU per request: app ${per(appMs)} ms, PostgreSQL ${per(dbMs)} ms, self ${per(selfMsUsed)} ms (load ${loadAverageText()})`,
      )
    }
  } finally {
    await app.stop()
    await rt.stop()
  }
  if (dir) for (const f of readdirSync(dir)) summariseProfile(path.join(dir, f))
  console.log(`load average at end: ${loadAverageText()}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
