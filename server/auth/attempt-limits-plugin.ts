import type { BetterAuthPlugin } from 'better-auth'
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from 'better-auth/api'
import { attemptRules, type AttemptKind } from '#domain/accounts/attempt-limits.ts'
import { CLIENT_ADDRESS_HEADER } from './auth-api.ts'
import type { Attempt, AttemptThrottle } from './attempt-throttle.ts'

// The attempt limits (docs/decisions/0033) inside better-auth's own pipeline,
// as before and after hooks on every endpoint that checks a secret or sends
// a link. The HTML forms call these endpoints too (server/auth/auth-api.ts),
// so there is one throttle, whichever door a request comes through, in
// every mode: better-auth's own rate limiter runs only in production and
// counts in memory, per instance.

type Subject = 'body-email' | 'session-email' | 'none'
const guarded: Record<string, { kind: AttemptKind; account: Subject }> = {
  '/sign-in/email': { kind: 'password', account: 'body-email' },
  // Pages that ask a signed-in person for their password again.
  '/two-factor/enable': { kind: 'password', account: 'session-email' },
  '/two-factor/disable': { kind: 'password', account: 'session-email' },
  '/two-factor/get-totp-uri': { kind: 'password', account: 'session-email' },
  '/two-factor/generate-backup-codes': { kind: 'password', account: 'session-email' },
  '/change-password': { kind: 'password', account: 'session-email' },
  '/delete-user': { kind: 'password', account: 'session-email' },
  '/verify-password': { kind: 'password', account: 'session-email' },
  '/two-factor/verify-totp': { kind: 'code', account: 'none' },
  '/two-factor/verify-backup-code': { kind: 'code', account: 'none' },
  '/two-factor/verify-otp': { kind: 'code', account: 'none' },
  '/reset-password': { kind: 'link-token', account: 'none' },
  '/reset-password/:token': { kind: 'link-token', account: 'none' },
  '/magic-link/verify': { kind: 'link-token', account: 'none' },
  '/verify-email': { kind: 'link-token', account: 'none' },
  '/request-password-reset': { kind: 'link-request', account: 'body-email' },
  '/sign-in/magic-link': { kind: 'link-request', account: 'body-email' },
  '/send-verification-email': { kind: 'link-request', account: 'body-email' },
}

/** The error codes that mean "that secret was wrong" (anything else, like a missing field, is not a guess). */
const wrongSecret = new Set([
  'INVALID_EMAIL_OR_PASSWORD',
  'INVALID_PASSWORD',
  'INVALID_CODE',
  'INVALID_BACKUP_CODE',
  'INVALID_OTP',
  'OTP_HAS_EXPIRED',
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
])

/** The code better-auth's answer carries when the limit refuses; server/use-cases/accounts read it. */
export const TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS'

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0]

async function attemptOf(ctx: HookContext): Promise<Attempt | null> {
  const guard = guarded[ctx.path ?? '']
  if (!guard) return null
  const headers = ctx.headers ?? ctx.request?.headers
  const address = headers?.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  const attempt: Attempt = { kind: guard.kind, address }
  if (guard.kind === 'code') attempt.device = `${headers?.get('user-agent') ?? ''}|${address}`
  if (guard.account === 'body-email') {
    const email = (ctx.body as { email?: unknown } | undefined)?.email
    if (typeof email === 'string' && email.trim()) attempt.account = email
  } else if (guard.account === 'session-email') {
    const session = await getSessionFromCtx(ctx).catch(() => null)
    if (session?.user.email) attempt.account = session.user.email
  }
  return attempt
}

/** Whether better-auth's answer means a wrong secret (a redirect that carries `error=` counts). */
function failed(returned: unknown): boolean {
  if (!isAPIError(returned)) return false
  const code = String((returned.body as { code?: unknown } | undefined)?.code ?? '')
  if (wrongSecret.has(code)) return true
  const headers = returned.headers
  const location = headers instanceof Headers ? headers.get('location') : null
  return location !== null && /[?&]error=/.test(location)
}

export function attemptLimits(throttle: AttemptThrottle): BetterAuthPlugin {
  const matcher = (ctx: { path?: string }) => Object.hasOwn(guarded, ctx.path ?? '')
  return {
    id: 'waypoint-attempt-limits',
    hooks: {
      before: [
        {
          matcher,
          handler: createAuthMiddleware(async (ctx) => {
            const attempt = await attemptOf(ctx)
            if (!attempt) return
            const decision = await throttle.check(attempt)
            if (!decision.allowed) {
              const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000))
              throw new APIError(
                'TOO_MANY_REQUESTS',
                {
                  code: TOO_MANY_ATTEMPTS,
                  message: 'Too many attempts. Try again later.',
                  scope: decision.scope,
                  retryAfterMs: decision.retryAfterMs,
                },
                { 'Retry-After': String(seconds) },
              )
            }
            // Links cost the person who receives them: every request counts.
            if (attemptRules[attempt.kind].some((r) => r.counts === 'requests'))
              await throttle.record(attempt)
          }),
        },
      ],
      after: [
        {
          matcher,
          handler: createAuthMiddleware(async (ctx) => {
            const attempt = await attemptOf(ctx)
            if (!attempt || attemptRules[attempt.kind].every((r) => r.counts === 'requests')) return
            const returned = ctx.context.returned
            if (failed(returned)) await throttle.record(attempt)
            else if (!isAPIError(returned)) await throttle.forgive(attempt)
          }),
        },
      ],
    },
  }
}
