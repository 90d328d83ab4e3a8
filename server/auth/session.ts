import { isRole, type Role } from '#domain/accounts/roles.ts'
import { asUserId, type UserId } from '#domain/shared/ids.ts'
import type { Auth } from './auth.ts'

export type SessionUser = {
  id: UserId
  name: string
  email: string
  role: Role
  locale: string
  emailVerified: boolean
  twoFactorEnabled: boolean
}

export async function getSessionUser(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers }).catch(() => null)
  if (!session) return null
  const u = session.user as typeof session.user & {
    role?: string
    locale?: string
    twoFactorEnabled?: boolean | null
  }
  // An unknown role in the database is a bug; treat it as the least-privileged role.
  const role: Role = isRole(u.role) ? u.role : 'patient'
  return {
    id: asUserId(u.id),
    name: u.name,
    email: u.email,
    role,
    locale: u.locale ?? 'en',
    emailVerified: u.emailVerified,
    twoFactorEnabled: Boolean(u.twoFactorEnabled),
  }
}
