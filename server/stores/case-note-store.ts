import { asc, eq } from 'drizzle-orm'
import type { CaseId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { user } from '../db/schema/auth.ts'
import { caseNote } from '../db/schema/cases.ts'

// Coordinators' internal notes on a case; bodies arrive and leave sealed.
export async function insertNote(
  tx: Db,
  note: { id: string; caseId: CaseId; authorUserId: string; body: string; at: Date },
): Promise<void> {
  await tx.insert(caseNote).values({
    id: note.id,
    caseId: note.caseId,
    authorUserId: note.authorUserId,
    body: note.body,
    createdAt: note.at,
  })
}

export async function notesOf(db: Db, caseId: CaseId) {
  return db
    .select({ id: caseNote.id, body: caseNote.body, createdAt: caseNote.createdAt, authorName: user.name })
    .from(caseNote)
    .leftJoin(user, eq(user.id, caseNote.authorUserId))
    .where(eq(caseNote.caseId, caseId))
    .orderBy(asc(caseNote.createdAt), asc(caseNote.id))
}
