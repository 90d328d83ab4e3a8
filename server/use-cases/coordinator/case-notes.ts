import { randomUUID } from 'node:crypto'
import { decideNoteBody, type NoteRefusal } from '#domain/cases/case-note.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal, unseal } from '../../cases/case-vault.ts'
import { insertNote, notesOf } from '../../stores/case-note-store.ts'

// Internal notes: only the coordinator's handle reaches these functions, so
// no patient, caregiver or clinic page, email or export can show a note.
// Bodies are sealed with the case key; writing and reading are audited
// (identifiers only, never the text).

export async function addNote(
  deps: CaseDeps,
  ctx: CaseContext,
  raw: string,
): Promise<Result<{ id: string }, NoteRefusal>> {
  const decided = decideNoteBody(raw)
  if (!decided.ok) return decided
  const caseId = ctx.row.id as CaseId
  const id = randomUUID()
  await deps.db.transaction(async (tx) => {
    await insertNote(tx, {
      id,
      caseId,
      authorUserId: ctx.actor.userId,
      body: seal(ctx.key, decided.value),
      at: deps.clock.now(),
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case-note.written',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { noteId: id },
    })
  })
  return ok({ id })
}

export type CaseNote = { id: string; body: string; authorName: string | null; createdAt: Date }

export async function readNotes(deps: CaseDeps, ctx: CaseContext): Promise<CaseNote[]> {
  const caseId = ctx.row.id as CaseId
  const rows = await notesOf(deps.db, caseId)
  await appendAudit(deps.db, {
    actorUserId: ctx.actor.userId,
    action: 'case-note.read',
    subjectType: 'case',
    subjectId: caseId,
    requestId: ctx.requestId,
    details: { notes: rows.length },
  })
  return rows.map((r) => ({
    id: r.id,
    body: unseal<string>(ctx.key, r.body),
    authorName: r.authorName,
    createdAt: r.createdAt,
  }))
}
