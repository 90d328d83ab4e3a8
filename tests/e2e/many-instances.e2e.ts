import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { get } from 'node:http'
import { startApp } from './support/server.ts'
import { ownServerDatabase } from './support/own-server-database.ts'

// Issue 5 (many instances): two app processes on one PostgreSQL server.
// Needs the server (TEST_DATABASE_URL), which CI always provides.
const url = await ownServerDatabase()
const secrets = { BETTER_AUTH_SECRET: 'many-instances-secret-many-instances-1', MASTER_KEY: 'c'.repeat(64) }

describe.runIf(Boolean(url))('two instances, one database', () => {
  let a: Awaited<ReturnType<typeof startApp>>
  let b: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    a = await startApp({ env: { DATABASE_URL: url!, ...secrets } })
    b = await startApp({ env: { DATABASE_URL: url!, ...secrets } })
  })
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
  })

  const signUp = (base: string, email: string, name: string) =>
    fetch(base + '/sign-up', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ name, email, password: 'a long enough password' }),
    })

  async function mails(base: string, email: string, settleMs = 1500): Promise<string[]> {
    await new Promise((r) => setTimeout(r, settleMs))
    const html = await (await fetch(base + '/dev/mailbox')).text()
    return [...html.matchAll(/<tr>.*?<\/tr>/g)].map((m) => m[0]).filter((row) => row.includes(email))
  }

  test('a session made on one instance works on the other, and each email job runs once', async () => {
    const email = `two-instances-${Date.now()}@example.test`
    expect((await signUp(a.url, email, 'Two Instances')).status).toBe(303)
    const rows = await mails(b.url, email)
    expect(rows).toHaveLength(1)
    const id = /\/dev\/mailbox\/([0-9a-f-]{36})/.exec(rows[0]!)![1]
    const text = await (await fetch(`${b.url}/dev/mailbox/${id}`)).text()
    const raw = /href="(http[^"]+verify-email[^"]+)"/.exec(text)![1]!.replace(/&amp;/g, '&')
    // The link names instance A; follow it on instance B.
    const link = b.url + raw.slice(new URL(raw).origin.length)
    const verified = await fetch(link, { redirect: 'manual' })
    const cookie = verified.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    expect(cookie).toContain('session_token')
    const onA = await fetch(a.url + '/account', { headers: { cookie }, redirect: 'manual' })
    expect(onA.status).toBe(200)
    expect(await onA.text()).toContain(email)
  })

  test('two sign-ups with the same email at the same time: exactly one account', async () => {
    const email = `race-${Date.now()}@example.test`
    const [r1, r2] = await Promise.all([signUp(a.url, email, 'Racer One'), signUp(b.url, email, 'Racer Two')])
    expect([r1.status, r2.status]).toEqual([303, 303])
    const rows = await mails(a.url, email, 2500)
    // One confirmation for the account that was created, one notice to its owner for the other attempt.
    expect(rows.filter((r) => r.includes('Confirm your email address'))).toHaveLength(1)
    expect(rows.filter((r) => r.includes('Someone tried to create'))).toHaveLength(1)
  })
})

// WEB_CONCURRENCY (server/workers.ts, ADR 0080): one app in several processes on one port.
describe.runIf(Boolean(url))('one app in two processes', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp({ env: { DATABASE_URL: url!, WEB_CONCURRENCY: '2', ...secrets } })
    // Ready once both have started (they start one after the other).
    await until(() => /"workers":2,"msg":"Waypoint is ready/.test(app.output()))
  })
  afterAll(async () => {
    await app?.stop()
  })

  const workers = () =>
    readFileSync(`/proc/${app.process.pid}/task/${app.process.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
  async function until(ok: () => boolean, ms = 30_000) {
    for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 100)))
      if (Date.now() > end) throw new Error(`not within ${ms} ms:\n${app.output()}`)
  }

  // A new connection for each request: a kept-alive one belongs to one process and dies with it.
  const status = (path: string) =>
    new Promise<number>((resolve, reject) =>
      get(app.url + path, { agent: false }, (res) => {
        res.resume()
        resolve(res.statusCode!)
      }).on('error', reject),
    )

  test('a process that dies is replaced while the other goes on serving', async () => {
    const before = workers()
    expect(before).toHaveLength(2)
    process.kill(before[0]!, 'SIGKILL')
    // Once the supervisor has seen it go, the other process answers while a new one starts.
    await until(() => !workers().includes(before[0]!))
    for (let i = 0; i < 10; i++) expect(await status('/')).toBe(200)
    await until(() => workers().length === 2)
    expect(workers()).toContain(before[1]!)
    expect(app.output()).toContain('A server process stopped: starting another.')
    for (let i = 0; i < 4; i++) expect(await status('/readyz')).toBe(200)
  })

  test('SIGTERM stops every process cleanly, and only once they have all finished', async () => {
    const running = workers()
    const exited = new Promise<number | null>((r) => app.process.once('exit', (code) => r(code)))
    app.kill('SIGTERM')
    expect(await exited).toBe(0)
    for (const pid of running) expect(existsSync(`/proc/${pid}`)).toBe(false)
    expect(app.output().match(/Waypoint stopped cleanly/g)).toHaveLength(1)
  })
})
