import { err, ok, type Result } from '#domain/shared/result.ts'
import { callAuth } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'

export type SignUpInput = { name: string; email: string; password: string; locale: string }
export type SignUpError = { code: 'account.password-rejected' }

/**
 * Creates a patient account and sends the confirmation email (through the job
 * queue). An email that is already registered gets the same answer here, so
 * sign-up cannot be used to find out who has an account; its owner is emailed.
 */
export async function signUp(
  rt: Runtime,
  input: SignUpInput,
  from: Request,
): Promise<Result<{ email: string }, SignUpError>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/sign-up/email', {
    from,
    body: {
      name: input.name,
      email: input.email,
      password: input.password,
      locale: input.locale,
      callbackURL: '/account?verified=1',
    },
  })
  if (reply.ok) return ok({ email: input.email })
  const code = String(reply.body?.code ?? '')
  if (code.includes('PASSWORD')) return err({ code: 'account.password-rejected' })
  throw new Error(`sign-up failed with status ${reply.status} (${code})`)
}
