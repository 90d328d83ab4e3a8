import { err, ok, type Result } from '#domain/shared/result.ts'
import { callAuth } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'

/** Always looks the same to the caller, whether or not the account exists. */
export async function requestPasswordReset(rt: Runtime, email: string, from: Request): Promise<void> {
  await callAuth(rt.auth, rt.config.publicUrl, '/request-password-reset', {
    from,
    body: { email, redirectTo: '/reset-password' },
  })
}

export async function resetPassword(
  rt: Runtime,
  input: { token: string; password: string },
  from: Request,
): Promise<Result<null, { code: 'reset.invalid-token' }>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/reset-password', {
    from,
    body: { token: input.token, newPassword: input.password },
  })
  return reply.ok ? ok(null) : err({ code: 'reset.invalid-token' })
}

export async function requestMagicLink(rt: Runtime, email: string, from: Request): Promise<void> {
  await callAuth(rt.auth, rt.config.publicUrl, '/sign-in/magic-link', {
    from,
    body: { email, callbackURL: '/account' },
  })
}
