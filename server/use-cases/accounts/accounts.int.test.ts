import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  browserRequest,
  engineUnderTest,
  eventually,
  startTestRuntime,
  uniqueEmail,
} from '#tests/setup/test-runtime.ts'
import { outboxEmail, signInFailure } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { signIn } from './sign-in.ts'
import { signUp } from './sign-up.ts'
import { signOut } from './sign-out.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(';')[0]).join('; ')

async function confirmationEmail(email: string) {
  return eventually(async () => {
    const [row] = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email))
    return row
  })
}

describe(`accounts on ${engineUnderTest}`, () => {
  test('signing up sends a confirmation email through the job queue, in the chosen language, with text and HTML', async () => {
    const email = uniqueEmail('signup')
    const result = await signUp(
      rt,
      { name: 'Nadia', email, password: 'a long enough password', locale: 'fr' },
      browserRequest(rt),
    )
    expect(result.ok).toBe(true)
    const mail = await confirmationEmail(email)
    expect(mail.template).toBe('verify-email')
    expect(mail.locale).toBe('fr')
    expect(mail.text).toMatch(/\/api\/auth\/verify-email\?token=/)
    expect(mail.html).toContain('<a href=')
    const [row] = await rt.database.db.select().from(user).where(eq(user.email, email))
    expect(row?.role).toBe('patient')
    expect(row?.emailVerified).toBe(false)
  })

  test('an unconfirmed account cannot sign in; after following the link it can, and signing out ends the session', async () => {
    const email = uniqueEmail('verify')
    const password = 'correct horse battery'
    await signUp(rt, { name: 'Omar', email, password, locale: 'en' }, browserRequest(rt))
    const before = await signIn(rt, { email, password }, browserRequest(rt))
    expect(before).toEqual({ ok: false, error: { code: 'sign-in.unverified' } })

    const mail = await confirmationEmail(email)
    const link = mail.text.match(/https?:\/\/\S+/)![0]
    const verified = await rt.auth.handler(new Request(link, { redirect: 'manual' }))
    expect([200, 302]).toContain(verified.status)

    const after = await signIn(rt, { email, password }, browserRequest(rt))
    expect(after.ok).toBe(true)
    if (!after.ok) return
    const cookie = cookieHeader(after.value.setCookies)
    const viewer = await rt.readSession(new Headers({ cookie }))
    expect(viewer?.email).toBe(email)
    expect(viewer?.emailVerified).toBe(true)

    await signOut(rt, browserRequest(rt, '/', { cookie }))
    expect(await rt.readSession(new Headers({ cookie }))).toBeNull()
  })

  test('a wrong password is refused, and the sixth failure within 15 minutes is throttled even with the right password', async () => {
    const email = uniqueEmail('throttle')
    const password = 'the right password'
    await signUp(rt, { name: 'Li', email, password, locale: 'en' }, browserRequest(rt))
    const ip = `10.0.0.${Math.floor(Math.random() * 200)}`
    for (let i = 0; i < 5; i++) {
      const attempt = await signIn(
        rt,
        { email, password: 'wrong password ' + i },
        browserRequest(rt, '/', { ip }),
      )
      expect(attempt).toEqual({ ok: false, error: { code: 'sign-in.failed' } })
    }
    const blocked = await signIn(rt, { email, password }, browserRequest(rt, '/', { ip }))
    expect(blocked.ok).toBe(false)
    if (!blocked.ok) {
      expect(blocked.error.code).toBe('sign-in.throttled')
    }
    const rows = await rt.database.db
      .select()
      .from(signInFailure)
      .where(and(eq(signInFailure.key, 'ip:' + ip)))
    expect(rows).toHaveLength(5)
  })

  test('signing up again with a registered email reveals nothing, keeps the account, and tells its owner', async () => {
    const email = uniqueEmail('twice')
    const first = await signUp(
      rt,
      { name: 'A', email, password: 'password number one', locale: 'en' },
      browserRequest(rt),
    )
    const second = await signUp(
      rt,
      { name: 'B', email, password: 'password number two', locale: 'en' },
      browserRequest(rt),
    )
    expect(first).toEqual(second)
    const warning = await eventually(async () => {
      const rows = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email))
      return rows.find((r) => r.template === 'account-exists')
    })
    expect(warning.text).toContain('/sign-in')
    const accounts = await rt.database.db.select().from(user).where(eq(user.email, email))
    expect(accounts.map((a) => a.name)).toEqual(['A'])
  })
})
