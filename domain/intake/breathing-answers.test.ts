import { expect, test } from 'vitest'
import { recordAnswer } from './answer-sources.ts'
import { breathingConflict } from './breathing-answers.ts'
import { parseAnswer, type ParseContext } from './parse-answer.ts'
import { questions } from './questions.ts'

test.each([
  ['none', '4', null],
  ['none', '3', 'none'],
  ['niv-part-time', '3', null],
  ['niv-full-time', '1', null],
  ['niv-part-time', '4', 'niv'],
  ['niv-full-time', '0', 'niv'],
  ['invasive', '0', null],
  ['invasive', '2', 'invasive'],
  [undefined, '4', null],
] as const)('history %s beside item 12 = %s: conflict %s', (history, item12, conflict) => {
  expect(breathingConflict(history, item12)).toBe(conflict)
})

test('item 12 that contradicts the breathing support given earlier is refused, naming the earlier answer', () => {
  const item12 = questions.find((q) => q.id === 'alsfrs-12')!
  const ctx = (history: string): ParseContext => ({
    answers: { condition: 'als', 'breathing-support': history },
    today: '2026-12-07',
    allowed: { countries: [], languages: [], timeZones: [], currencies: [] },
  })
  expect(parseAnswer(item12, { answer: ['4'] }, ctx('niv-part-time'))).toEqual({
    ok: false,
    error: { field: 'answer', key: 'intake.error.breathing.niv' },
  })
  expect(parseAnswer(item12, { answer: ['3'] }, ctx('niv-part-time'))).toEqual({ ok: true, value: '3' })
  // Other items are not read against it.
  const item10 = questions.find((q) => q.id === 'alsfrs-10')!
  expect(parseAnswer(item10, { answer: ['4'] }, ctx('niv-part-time'))).toEqual({ ok: true, value: '4' })
})

test('a breathing support changed later, which item 12 contradicts, sends item 12 back to be asked', () => {
  const source = { role: 'patient', memberId: 'm1' } as const
  const answered = { condition: 'als', 'breathing-support': 'none', 'alsfrs-12': '4' }
  const changed = recordAnswer(answered, 'breathing-support', 'niv-part-time', source)
  expect(changed['breathing-support']).toBe('niv-part-time')
  expect(changed['alsfrs-12']).toBeUndefined()
  // A change item 12 agrees with keeps it.
  const kept = recordAnswer(
    { ...answered, 'alsfrs-12': '3', 'breathing-support': 'niv-part-time' },
    'breathing-support',
    'niv-full-time',
    source,
  )
  expect(kept['alsfrs-12']).toBe('3')
})
