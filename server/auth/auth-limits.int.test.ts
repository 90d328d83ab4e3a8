import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  browserRequest,
  engineUnderTest,
  eventually,
  startTestRuntime,
  uniqueEmail,
} from '#tests/setup/test-runtime.ts'
import { outboxEmail } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { requestPasswordReset, resetPassword } from '../use-cases/accounts/password-reset.ts'
import { signUp } from '../use-cases/accounts/sign-up.ts'
import { totp } from '#tests/e2e/support/totp.ts'

// Issue 14: better-auth's own endpoints, called as its HTTP handler is (the
// API), keep the same limits as the forms in every mode (this runtime is not
// production), and a used reset link voids the older ones.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

function api(path: string, body: unknown, ip = '192.0.2.1', cookie?: string): Promise<Response> {
  const headers = new Headers({
    'content-type': 'application/json',
    origin: new URL(rt.config.publicUrl).origin,
    'user-agent': 'integration-test',
    'x-waypoint-client-ip': ip,
  })
  if (cookie) headers.set('cookie', cookie)
  return rt.auth.handler(
    new Request(new URL('/api/auth' + path, rt.config.publicUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    }),
  )
}

const cookiesOf = (r: Response) =>
  r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')

async function verifiedAccount(label: string, password = 'the right password'): Promise<string> {
  const email = uniqueEmail(label)
  await signUp(rt, { name: 'Test', email, password, locale: 'en' }, browserRequest(rt))
  await rt.database.db.update(user).set({ emailVerified: true }).where(eq(user.email, email))
  return email
}

describe(`better-auth's API keeps the forms' limits, on ${engineUnderTest}`, () => {
  test('five wrong passwords through the API, then the right one is refused with a wait time', async () => {
    const email = await verifiedAccount('api-throttle')
    const ip = `192.0.2.${Math.floor(Math.random() * 200) + 10}`
    for (let i = 0; i < 5; i++)
      expect((await api('/sign-in/email', { email, password: `wrong ${i}` }, ip)).status).toBe(401)
    const right = await api('/sign-in/email', { email, password: 'the right password' }, ip)
    expect(right.status).toBe(429)
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(right.headers.getSetCookie().some((c) => c.includes('session_token'))).toBe(false)
  })

  test('the lock is per email: another address is refused too', async () => {
    const email = await verifiedAccount('api-throttle-email')
    for (let i = 0; i < 5; i++)
      await api('/sign-in/email', { email, password: `wrong ${i}` }, `198.18.0.${i}`)
    expect(
      (await api('/sign-in/email', { email, password: 'the right password' }, '198.18.1.1')).status,
    ).toBe(429)
  })

  test.each(['/request-password-reset', '/sign-in/magic-link'])(
    '%s: three links per email address in 15 minutes, asked for through the API',
    async (path) => {
      const email = uniqueEmail('links')
      const body =
        path === '/sign-in/magic-link'
          ? { email, callbackURL: '/account' }
          : { email, redirectTo: '/reset-password' }
      for (let i = 0; i < 3; i++) expect((await api(path, body, `198.19.0.${i}`)).status).toBe(200)
      const refused = await api(path, body, '198.19.1.1')
      expect(refused.status).toBe(429)
      expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', scope: 'account' })
    },
  )

  test('TOTP codes through the API: five wrong ones pause that device, and the account stays open', async () => {
    const password = 'the right password'
    const email = await verifiedAccount('totp-api', password)
    const session = cookiesOf(await api('/sign-in/email', { email, password }, '203.0.113.1'))
    const enabled = (await (
      await api('/two-factor/enable', { password }, '203.0.113.1', session)
    ).json()) as {
      totpURI: string
    }
    const secret = new URL(enabled.totpURI).searchParams.get('secret')!
    expect(
      (await api('/two-factor/verify-totp', { code: totp(secret) }, '203.0.113.1', session)).status,
    ).toBe(200)

    // Someone else with the password, on another device and address.
    const challenge = cookiesOf(await api('/sign-in/email', { email, password }, '203.0.113.66'))
    const wrong = totp(secret) === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++)
      expect((await api('/two-factor/verify-totp', { code: wrong }, '203.0.113.66', challenge)).status).toBe(
        401,
      )
    const paused = await api('/two-factor/verify-totp', { code: totp(secret) }, '203.0.113.66', challenge)
    expect(paused.status).toBe(429)
    expect(await paused.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', scope: 'device' })

    // The member signs in from their own address with the right code.
    const own = cookiesOf(await api('/sign-in/email', { email, password }, '203.0.113.1'))
    expect((await api('/two-factor/verify-totp', { code: totp(secret) }, '203.0.113.1', own)).status).toBe(
      200,
    )
  })

  test('wrong reset tokens through the API: ten per address, then refused', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await api(
            '/reset-password',
            { token: `nope-${i}`, newPassword: 'a long new password' },
            '198.20.0.1',
          )
        ).status,
      )
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  test('a name longer than the form allows, or a locale that is not ours, is not stored', async () => {
    const tooLong = await api('/sign-up/email', {
      name: 'x'.repeat(100_000),
      email: uniqueEmail('long-name'),
      password: 'a long enough password',
    })
    expect(tooLong.status).toBe(400)
    const badLocale = await api('/sign-up/email', {
      name: 'Fine',
      email: uniqueEmail('bad-locale'),
      password: 'a long enough password',
      locale: 'xx-<script>',
    })
    expect(badLocale.status).toBe(400)
    const rows = await rt.database.db.select({ name: user.name }).from(user)
    expect(rows.some((r) => r.name.length > 200)).toBe(false)
  })

  test('a used reset link voids the older ones', async () => {
    const email = await verifiedAccount('reset-twice')
    const tokens = async (count: number) =>
      eventually(async () => {
        const rows = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email))
        const found = rows
          .filter((r) => r.template === 'reset-password')
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
          .map((r) => /reset-password\/([A-Za-z0-9_-]+)/.exec(r.text)![1]!)
        return found.length >= count ? found : null
      })
    await requestPasswordReset(rt, email, browserRequest(rt))
    await tokens(1)
    await requestPasswordReset(rt, email, browserRequest(rt))
    const [older, newer] = await tokens(2)
    expect(
      await resetPassword(rt, { token: newer!, password: 'the newest password' }, browserRequest(rt)),
    ).toEqual({
      ok: true,
      value: null,
    })
    const again = await resetPassword(
      rt,
      { token: older!, password: 'an older password!' },
      browserRequest(rt),
    )
    expect(again.ok).toBe(false)
  })

  test('a password reset is told to the owner, with a way to take the account back', async () => {
    const email = await verifiedAccount('reset-told')
    await requestPasswordReset(rt, email, browserRequest(rt))
    const token = await eventually(async () => {
      const rows = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email))
      const reset = rows.find((r) => r.template === 'reset-password')
      return reset ? /reset-password\/([A-Za-z0-9_-]+)/.exec(reset.text)![1]! : null
    })
    const before = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email))
    expect(before.some((r) => r.template === 'password-changed')).toBe(false)
    await resetPassword(rt, { token, password: 'a brand new password' }, browserRequest(rt))
    const told = await eventually(async () => {
      const rows = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email))
      return rows.find((r) => r.template === 'password-changed') ?? null
    })
    expect(told.subject).toBe('Your Waypoint password was changed')
    expect(told.text).toContain('/forgot-password')
  })
})
