import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { queueStages } from '../domain/cases/queue-filters.ts'
import type { CaseStage } from '../domain/cases/case-stages.ts'
import type { ReferralStatus } from '../domain/referrals/referral.ts'
import { ensureBuild } from '../scripts/ensure-build.ts'
import { newCaseKey, seal } from '../server/cases/case-vault.ts'
import { nameTokens } from '../server/cases/name-index.ts'
import { readConfig } from '../server/config.ts'
import { startRuntime, type Runtime } from '../server/runtime.ts'
import { generateScaleCatalogue } from '../server/seed/scale-catalogue.ts'
import { demoIds } from '../server/seed/demo-ids.ts'
import { resetDemoData } from '../server/seed/seed-demo.ts'
import { HttpSession } from '../tests/e2e/support/http-session.ts'
import { startAppProcess } from './lib/app-process.ts'
import { signedInGet } from './lib/signed-in-get.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { drive, driveInTurns, fmt, requestTimeoutMs, type LoadResult } from './lib/load.ts'
import { mulberry32 } from './lib/long-tail.ts'
import { inboxRequests, sqlAlone } from './lib/queue-sql.ts'
import {
  benchDatabaseUrl,
  benchWebConcurrency,
  databaseVersion,
  loadAverageText,
  machineFacts,
} from './lib/machine.ts'
import { printTargets, target, writeResult } from './lib/results.ts'

// `npm run bench:queue` (issue 15): the coordinator's queue and a clinic's
// referral inbox on the PostgreSQL server, at 20,000 open cases, 100,000
// referrals and 200,000 timeline events. The queue is driven with a long
// tail of distinct requests (filters, name searches in three scripts, case
// references, later pages), each asked once; the inbox is one clinic's page.
// Measured in the same run, at the same concurrency, in turns with the page
// (five seconds at a time): the same statements straight against the database ("SQL alone": every statement the page
// sends, the session read included, bench/lib/queue-sql.ts). Targets: page
// p95 ≤ 100 ms and ≤ 2× the SQL's p95.
const args = parseArgs()
const connections = Math.round(numberArg(args, 'connections', 8))
const seconds = numberArg(args, 'seconds', 15)
const caseCount = Math.round(numberArg(args, 'cases', 20_000))
const referralsPerCase = 5
const eventsPerReferral = 2
const longTailSize = Math.round(numberArg(args, 'long-tail', 6_000))
const scaleProviders = 200
const databaseUrl = benchDatabaseUrl()
const secrets = {
  BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
  MASTER_KEY: 'b'.repeat(64),
}
const DAY = 24 * 60 * 60 * 1000
const rand = mulberry32(20261204)
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!

// Names as families write them: Latin with and without accents, Arabic, Hindi transliterated.
const firstNames = [
  'Salma',
  'Karim',
  'Zoë',
  'Noémie',
  'Amal',
  'Omar',
  'Priya',
  'Arjun',
  'Hélène',
  'José',
  'Fatima',
  'Youssef',
  'Leïla',
  'Mehmet',
  'Ayşe',
  'Björn',
  'Chloé',
  'Dmitri',
  'Ewa',
  'François',
  'Giulia',
  'Hana',
  'Ibrahim',
  'Jana',
  'Kenji',
  'Lucía',
  'Maya',
  'Nadia',
  'Olivier',
  'Pedro',
  'سلمى',
  'كريم',
  'أمل',
  'عمر',
  'فاطمة',
  'يوسف',
  'ليلى',
  'إبراهيم',
  'نادية',
  'مريم',
]
const lastNames = [
  'Haddad',
  'Khoury',
  'Dupont',
  'Müller',
  'García',
  'Rossi',
  'Nowak',
  'Öztürk',
  'Sharma',
  'Patel',
  'Nakamura',
  'Kim',
  'Silva',
  'Ivanova',
  'Lefèvre',
  'Benali',
  'Mansour',
  'Okafor',
  'Johansson',
  'Novák',
  'Al-Masri',
  'Fernández',
  'Schröder',
  'Çelik',
  'Đorđević',
  'Kowalczyk',
  'Rahman',
  'Singh',
  'Tanaka',
  'Wójcik',
  'حداد',
  'خوري',
  'المصري',
  'منصور',
  'بن علي',
  'الحسيني',
  'عبد الله',
  'الشامي',
  'النجار',
  'العلي',
]
const stageWeights: [CaseStage, number][] = [
  ['records-submitted', 0.3],
  ['under-evaluation', 0.4],
  ['plan-proposed', 0.2],
  ['plan-accepted', 0.05],
  ['travel-booked', 0.03],
  ['in-treatment', 0.02],
]
const referralStatuses: ReferralStatus[] = [
  'sent',
  'opened',
  'evaluating',
  'information-requested',
  'information-provided',
  'plan-proposed',
  'not-eligible',
  'declined-by-clinic',
]
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

