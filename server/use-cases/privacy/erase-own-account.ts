import { decideErasure, type ErasureRefusal } from '#domain/accounts/erasure.ts'
import type { Role } from '#domain/accounts/roles.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { callAuth } from '../../auth/auth-api.ts'
import { caseDepsOf } from '../../cases/case-deps.ts'
import type { Runtime } from '../../runtime.ts'
import { passwordRefusal, type PasswordThrottled } from '../accounts/sign-in.ts'
import { eraseAccount } from './erase-account.ts'

export type EraseOwnAccountError = ErasureRefusal | { code: 'password.wrong-current' } | PasswordThrottled

/**
 * A family member erases their own account: the box ticked and their password
 * given again, so a session left open on a shared computer cannot destroy
 * every case they own. Wrong passwords count towards the same attempt limits
 * as signing in (ADR 0033).
 */
export async function eraseOwnAccount(
  rt: Runtime,
  viewer: { id: UserId; role: Role },
  input: { confirmed: boolean; password: string },
  from: Request,
): Promise<Result<{ casesErased: number }, EraseOwnAccountError>> {
  const decided = decideErasure(viewer.role, input.confirmed)
  if (!decided.ok) return decided
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/verify-password', {
    from,
    body: { password: input.password },
  })
  if (!reply.ok) return err(passwordRefusal(reply, { code: 'password.wrong-current' } as const))
  return ok(await eraseAccount(caseDepsOf(rt), viewer))
}
