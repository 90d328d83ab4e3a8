import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startApp } from './support/server.ts'

// Issue 5 (many instances): two app processes on one PostgreSQL server.
// Needs the server (TEST_DATABASE_URL), which CI always provides.
const url = process.env.TEST_DATABASE_URL
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