function weighted<T>(weights: readonly [T, number][]): T {
  let r = rand()
  for (const [value, w] of weights) if ((r -= w) < 0) return value
  return weights[weights.length - 1]![0]
}

/** A reference people can read out, unique per bench case ("WP-" + six letters of the number). */
function referenceOf(i: number): string {
  let n = i + 31 ** 5 // six letters, never the demo's random ones by construction of the first letter
  let out = ''
  for (let k = 0; k < 6; k++) {
    out = alphabet[n % alphabet.length] + out
    n = Math.floor(n / alphabet.length)
  }
  return `WP-${out}`
}

const caseIdOf = (i: number) => `b0000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`
const referralIdOf = (i: number, k: number) =>
  `b1000000-0000-4000-8000-${(i * referralsPerCase + k).toString(16).padStart(12, '0')}`

type Seeded = {
  names: string[]
  references: string[]
  countries: string[]
  coordinatorId: string
  clinicId: string
}

/** Demo accounts afresh (TOTP not yet enrolled), 200 generated clinics, then the cases in bulk. */
async function seed(rt: Runtime): Promise<Seeded> {
  if (rt.database.engine !== 'postgres') throw new Error('bench:queue runs on the PostgreSQL server')
  const pool = rt.database.pool
  const began = performance.now()
  await pool.query(`delete from patient_case where id like 'b0000000-%'`)
  await resetDemoData({
    db: rt.database.db,
    auth: rt.auth,
    logger: rt.logger,
    printCredentials: false,
    vault: { masterKey: rt.masterKey, storage: rt.storage },
  })
  await generateScaleCatalogue(rt.database.db, scaleProviders)
  const person = async (email: string) =>
    (await pool.query<{ id: string }>('select id from "user" where email = $1', [email])).rows[0]!.id
  const coordinatorId = await person(demoIds.email.coordinator)
  const clinicId = await person(demoIds.email.clinic)
  const offers = (
    await pool.query<{ id: string; provider_id: string; country_code: string }>(
      `select o.id, o.provider_id, p.country_code from offer o join provider p on p.id = o.provider_id
       where p.id like 'scale-%' order by o.id`,
    )
  ).rows
  // The demo clinic (Lotus) is one provider among the generated ones: its inbox is an average one.
  const providers = [demoIds.provider.lotusNeuro, ...new Set(offers.map((o) => o.provider_id))]
  const now = Date.now()
  const names: string[] = []
  const references: string[] = []
  const batch = 1000
  for (let start = 0; start < caseCount; start += batch) {
    const c = {
      id: [] as string[],
      ref: [] as string[],
      stage: [] as string[],
      at: [] as string[],
      key: [] as string[],
      answers: [] as string[],
      coord: [] as (string | null)[],
    }
    const tok = { token: [] as string[], caseId: [] as string[] }
    const co = { caseId: [] as string[], offerId: [] as string[], pos: [] as number[] }
    const r = {
      id: [] as string[],
      caseId: [] as string[],
      provider: [] as string[],
      status: [] as string[],
      due: [] as string[],
      at: [] as string[],
    }
    const e = {
      id: [] as string[],
      referral: [] as string[],
      caseId: [] as string[],
      type: [] as string[],
      role: [] as string[],
      from: [] as (string | null)[],
      to: [] as string[],
      at: [] as string[],
    }
    const m = { id: [] as string[], caseId: [] as string[], body: [] as string[], at: [] as string[] }
    for (let i = start; i < Math.min(caseCount, start + batch); i++) {
      const id = caseIdOf(i)
      const name = `${pick(firstNames)} ${pick(lastNames)}`
      const submitted = now - rand() * 60 * DAY
      const { key, wrapped } = newCaseKey(rt.masterKey)
      names.push(name)
      references.push(referenceOf(i))
      c.id.push(id)
      c.ref.push(referenceOf(i))
      c.stage.push(weighted(stageWeights))
      c.at.push(new Date(submitted).toISOString())
      c.key.push(wrapped)
      c.answers.push(seal(key, { 'patient-name': name, condition: 'als' }))
      c.coord.push(rand() < 0.3 ? coordinatorId : null)
      for (const token of nameTokens(rt.masterKey, name)) {
        tok.token.push(token)
        tok.caseId.push(id)
      }
      const chosen = new Set<string>()
      for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) chosen.add(pick(offers).id)
      ;[...chosen].forEach((offerId, k) => {
        co.caseId.push(id)
        co.offerId.push(offerId)
        co.pos.push(k)
      })
      const sentTo = new Set<string>()
      while (sentTo.size < referralsPerCase) sentTo.add(pick(providers))
      ;[...sentTo].forEach((provider, k) => {
        const rid = referralIdOf(i, k)
        const sentAt = submitted + rand() * DAY
        const status = pick(referralStatuses)
        r.id.push(rid)
        r.caseId.push(id)
        r.provider.push(provider)
        r.status.push(status)
        r.due.push(new Date(sentAt + (3 + rand() * 4) * DAY).toISOString())
        r.at.push(new Date(sentAt).toISOString())
        for (let n = 0; n < eventsPerReferral; n++) {
          e.id.push(`${rid}-e${n}`)
          e.referral.push(rid)
          e.caseId.push(id)
          e.type.push(n === 0 ? 'referral.sent' : 'referral.opened')
          e.role.push(n === 0 ? 'coordinator' : 'international-desk')
          e.from.push(n === 0 ? null : 'sent')
          e.to.push(n === 0 ? 'sent' : 'opened')
          e.at.push(new Date(sentAt + n * 3600_000).toISOString())
        }
      })
      if (rand() < 0.5) {
        m.id.push(`${id}-m0`)
        m.caseId.push(id)
        m.body.push(seal(key, 'We have your case and will write again soon.'))
        m.at.push(new Date(submitted + rand() * 2 * DAY).toISOString())
      }
    }
    await pool.query(
      `insert into patient_case (id, reference, stage, submitted_at, stage_changed_at, wrapped_key, answers, coordinator_user_id, created_at, updated_at)
       select id, ref, stage, at, at, key, answers, coord, at, at
       from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[]) as t(id, ref, stage, at, key, answers, coord)`,
      [c.id, c.ref, c.stage, c.at, c.key, c.answers, c.coord],
    )
    await pool.query(
      `insert into case_name_token (token, case_id) select * from unnest($1::text[], $2::text[]) on conflict do nothing`,
      [tok.token, tok.caseId],
    )
    await pool.query(
      `insert into case_offer (case_id, offer_id, position) select * from unnest($1::text[], $2::text[], $3::int[])`,
      [co.caseId, co.offerId, co.pos],
    )
    await pool.query(
      `insert into referral (id, case_id, provider_id, status, answer_due_at, created_at, status_changed_at, updated_at)
       select id, case_id, provider, status, due, at, at, at
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[]) as t(id, case_id, provider, status, due, at)`,
      [r.id, r.caseId, r.provider, r.status, r.due, r.at],
    )
    await pool.query(
      `insert into case_share (case_id, provider_id, status, sections, changed_at)
       select case_id, provider, 'given', '{condition}', at
       from unnest($1::text[], $2::text[], $3::timestamptz[]) as t(case_id, provider, at)`,
      [r.caseId, r.provider, r.at],
    )
    await pool.query(
      `insert into referral_event (id, referral_id, case_id, type, actor_role, from_status, to_status, at)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])`,
      [e.id, e.referral, e.caseId, e.type, e.role, e.from, e.to, e.at],
    )
    await pool.query(
      `insert into case_message (id, case_id, author_side, body, created_at)
       select id, case_id, 'coordinator', body, at from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) as t(id, case_id, body, at)`,
      [m.id, m.caseId, m.body, m.at],
    )
  }
  // A settled database, as a running one is: statistics and the visibility map (index-only scans).
  await pool.query('vacuum analyze')
  const counted = (
    await pool.query<{ cases: number; referrals: number; events: number }>(
      `select (select count(*)::int from patient_case where id like 'b0000000-%') as cases,
              (select count(*)::int from referral where id like 'b1000000-%') as referrals,
              (select count(*)::int from referral_event where id like 'b1000000-%') as events`,
    )
  ).rows[0]!
  console.log(
    `Seeded ${counted.cases} open cases, ${counted.referrals} referrals, ${counted.events} timeline events in ${((performance.now() - began) / 1000).toFixed(1)} s`,
  )
  const countries = [...new Set(offers.map((o) => o.country_code))]
  return { names, references, countries, coordinatorId, clinicId }
}

