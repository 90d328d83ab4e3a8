import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { browserRequest, engineUnderTest, startTestRuntime, uniqueEmail } from '#tests/setup/test-runtime.ts'
import { session, user } from '../db/schema/auth.ts'
import { signIn } from '../use-cases/accounts/sign-in.ts'
import { signOut } from '../use-cases/accounts/sign-out.ts'
import { signUp } from '../use-cases/accounts/sign-up.ts'
import { sessionReader } from './session.ts'

// Our session read (ADR 0023) must answer exactly as better-auth's own
// getSession does, for every cookie a browser or an attacker could send.
const secret = 'session-reader-test-secret-session-reader-test-secret'
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime({ BETTER_AUTH_SECRET: secret })
})
afterAll(async () => {
  await rt?.cleanup()
})

async function signedInCookie(name: string) {
  const email = uniqueEmail('session')
  const password = 'a long enough password'
  await signUp(rt, { name, email, password, locale: 'fr' }, browserRequest(rt))
  await rt.database.db.update(user).set({ emailVerified: true }).where(eq(user.email, email))
  const result = await signIn(rt, { email, password }, browserRequest(rt))
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.code}`)
  const pair = result.value.setCookies.map((c) => c.split(';')[0]!).find((c) => c.includes('session_token='))!
  return { email, pair, value: pair.slice(pair.indexOf('=') + 1) }
}

/** What better-auth says of a cookie header, in the reader's terms. */
async function betterAuthSays(cookie: string) {
  const found = await rt.auth.api.getSession({ headers: new Headers({ cookie }) }).catch(() => null)
  return found ? found.user.email : null
}

const ours = async (cookie: string) => (await rt.readSession(new Headers({ cookie })))?.email ?? null

describe(`reading the session on ${engineUnderTest}`, () => {
  test('a signed-in person is read with their account details, as better-auth reads them', async () => {
    const { email, pair } = await signedInCookie('Amal')
    const viewer = await rt.readSession(new Headers({ cookie: `other=1; ${pair}; waypoint_lang=fr` }))
    expect(viewer).toMatchObject({ email, name: 'Amal', role: 'patient', locale: 'fr', emailVerified: true })
    expect(viewer?.twoFactorEnabled).toBe(false)
    expect(await betterAuthSays(pair)).toBe(email)
  })

  test('a forged, truncated, foreign or unknown cookie reads as nobody, for both', async () => {
    const { pair, value } = await signedInCookie('Bilal')
    const decoded = decodeURIComponent(value)
    const token = decoded.slice(0, decoded.lastIndexOf('.'))
    const signature = decoded.slice(decoded.lastIndexOf('.') + 1)
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)
    const name = pair.slice(0, pair.indexOf('='))
    const forged = [
      `${name}=${encodeURIComponent(`${token}.${flipped}`)}`,
      `${name}=${token}`,
      `${name}=${encodeURIComponent(`${token}x.${signature}`)}`,
      `${name}=${encodeURIComponent(`.${signature}`)}`,
      `${name}=%E0%A4%A`,
      `${name}=`,
      `x${name}=${value}`,
      `${name.replace('session_token', 'session_data')}=${value}`,
    ]
    for (const cookie of forged) {
      expect(await ours(cookie), cookie).toBeNull()
      expect(await betterAuthSays(cookie), cookie).toBeNull()
    }
    // The same token signed with another secret is refused too.
    const other = sessionReader({ db: rt.database.db, secret: secret + '-other', production: false })
    expect(await other(new Headers({ cookie: pair }))).toBeNull()
  })

  test('an expired or ended session reads as nobody, for both', async () => {
    const expired = await signedInCookie('Chen')
    const token = decodeURIComponent(expired.value).split('.')[0]!
    await rt.database.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.token, token))
    expect(await ours(expired.pair)).toBeNull()
    expect(await betterAuthSays(expired.pair)).toBeNull()

    const ended = await signedInCookie('Dara')
    expect(await ours(ended.pair)).toBe(ended.email)
    await signOut(rt, browserRequest(rt, '/', { cookie: ended.pair }))
    expect(await ours(ended.pair)).toBeNull()
    expect(await betterAuthSays(ended.pair)).toBeNull()
  })

  test('in production only the __Secure- cookie counts', async () => {
    const { email, value } = await signedInCookie('Eli')
    const production = sessionReader({ db: rt.database.db, secret, production: true })
    expect(
      (await production(new Headers({ cookie: `waypoint.session_token=${value}` })))?.email,
    ).toBeUndefined()
    expect(
      (await production(new Headers({ cookie: `__Secure-waypoint.session_token=${value}` })))?.email,
    ).toBe(email)
  })
})
