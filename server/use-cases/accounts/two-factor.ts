import QRCode from 'qrcode'
import { mayTurnOffTwoStep, type Role } from '#domain/accounts/roles.ts'
import type { SecondStepCode } from '#domain/accounts/second-step-code.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { callAuth, type AuthReply } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'
import { passwordRefusal, retryAfterMsOf, type PasswordThrottled } from './sign-in.ts'

export type TwoFactorSetup = { totpUri: string; secret: string; qrSvgDataUrl: string; backupCodes: string[] }

/** Step 1 of enrolment: confirm the password, get a secret (not active until a code is confirmed). */
export async function startTwoFactorEnrolment(
  rt: Runtime,
  password: string,
  from: Request,
): Promise<
  Result<TwoFactorSetup & { setCookies: string[] }, { code: 'two-factor.wrong-password' } | PasswordThrottled>
> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/two-factor/enable', {
    from,
    body: { password },
  })
  if (!reply.ok) return err(passwordRefusal(reply, { code: 'two-factor.wrong-password' } as const))
  const totpUri = String(reply.body?.totpURI ?? '')
  const secret = new URL(totpUri).searchParams.get('secret') ?? ''
  return ok({
    totpUri,
    secret,
    qrSvgDataUrl: (await enrolmentQr(totpUri)) ?? '',
    backupCodes: (reply.body?.backupCodes as string[] | undefined) ?? [],
    setCookies: reply.setCookies,
  })
}

/** The QR code of a set-up key shown before (an otpauth URI), or null for anything else. */
export async function enrolmentQr(totpUri: string): Promise<string | null> {
  if (!totpUri.startsWith('otpauth://totp/') || totpUri.length > 500) return null
  const svg = await QRCode.toString(totpUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return 'data:image/svg+xml;base64,' + Buffer.from(svg).toString('base64')
}

export type TwoFactorCodeError =
  | { code: 'two-factor.wrong-code' }
  /** Mistyped, or used before: each backup code works once. */
  | { code: 'two-factor.wrong-backup-code' }
  /** Too many wrong codes from this device or address: paused until `untilMs`, the account is not locked. */
  | { code: 'two-factor.locked'; untilMs: number; retryAfterMs: number }
  /** The sign-in this code was for is over (better-auth allows five codes per sign-in): sign in again. */
  | { code: 'two-factor.expired' }

/**
 * Step 2 of enrolment (the app's code only), and the second step of signing
 * in: the app's code, or a backup code, which works once.
 */
export async function verifyTwoFactorCode(
  rt: Runtime,
  typed: string | SecondStepCode,
  from: Request,
  now: Date = new Date(),
): Promise<Result<{ setCookies: string[] }, TwoFactorCodeError>> {
  const { kind, code } = typeof typed === 'string' ? { kind: 'app' as const, code: typed } : typed
  const path = kind === 'backup' ? '/two-factor/verify-backup-code' : '/two-factor/verify-totp'
  const reply = await callAuth(rt.auth, rt.config.publicUrl, path, {
    from,
    body: { code, trustDevice: false },
  })
  if (reply.status === 429) {
    const retryAfterMs = retryAfterMsOf(reply)
    return err({ code: 'two-factor.locked', untilMs: now.getTime() + retryAfterMs, retryAfterMs })
  }
  const problem = String(reply.body?.code ?? '')
  if (problem === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE' || problem === 'INVALID_TWO_FACTOR_COOKIE')
    return err({ code: 'two-factor.expired' })
  if (!reply.ok)
    return err({ code: kind === 'backup' ? 'two-factor.wrong-backup-code' : 'two-factor.wrong-code' })
  const userId = (reply.body?.user as { id?: string } | undefined)?.id
  if (userId) {
    await appendAudit(rt.database.db, {
      actorUserId: userId,
      action: kind === 'backup' ? 'account.backup-code-used' : 'account.two-factor-verified',
      subjectType: 'user',
      subjectId: userId,
    })
  }
  return ok({ setCookies: reply.setCookies })
}

type PasswordCheckError = { code: 'two-factor.wrong-password' } | PasswordThrottled

/** A change to two-step sign-in that asks the password again: refused as sign-in is, audited when done. */
async function withPassword(
  rt: Runtime,
  user: { id: string },
  path: '/two-factor/generate-backup-codes' | '/two-factor/disable',
  action: string,
  password: string,
  from: Request,
): Promise<Result<AuthReply, PasswordCheckError>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, path, { from, body: { password } })
  if (!reply.ok) return err(passwordRefusal(reply, { code: 'two-factor.wrong-password' } as const))
  await appendAudit(rt.database.db, { actorUserId: user.id, action, subjectType: 'user', subjectId: user.id })
  return ok(reply)
}

/** Ten new backup codes, shown once; the old ones stop working. The password is asked again. */
export async function makeNewBackupCodes(
  rt: Runtime,
  user: { id: string },
  password: string,
  from: Request,
): Promise<Result<{ backupCodes: string[] }, PasswordCheckError>> {
  const done = await withPassword(
    rt,
    user,
    '/two-factor/generate-backup-codes',
    'account.backup-codes-renewed',
    password,
    from,
  )
  if (!done.ok) return done
  return ok({ backupCodes: (done.value.body?.backupCodes as string[] | undefined) ?? [] })
}

/** A family member turns two-step sign-in off, with their password; staff must keep it. */
export async function turnOffTwoStep(
  rt: Runtime,
  user: { id: string; role: Role },
  password: string,
  from: Request,
): Promise<Result<{ setCookies: string[] }, PasswordCheckError | { code: 'two-factor.required' }>> {
  if (!mayTurnOffTwoStep(user.role)) return err({ code: 'two-factor.required' })
  const done = await withPassword(
    rt,
    user,
    '/two-factor/disable',
    'account.two-factor-disabled',
    password,
    from,
  )
  if (!done.ok) return done
  return ok({ setCookies: done.value.setCookies })
}
