import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { callAuth, type AuthReply } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'

export type SignInError =
  | { code: 'sign-in.failed' }
  | { code: 'sign-in.unverified' }
  | { code: 'sign-in.throttled'; retryAfterMs: number }

export type SignInSuccess = { setCookies: string[]; twoFactorRequired: boolean }

/**
 * How long a refused attempt must wait: the attempt limits say it in the body
 * (server/auth/attempt-limits-plugin.ts), better-auth's own limiter in a header.
 */
export function retryAfterMsOf(reply: AuthReply): number {
  const fromBody = Number(reply.body?.retryAfterMs)
  if (Number.isFinite(fromBody) && fromBody > 0) return fromBody
  const seconds = Number(reply.retryAfterSeconds ?? 60)
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000
}

/** Too many wrong passwords: the form names its password field with the wait. */
export type PasswordThrottled = { code: 'sign-in.throttled'; retryAfterMs: number; field: string }

/**
 * Why a password asked again (to change it, to erase, for two-step settings)
 * was refused: the attempt limits (ADR 0033), or `wrong`.
 */
export function passwordRefusal<W extends { code: string }>(
  reply: AuthReply,
  wrong: W,
): PasswordThrottled | W {
  return reply.status === 429
    ? { code: 'sign-in.throttled', retryAfterMs: retryAfterMsOf(reply), field: 'password' }
    : wrong
}

/**
 * Signs in with a password through better-auth's endpoint, which counts the
 * failures per email and per address (docs/decisions/0033), for this form and
 * for any other caller alike.
 */
export async function signIn(
  rt: Runtime,
  input: { email: string; password: string },
  from: Request,
): Promise<Result<SignInSuccess, SignInError>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/sign-in/email', {
    from,
    // callbackURL is where a fresh confirmation link (sent to unconfirmed accounts) lands.
    body: {
      email: input.email,
      password: input.password,
      rememberMe: true,
      callbackURL: '/signed-in?verified=1',
    },
  })
  if (reply.ok) {
    const twoFactorRequired = reply.body?.twoFactorRedirect === true
    const userId = (reply.body?.user as { id?: string } | undefined)?.id ?? null
    if (userId) {
      await appendAudit(rt.database.db, {
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
  if (reply.status === 429) return err({ code: 'sign-in.throttled', retryAfterMs: retryAfterMsOf(reply) })
  if (reply.status === 401 || code.includes('INVALID')) return err({ code: 'sign-in.failed' })
  throw new Error(`sign-in failed with status ${reply.status} (${code})`)
}