/** Distinct queue requests: filters alone and combined, names (as typed, in any case, without accents), references, later pages. */
function longTail(seeded: Seeded, size: number): string[] {
  const out = new Set<string>()
  const stripped = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '')
  for (let guard = 0; out.size < size && guard < size * 20; guard++) {
    const p = new URLSearchParams()
    const kind = rand()
    if (kind < 0.4) {
      const name = pick(seeded.names).split(' ')
      const words = rand() < 0.5 ? [pick(name)] : name
      const typed = words.join(' ')
      p.set('q', rand() < 0.3 ? typed.toUpperCase() : rand() < 0.5 ? stripped(typed) : typed.toLowerCase())
    } else if (kind < 0.5) {
      const ref = pick(seeded.references)
      p.set('q', rand() < 0.5 ? ref : ref.toLowerCase().replace('-', ' '))
    }
    if (rand() < 0.4) p.set('stage', pick(queueStages))
    if (rand() < 0.25) p.set('country', pick(seeded.countries))
    if (rand() < 0.1) p.set('condition', 'als')
    if (rand() < 0.3) p.set('assigned', pick(['me', 'unassigned']))
    if (rand() < 0.25) p.set('waiting', pick(['clinic', 'family']))
    if (rand() < 0.25) p.set('overdue', '1')
    if (rand() < 0.2) p.set('sort', 'newest')
    if (rand() < 0.3) p.set('page', String(2 + Math.floor(rand() * 4)))
    out.add(p.toString())
  }
  return [...out]
}

