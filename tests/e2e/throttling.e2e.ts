import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { HttpSession, demoPassword } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { totp } from './support/totp.ts'

// Issue 14, items 1, 5 and 6: every path that checks a password or a code is
// throttled in every mode (these servers run in development mode), through
// the forms and through better-auth's own API, and behind a proxy the count is
// kept per real client only when the proxy is trusted (TRUST_PROXY).
const form = (values: Record<string, string>) => new URLSearchParams(values).toString()

function poster(base: string) {
  return (path: string, values: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...headers },
      body: form(values),
    })
}

const hasSession = (r: Response) => r.headers.getSetCookie().some((c) => /session_token=[^;]/.test(c))

describe('development mode, no proxy', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let post: ReturnType<typeof poster>
  beforeAll(async () => {
    app = await startApp()
    post = poster(app.url)
  })
  afterAll(async () => {
    await app?.stop()
  })

  test("better-auth's own sign-in endpoint gives no way around the form's throttle", async () => {
    const email = 'admin@demo.waypoint.example'
    const api = (password: string) =>
      fetch(app.url + '/api/auth/sign-in/email', {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/json', origin: app.url },
        body: JSON.stringify({ email, password }),
      })
    for (let i = 0; i < 60; i++) expect((await api(`wrong-${i}`)).status).not.toBe(200)
    const right = await api(demoPassword)
    expect(right.status).not.toBe(200)
    expect(hasSession(right)).toBe(false)
  })

  test('every endpoint the forms cover is closed in the API; the links in emails and passkeys stay open', async () => {
    for (const path of [
      '/sign-in/email',
      '/sign-up/email',
      '/request-password-reset',
      '/reset-password',
      '/sign-in/magic-link',
      '/two-factor/verify-totp',
      '/two-factor/verify-backup-code',
      '/two-factor/enable',
      '/update-user',
      '/change-password',
    ]) {
      const r = await fetch(app.url + '/api/auth' + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.url },
        body: '{}',
      })
      expect(r.status, path).toBe(404)
    }
    expect((await fetch(app.url + '/api/auth/ok')).status).toBe(200)
    const link = await fetch(app.url + '/api/auth/magic-link/verify?token=nope&callbackURL=/account', {
      redirect: 'manual',
    })
    expect(link.status).toBe(302)
    const options = await fetch(app.url + '/api/auth/passkey/generate-authenticate-options', {
      headers: { origin: app.url },
    })
    expect(options.status).toBeLessThan(500)
    expect(options.status).not.toBe(404)
  })

  test('asking for sign-in links is limited per email address', async () => {
    const email = 'caregiver@demo.waypoint.example'
    for (let i = 0; i < 3; i++) expect((await post('/sign-in/email-link', { email })).status).toBe(200)
    const refused = await post('/sign-in/email-link', { email })
    expect(refused.status).toBe(429)
    expect(await refused.text()).toMatch(/Too many requests for links/)
  })
})

describe('behind a trusted proxy (TRUST_PROXY=loopback)', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let post: ReturnType<typeof poster>
  beforeAll(async () => {
    app = await startApp({ env: { TRUST_PROXY: 'loopback' } })
    post = poster(app.url)
  })
  afterAll(async () => {
    await app?.stop()
  })

  test('30 wrong passwords from one client lock that client only', async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.7' }
    for (let i = 0; i < 30; i++) {
      const r = await post(
        '/sign-in',
        { email: `nobody-${i}@example.test`, password: 'wrong password' },
        attacker,
      )
      expect(r.status).toBe(401)
    }
    const locked = await post(
      '/sign-in',
      { email: 'patient@demo.waypoint.example', password: demoPassword },
      attacker,
    )
    expect(locked.status).toBe(429)
    const someoneElse = await post(
      '/sign-in',
      { email: 'patient@demo.waypoint.example', password: demoPassword },
      { 'x-forwarded-for': '198.51.100.20' },
    )
    expect(someoneElse.status).toBe(302)
    expect(hasSession(someoneElse)).toBe(true)
  })

  test('a spoofed address in front of the proxy does not choose the key', async () => {
    // The proxy appends the address it saw; only the nearest untrusted hop counts.
    const headers = (spoof: string) => ({ 'x-forwarded-for': `${spoof}, 203.0.113.99` })
    for (let i = 0; i < 30; i++)
      await post(
        '/sign-in',
        { email: `spoof-${i}@example.test`, password: 'wrong password' },
        headers(`10.9.9.${i}`),
      )
    const locked = await post(
      '/sign-in',
      { email: 'patient@demo.waypoint.example', password: demoPassword },
      headers('10.9.9.200'),
    )
    expect(locked.status).toBe(429)
  })

  test('wrong TOTP codes pause that device and address, say until when, and never lock the account', async () => {
    const email = 'coordinator@demo.waypoint.example'
    const from = (address: string) =>
      new HttpSession(app.url, (url, init) =>
        fetch(url, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), 'x-forwarded-for': address },
        }),
      )
    // The member enrols TOTP (staff must) from their own address.
    const member = from('198.51.100.30')
    expect((await member.send('/sign-in', { form: { email, password: demoPassword } })).status).toBe(302)
    const setup = await (
      await member.send('/account/two-factor', { form: { password: demoPassword, next: '/account' } })
    ).text()
    const secret = /data-testid="totp-secret"[^>]*>([A-Z2-7=]+)</.exec(setup)![1]!
    const confirm = await member.send('/account/two-factor', {
      form: { intent: 'confirm', code: totp(secret), next: '/account' },
    })
    expect(confirm.status).toBe(302)

    // Someone else who has the password tries codes from another address, over several sign-ins.
    const statuses: number[] = []
    let lastPage = ''
    for (let challenge = 0; challenge < 3; challenge++) {
      const thief = from('203.0.113.50')
      expect((await thief.send('/sign-in', { form: { email, password: demoPassword } })).status).toBe(302)
      for (let i = 0; i < 5; i++) {
        const r = await thief.send('/sign-in/two-factor', {
          form: { code: String(100000 + challenge * 5 + i) },
        })
        statuses.push(r.status)
        lastPage = await r.text()
      }
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.slice(5)).toContain(429)
    expect(lastPage).toMatch(/Too many wrong codes/)
    expect(lastPage).toMatch(/until \d{2}:\d{2} UTC/)
    expect(lastPage).not.toMatch(/That code is not right/)

    // The member, on their own device and address, is not locked out.
    const again = from('198.51.100.30')
    expect((await again.send('/sign-in', { form: { email, password: demoPassword } })).status).toBe(302)
    const signedIn = await again.send('/sign-in/two-factor', {
      form: { code: totp(secret), next: '/coordinator' },
    })
    expect(signedIn.status).toBe(302)
    expect(signedIn.headers.get('location')).toBe('/coordinator')
  })

  test('asking for reset links is limited per address, through the form, and says so', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push(
        (
          await post(
            '/forgot-password',
            { email: `someone-${i}@example.test` },
            { 'x-forwarded-for': '203.0.113.61' },
          )
        ).status,
      )
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true)
    const refused = await post(
      '/forgot-password',
      { email: 'one-more@example.test' },
      { 'x-forwarded-for': '203.0.113.61' },
    )
    expect(refused.status).toBe(429)
    expect(await refused.text()).toMatch(/Too many requests for links/)
  })

  test('wrong reset tokens are limited per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await post(
            '/reset-password',
            { token: `not-a-token-${i}`, password: 'a long new password' },
            { 'x-forwarded-for': '203.0.113.62' },
          )
        ).status,
      )
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})
