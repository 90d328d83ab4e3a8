import { expect, test } from 'vitest'
import { decideNoteBody, MAX_NOTE_LENGTH } from './case-note.ts'

test('a note is kept trimmed', () => {
  expect(decideNoteBody('  Call the family after 4pm their time. ')).toEqual({
    ok: true,
    value: 'Call the family after 4pm their time.',
  })
})

test.each(['', '   ', '\u0000'])('an empty note %j is refused', (raw) => {
  expect(decideNoteBody(raw)).toEqual({ ok: false, error: { code: 'note.empty' } })
})

test('a note longer than the limit is refused', () => {
  expect(decideNoteBody('x'.repeat(MAX_NOTE_LENGTH + 1))).toEqual({
    ok: false,
    error: { code: 'note.too-long', max: MAX_NOTE_LENGTH },
  })
})
