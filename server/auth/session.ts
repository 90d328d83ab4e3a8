import { createHmac, timingSafeEqual } from 'node:crypto'
import { and, eq, gt, sql } from 'drizzle-orm'
import { isRole, type Role } from '#domain/accounts/roles.ts'
import { asUserId, type UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { session, user } from '../db/schema/auth.ts'

export type SessionUser = {
  id: UserId
  name: string
  email: string
  role: Role
  locale: string
  emailVerified: boolean
  twoFactorEnabled: boolean
}

export type ReadSession = (headers: Headers) => Promise<SessionUser | null>

/**
 * Who is signed in, read the way better-auth reads it: its signed session
 * cookie, then the session row (unexpired) and its user. better-auth still
 * creates, refreshes and ends sessions; only this read, done on every
 * signed-in page, is ours (docs/decisions/0023-reading-the-session.md). Its
 * HMAC check is synchronous and its query is one prepared statement, where
 * `auth.api.getSession` waited for the thread pool and ran two queries.
 * tests: server/auth/session.int.test.ts compares the two on every case.
 */
export function sessionReader(deps: { db: Db; secret: string; production: boolean }): ReadSession {
  // Production cookies are Secure and carry the __Secure- prefix
  // (server/auth/auth.ts); only that name counts there, as for better-auth.
  const name = `${deps.production ? '__Secure-' : ''}waypoint.session_token`
  const pattern = new RegExp(`(?:^|;\\s*)${name.replace('.', '\\.')}=([^;]*)`)
  const query = deps.db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      role: user.role,
      locale: user.locale,
      twoFactorEnabled: user.twoFactorEnabled,
    })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(and(eq(session.token, sql.placeholder('token')), gt(session.expiresAt, sql`now()`)))
    .limit(1)
    .prepare('waypoint_read_session')

  return async (headers) => {
    const token = verifiedToken(pattern.exec(headers.get('cookie') ?? '')?.[1], deps.secret)
    if (!token) return null
    const [row] = await query.execute({ token })
    if (!row) return null
    return {
      id: asUserId(row.id),
      name: row.name,
      email: row.email,
      // An unknown role in the database is a bug; treat it as the least-privileged role.
      role: isRole(row.role) ? row.role : 'patient',
      locale: row.locale,
      emailVerified: row.emailVerified,
      twoFactorEnabled: Boolean(row.twoFactorEnabled),
    }
  }
}

/** The token of a cookie value `token.signature` (URL-encoded) whose HMAC-SHA256 signature is right; null otherwise. */
function verifiedToken(cookieValue: string | undefined, secret: string): string | null {
  if (!cookieValue) return null
  let value: string
  try {
    value = decodeURIComponent(cookieValue)
  } catch {
    return null
  }
  const dot = value.lastIndexOf('.')
  if (dot < 1) return null
  const token = value.slice(0, dot)
  const signature = value.slice(dot + 1)
  if (signature.length !== 44 || !signature.endsWith('=')) return null
  const given = Buffer.from(signature, 'base64')
  const expected = createHmac('sha256', secret).update(token).digest()
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null
}
