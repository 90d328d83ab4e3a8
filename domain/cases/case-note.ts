import { err, ok, type Result } from '../shared/result.ts'

// An internal note: what one coordinator tells the others about a case.
// Never shown to the family or a clinic (only the coordinator's handle reads them).
export const MAX_NOTE_LENGTH = 4000

export type NoteRefusal = { code: 'note.empty' } | { code: 'note.too-long'; max: number }

export function decideNoteBody(raw: string): Result<string, NoteRefusal> {
  const body = raw.replace(/\u0000/g, '').trim()
  if (!body) return err({ code: 'note.empty' })
  if (body.length > MAX_NOTE_LENGTH) return err({ code: 'note.too-long', max: MAX_NOTE_LENGTH })
  return ok(body)
}
