import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { callAuth } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'
import { passwordRefusal, type PasswordThrottled } from './sign-in.ts'

export type ChangePasswordError = { code: 'password.wrong-current' } | PasswordThrottled

/**
 * A signed-in person changes their password, giving the one they have: every
 * other device signed in with it is signed out, and the owner is told by
 * email, as after a reset, so a change they did not make does not go unnoticed.
 */
export async function changePassword(
  rt: Runtime,
  user: { id: string; name: string; email: string; locale: string },
  input: { current: string; next: string },
  from: Request,
): Promise<Result<{ setCookies: string[] }, ChangePasswordError>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/change-password', {
    from,
    body: { currentPassword: input.current, newPassword: input.next, revokeOtherSessions: true },
  })
  // The attempt limits guard this endpoint as they guard signing in (ADR 0033).
  if (!reply.ok) return err(passwordRefusal(reply, { code: 'password.wrong-current' } as const))
  await appendAudit(rt.database.db, {
    actorUserId: user.id,
    action: 'account.password-changed',
    subjectType: 'user',
    subjectId: user.id,
  })
  await rt.jobs.sendEmail({
    template: 'password-changed',
    to: user.email,
    locale: user.locale,
    params: { name: user.name, url: new URL('/forgot-password', rt.config.publicUrl).href },
  })
  return ok({ setCookies: reply.setCookies })
}
