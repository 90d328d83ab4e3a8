import { createHash } from 'node:crypto'
import { and, eq, gt, inArray } from 'drizzle-orm'
import { decideSignInThrottle, signInPolicy, type ThrottlePolicy } from '#domain/accounts/sign-in-throttle.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { callAuth } from '../../auth/auth-api.ts'
import { signInFailure } from '../../db/schema/app.ts'
import type { Runtime } from '../../runtime.ts'

export type SignInError =
  | { code: 'sign-in.failed' }
  | { code: 'sign-in.unverified' }
  | { code: 'sign-in.throttled'; retryAfterMs: number }

export type SignInSuccess = { setCookies: string[]; twoFactorRequired: boolean }

// An address may fail more often than one account (a family may share a network).
const addressPolicy: ThrottlePolicy = { maxFailures: 30, windowMs: signInPolicy.windowMs }

const emailKey = (email: string) =>
  'email:' + createHash('sha256').update(email.trim().toLowerCase()).digest('hex')
export const clientAddress = (request: Request) => request.headers.get('x-waypoint-client-ip') ?? 'unknown'

export async function signIn(
  rt: Runtime,
  input: { email: string; password: string },
  from: Request,
): Promise<Result<SignInSuccess, SignInError>> {
  const db = rt.database.db
  const now = new Date()
  const keys = { email: emailKey(input.email), address: 'ip:' + clientAddress(from) }
  const since = new Date(now.getTime() - signInPolicy.windowMs)
  const rows = await db
    .select({ key: signInFailure.key, at: signInFailure.at })
    .from(signInFailure)
    .where(and(inArray(signInFailure.key, [keys.email, keys.address]), gt(signInFailure.at, since)))
  const byEmail = decideSignInThrottle(
    rows.filter((r) => r.key === keys.email).map((r) => r.at),
    now,
  )
  const byAddress = decideSignInThrottle(
    rows.filter((r) => r.key === keys.address).map((r) => r.at),
    now,
    addressPolicy,
  )
  for (const decision of [byEmail, byAddress]) {
    if (!decision.allowed) return err({ code: 'sign-in.throttled', retryAfterMs: decision.retryAfterMs })
  }

  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/sign-in/email', {
    from,
    // callbackURL is where a fresh confirmation link (sent to unconfirmed accounts) lands.
    body: {
      email: input.email,
      password: input.password,
      rememberMe: true,
      callbackURL: '/account?verified=1',
    },
  })
  if (reply.ok) {
    await db.delete(signInFailure).where(eq(signInFailure.key, keys.email))
    const twoFactorRequired = reply.body?.twoFactorRedirect === true
    const userId = (reply.body?.user as { id?: string } | undefined)?.id ?? null
    if (userId) {
      await appendAudit(db, {
        actorUserId: userId,
        action: 'account.signed-in',
        subjectType: 'user',
        subjectId: userId,
      })
    }
    return ok({ setCookies: reply.setCookies, twoFactorRequired })
  }
  const code = String(reply.body?.code ?? '')
  if (code === 'EMAIL_NOT_VERIFIED') return err({ code: 'sign-in.unverified' })
  if (reply.status === 401 || code.includes('INVALID')) {
    await db.insert(signInFailure).values([{ key: keys.email }, { key: keys.address }])
    return err({ code: 'sign-in.failed' })
  }
  // better-auth's own coarser limiter: the same answer as ours, never a 500.
  if (reply.status === 429) {
    const retry = Number(reply.retryAfterSeconds ?? 60)
    return err({ code: 'sign-in.throttled', retryAfterMs: (Number.isFinite(retry) ? retry : 60) * 1000 })
  }
  throw new Error(`sign-in failed with status ${reply.status} (${code})`)
}
