import { asc, eq } from 'drizzle-orm'
import type { CaseId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { user } from '../db/schema/auth.ts'
import { caseMessage } from '../db/schema/cases.ts'

// One conversation per case; bodies are sealed with the case key.
export async function messagesOf(db: Db, caseId: CaseId) {
  return db
    .select({ m: caseMessage, name: user.name })
    .from(caseMessage)
    .leftJoin(user, eq(user.id, caseMessage.authorUserId))
    .where(eq(caseMessage.caseId, caseId))
    .orderBy(asc(caseMessage.createdAt), asc(caseMessage.id))
}

export async function insertMessage(
  tx: Db,
  values: {
    id: string
    caseId: CaseId
    authorUserId: UserId
    authorSide: 'patient' | 'coordinator'
    body: string
  },
): Promise<void> {
  await tx.insert(caseMessage).values(values)
}