// What each page must show for its views to count: its heading and a case
// the bench seeded (an empty queue or inbox would be cheaper than the real one).
const queueShows = [/<h1[^>]*>Case queue<\/h1>/, /href="\/coordinator\/cases\/b0000000-/]
const inboxShows = [/<h1[^>]*>Referrals<\/h1>/, /href="\/clinic\/referrals\/b0000000-/]
async function main() {
  const startLoad = machineFacts().loadAverage
  ensureBuild()
  const database = await databaseVersion(databaseUrl).catch((error: Error) => {
    throw new Error(
      `The PostgreSQL server at ${databaseUrl.replace(/:[^:@/]+@/, ':…@')} cannot be reached (${error.message}). Set BENCH_DATABASE_URL.`,
    )
  })
  console.log(
    `Queue: ${caseCount} cases, ${connections} clients, ${seconds} s per measure, ${database}, app in ${benchWebConcurrency()} processes`,
  )
  console.log(`Load average at start: ${loadAverageText()}`)
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-queue-'))
  const env = { ...process.env, ...secrets, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'error' }
  const rt = await startRuntime(
    readConfig({ ...env, SEED_DEMO: 'never', DB_POOL_MAX: String(connections + 2) }),
  )
  let app: Awaited<ReturnType<typeof startAppProcess>> | null = null
  try {
    const seeded = await seed(rt)
    const queries = longTail(seeded, longTailSize)
    app = await startAppProcess({
      ...secrets,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      WEB_CONCURRENCY: benchWebConcurrency(),
    })
    const coordinatorSession = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
    const clinicSession = await new HttpSession(app.url).signIn(demoIds.email.clinic)
    const coordinator = signedInGet(app.url, coordinatorSession)
    const clinic = signedInGet(app.url, clinicSession)
    await coordinator.expectPage('/coordinator/cases', queueShows)
    await clinic.expectPage('/clinic/referrals', inboxShows)

    // Warm both sides (JIT, plans, pools): the queue on requests its measure
    // will not repeat; the inbox on its ten views, which its measure asks in turn.
    await drive(
      (i) => coordinator.get(`/coordinator/cases?${queries[queries.length - 1 - (i % 200)]}`),
      connections,
      2,
    )
    await drive(
      (i) => clinic.get(`/clinic/referrals?${inboxRequests[i % inboxRequests.length]}`),
      connections,
      1,
    )

    // Each page and its SQL alone (the same statements straight against the
    // database from this process, the session read included,
    // bench/lib/queue-sql.ts) are measured in turns, five seconds at a time,
    // so a slower moment of the shared machine falls on both sides of a ratio.
    const sql = sqlAlone(rt, secrets.BETTER_AUTH_SECRET)
    const measured = await driveInTurns(
      {
        queuePage: (i) => coordinator.get(`/coordinator/cases?${queries[i % queries.length]}`),
        queueSql: (i) => sql.queue(coordinatorSession.cookie(), queries[i % queries.length]!),
        inboxPage: (i) => clinic.get(`/clinic/referrals?${inboxRequests[i % inboxRequests.length]}`),
        inboxSql: (i) => sql.inbox(clinicSession.cookie(), inboxRequests[i % inboxRequests.length]!),
      },
      connections,
      seconds,
      Math.max(1, Math.round(seconds / 5)),
    )
    const { queuePage: queuePageRun, queueSql: queueSqlRun } = measured
    const { inboxPage: inboxPageRun, inboxSql: inboxSqlRun } = measured
    const askedOnce = queuePageRun.requests + queuePageRun.errors <= queries.length
    // The app's floor for a signed-in staff page: the coordinator's home, no query of its own.
    const floorRun = await drive(() => coordinator.get('/coordinator'), connections, Math.min(seconds, 10))
    const inboxSize = (
      await (rt.database as Extract<Runtime['database'], { engine: 'postgres' }>).pool.query<{ n: number }>(
        `select count(*)::int as n from case_share where provider_id = $1 and status = 'given'`,
        [demoIds.provider.lotusNeuro],
      )
    ).rows[0]!.n

    const rows: { what: string; run: LoadResult }[] = [
      { what: 'queue page (long tail)', run: queuePageRun },
      { what: 'queue SQL alone', run: queueSqlRun },
      { what: 'clinic inbox page', run: inboxPageRun },
      { what: 'clinic inbox SQL alone', run: inboxSqlRun },
      { what: 'staff home page (floor)', run: floorRun },
    ]
    for (const r of rows) console.log(`${r.what.padEnd(26)} ${fmt(r.run)}`)
    console.log(
      `queue requests: ${queries.length} distinct, ${askedOnce ? 'each asked at most once' : 'the list went round'}; clinic inbox: ${inboxSize} referrals, ${inboxRequests.length} views in turn`,
    )
    const targets = [
      target('queue page p95 (ms)', queuePageRun.p95, '≤ 100', queuePageRun.p95 <= 100),
      target(
        'queue page p95 / SQL p95',
        queuePageRun.p95 / queueSqlRun.p95,
        '≤ 2',
        queuePageRun.p95 <= 2 * queueSqlRun.p95,
      ),
      target('clinic inbox page p95 (ms)', inboxPageRun.p95, '≤ 100', inboxPageRun.p95 <= 100),
      target(
        'clinic inbox page p95 / SQL p95',
        inboxPageRun.p95 / inboxSqlRun.p95,
        '≤ 2',
        inboxPageRun.p95 <= 2 * inboxSqlRun.p95,
      ),
      target(
        'errors',
        rows.reduce((n, r) => n + r.run.errors, 0),
        '0',
        rows.every((r) => r.run.errors === 0),
      ),
    ]
    printTargets(targets)
    const file = writeResult({
      name: 'queue',
      database,
      startLoad,
      settings: {
        connections,
        seconds,
        cases: caseCount,
        referralsPerCase,
        eventsPerReferral,
        longTail: queries.length,
        requestTimeoutMs,
        appProcesses: Number(benchWebConcurrency()),
      },
      rows: rows.map((r) => ({ what: r.what, ...r.run })),
      figures: { inboxSize, askedOnce },
      ceiling: { what: 'queue SQL alone', value: Math.round(queueSqlRun.rps), unit: 'req/s' },
      ratio: {
        what: 'queue page req/s over its SQL alone',
        value: Math.round((queuePageRun.rps / queueSqlRun.rps) * 100) / 100,
      },
      targets,
    })
    console.log(`Wrote ${file}`)
  } finally {
    await app?.stop()
    await rt.stop()
  }
}

await main()
