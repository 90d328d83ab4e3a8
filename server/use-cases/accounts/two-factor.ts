import QRCode from 'qrcode'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { callAuth } from '../../auth/auth-api.ts'
import type { Runtime } from '../../runtime.ts'

export type TwoFactorSetup = { totpUri: string; secret: string; qrSvgDataUrl: string; backupCodes: string[] }

/** Step 1 of enrolment: confirm the password, get a secret (not active until a code is confirmed). */
export async function startTwoFactorEnrolment(
  rt: Runtime,
  password: string,
  from: Request,
): Promise<Result<TwoFactorSetup & { setCookies: string[] }, { code: 'two-factor.wrong-password' }>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/two-factor/enable', {
    from,
    body: { password },
  })
  if (!reply.ok) return err({ code: 'two-factor.wrong-password' })
  const totpUri = String(reply.body?.totpURI ?? '')
  const secret = new URL(totpUri).searchParams.get('secret') ?? ''
  const svg = await QRCode.toString(totpUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return ok({
    totpUri,
    secret,
    qrSvgDataUrl: 'data:image/svg+xml;base64,' + Buffer.from(svg).toString('base64'),
    backupCodes: (reply.body?.backupCodes as string[] | undefined) ?? [],
    setCookies: reply.setCookies,
  })
}

/** Step 2 of enrolment, and the second step of signing in: check a TOTP code. */
export async function verifyTwoFactorCode(
  rt: Runtime,
  code: string,
  from: Request,
): Promise<Result<{ setCookies: string[] }, { code: 'two-factor.wrong-code' }>> {
  const reply = await callAuth(rt.auth, rt.config.publicUrl, '/two-factor/verify-totp', {
    from,
    body: { code, trustDevice: false },
  })
  if (!reply.ok) return err({ code: 'two-factor.wrong-code' })
  const userId = (reply.body?.user as { id?: string } | undefined)?.id
  if (userId) {
    await appendAudit(rt.database.db, {
      actorUserId: userId,
      action: 'account.two-factor-verified',
      subjectType: 'user',
      subjectId: userId,
    })
  }
  return ok({ setCookies: reply.setCookies })
}
