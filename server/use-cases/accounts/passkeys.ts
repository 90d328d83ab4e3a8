import { count, eq } from 'drizzle-orm'
import type { UserId } from '#domain/shared/ids.ts'
import { passkey } from '../../db/schema/auth.ts'
import type { Runtime } from '../../runtime.ts'

export async function countPasskeys(rt: Runtime, userId: UserId): Promise<number> {
  const [row] = await rt.database.db.select({ n: count() }).from(passkey).where(eq(passkey.userId, userId))
  return row?.n ?? 0
}
