import { eq } from 'drizzle-orm'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { user } from '../../db/schema/auth.ts'
import { callAuth } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'

export type SignUpInput = {
  name: string
  email: string
  password: string
  locale: string
  /** A same-site path (already checked) the person was on their way to. */
  next?: string | null
}
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
      callbackURL: input.next
        ? `/account?verified=1&next=${encodeURIComponent(input.next)}`
        : '/signed-in?verified=1',
    },
  })
  if (reply.ok) return ok({ email: input.email })
  const code = String(reply.body?.code ?? '')
  // Two sign-ups for one email at the same moment (two tabs, two instances):
  // the database lets one win; the other gets the same answer as any repeat.
  if (!code.includes('PASSWORD')) {
    const [owner] = await rt.database.db
      .select({ name: user.name, locale: user.locale })
      .from(user)
      .where(eq(user.email, input.email.toLowerCase()))
    if (owner) {
      await rt.jobs.sendEmail({
        template: 'account-exists',
        to: input.email,
        locale: owner.locale,
        params: { name: owner.name, url: new URL('/sign-in', rt.config.publicUrl).href },
      })
      return ok({ email: input.email })
    }
  }
  if (code.includes('PASSWORD')) return err({ code: 'account.password-rejected' })
  throw new Error(`sign-up failed with status ${reply.status} (${code})`)
}
