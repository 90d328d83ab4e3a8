import { eq } from 'drizzle-orm'
import {
  asksDigestTimeZone,
  checkAccountSettings,
  type AccountSettingsInput,
  type AccountSettingsProblem,
} from '#domain/accounts/account-settings.ts'
import type { Role } from '#domain/accounts/roles.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { user } from '../../db/schema/auth.ts'
import { coordinatorDigest } from '../../db/schema/cases.ts'
import type { Db } from '../../db/client.ts'
import type { Runtime } from '../../runtime.ts'

export type AccountSettingsView = { name: string; locale: string; digestTimeZone: string | null }

/** What the settings form starts from: the account's name and email language, and a coordinator's digest zone (UTC until chosen). */
export function readAccountSettings(rt: Runtime, viewer: { id: UserId; role: Role }) {
  return settingsOf(rt.database.db, viewer)
}

async function settingsOf(db: Db, viewer: { id: UserId; role: Role }): Promise<AccountSettingsView> {
  const [row] = await db
    .select({ name: user.name, locale: user.locale, digestTimeZone: coordinatorDigest.timeZone })
    .from(user)
    .leftJoin(coordinatorDigest, eq(coordinatorDigest.userId, user.id))
    .where(eq(user.id, viewer.id))
  if (!row) throw new Error('the signed-in account has no row')
  return {
    name: row.name,
    locale: row.locale,
    digestTimeZone: asksDigestTimeZone(viewer.role) ? (row.digestTimeZone ?? 'UTC') : null,
  }
}

/**
 * Saves the account's name, email language and (a coordinator's) digest time
 * zone together, or nothing when any of them is refused. The audit names the
 * fields that changed, never their values.
 */
export async function saveAccountSettings(
  rt: Runtime,
  viewer: { id: UserId; role: Role },
  input: AccountSettingsInput,
  requestId: string | null = null,
): Promise<Result<{ changed: string[] }, AccountSettingsProblem[]>> {
  const outcome = await rt.database.db.transaction(async (tx) => {
    const before = await settingsOf(tx, viewer)
    const checked = checkAccountSettings(viewer.role, input, before)
    if (!checked.ok) return checked
    const next = checked.value
    const fields: string[] = []
    if (before.name !== next.name) fields.push('name')
    if (before.locale !== next.locale) fields.push('locale')
    if (next.digestTimeZone !== null && before.digestTimeZone !== next.digestTimeZone)
      fields.push('digestTimeZone')
    if (fields.length === 0) return ok({ changed: fields })
    await tx.update(user).set({ name: next.name, locale: next.locale }).where(eq(user.id, viewer.id))
    if (next.digestTimeZone !== null)
      await tx
        .insert(coordinatorDigest)
        .values({ userId: viewer.id, timeZone: next.digestTimeZone })
        .onConflictDoUpdate({ target: coordinatorDigest.userId, set: { timeZone: next.digestTimeZone } })
    await appendAudit(tx, {
      actorUserId: viewer.id,
      action: 'account.settings-changed',
      subjectType: 'user',
      subjectId: viewer.id,
      requestId,
      details: { fields },
    })
    return ok({ changed: fields })
  })
  return outcome
}
