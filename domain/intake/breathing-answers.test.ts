import { expect, test } from 'vitest'
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

test('a breathing support changed later must still agree with item 12', () => {
  const history = questions.find((q) => q.id === 'breathing-support')!
  const ctx: ParseContext = {
    answers: { condition: 'als', 'alsfrs-12': '4' },
    today: '2026-12-07',
    allowed: { countries: [], languages: [], timeZones: [], currencies: [] },
  }
  expect(parseAnswer(history, { answer: ['niv-part-time'] }, ctx)).toEqual({
    ok: false,
    error: { field: 'answer', key: 'intake.error.breathing.item12' },
  })
  expect(parseAnswer(history, { answer: ['none'] }, ctx)).toEqual({ ok: true, value: 'none' })
  // Before the daily-function answers, anything goes.
  expect(parseAnswer(history, { answer: ['invasive'] }, { ...ctx, answers: { condition: 'als' } })).toEqual({
    ok: true,
    value: 'invasive',
  })
})
