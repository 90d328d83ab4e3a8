import { err, ok, type Result } from '#domain/shared/result.ts'
import { callAuth } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'
import { retryAfterMsOf } from './sign-in.ts'

/** Too many links asked for one email address or from one address: every request counts, found or not. */
export type LinkRequestError = { code: 'links.throttled'; retryAfterMs: number }

/** Asks better-auth to email a link; it answers alike whether or not the account exists. */
async function askForLink(
  rt: Runtime,
  path: string,
  body: Record<string, string>,
  from: Request,
): Promise<Result<null, LinkRequestError>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, path, { from, body })
  return reply.status === 429
    ? err({ code: 'links.throttled', retryAfterMs: retryAfterMsOf(reply) })
    : ok(null)
}

/** Always looks the same to the caller, whether or not the account exists. */
export function requestPasswordReset(rt: Runtime, email: string, from: Request) {
  return askForLink(rt, '/request-password-reset', { email, redirectTo: '/reset-password' }, from)
}

export async function resetPassword(
  rt: Runtime,
  input: { token: string; password: string },
  from: Request,
): Promise<
  Result<null, { code: 'reset.invalid-token' } | { code: 'reset.throttled'; retryAfterMs: number }>
> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/reset-password', {
    from,
    body: { token: input.token, newPassword: input.password },
  })
  if (reply.status === 429) return err({ code: 'reset.throttled', retryAfterMs: retryAfterMsOf(reply) })
  return reply.ok ? ok(null) : err({ code: 'reset.invalid-token' })
}

export function requestMagicLink(rt: Runtime, email: string, from: Request) {
  return askForLink(rt, '/sign-in/magic-link', { email, callbackURL: '/signed-in' }, from)
}

/** Sends the confirmation email again, for a newcomer whose first one did not arrive. */
export function requestConfirmationEmail(rt: Runtime, email: string, from: Request) {
  return askForLink(rt, '/send-verification-email', { email, callbackURL: '/signed-in?verified=1' }, from)
}
