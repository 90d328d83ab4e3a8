import { describe, expect, test } from 'vitest'
import { findQuestion } from './questions.ts'
import { leftBlank, lookUpQuestion, questionToAsk, stepAfterAnswer } from './next-step.ts'

const q = (id: string) => findQuestion(id)!

describe('the step after an answer', () => {
  test('goes to the next question of the section', () => {
    expect(stepAfterAnswer(q('who-for'), { 'who-for': 'myself' }, null)).toEqual({
      to: 'question',
      questionId: 'patient-name',
      returnTo: null,
    })
  })

  test('asks the question a changed answer opened before going back to check-answers', () => {
    expect(stepAfterAnswer(q('who-for'), { 'who-for': 'someone-else' }, 'check-answers')).toEqual({
      to: 'question',
      questionId: 'relationship',
      returnTo: 'check-answers',
    })
  })

  test('goes back to check-answers when nothing new was opened', () => {
    const answers = { 'who-for': 'someone-else', relationship: 'parent' }
    expect(stepAfterAnswer(q('who-for'), answers, 'check-answers')).toEqual({ to: 'check-answers' })
  })

  test('ends the ALSFRS-R section on its result page and other sections on the task list', () => {
    expect(stepAfterAnswer(q('alsfrs-12'), { condition: 'als' }, null)).toEqual({ to: 'alsfrs-result' })
    expect(stepAfterAnswer(q('attendants'), {}, null)).toEqual({ to: 'task-list' })
  })

  test('"Save and come back later" goes to the task list, except from "neither" on authority', () => {
    expect(stepAfterAnswer(q('who-for'), { 'who-for': 'myself' }, 'task-list')).toEqual({ to: 'task-list' })
    expect(stepAfterAnswer(q('authority'), { 'who-for': 'someone-else' }, 'task-list')).toEqual({
      to: 'no-authority',
    })
  })
})

describe('a question left blank', () => {
  test('is one with nothing in any of its boxes; half an answer is something to fix', () => {
    expect(leftBlank(q('who-for'), {})).toBe(true)
    expect(leftBlank(q('who-for'), { answer: [''], then: ['later'] })).toBe(true)
    expect(leftBlank(q('diagnosis-date'), { day: [' '], month: [''], year: [''] })).toBe(true)
    expect(leftBlank(q('diagnosis-date'), { day: ['31'], month: ['2'], year: ['2025'] })).toBe(false)
    // A range with one end, a breathing test without its date, a number without how to use it.
    expect(
      leftBlank(q('travel-window'), { 'from-day': ['1'], 'from-month': ['3'], 'from-year': ['2027'] }),
    ).toBe(false)
    expect(leftBlank(q('fvc'), { percent: ['78'] })).toBe(false)
    expect(leftBlank(q('contact'), { detail: ['+962 7 9123 4567'] })).toBe(false)
    // The budget's currency list always has a value: only the amount counts.
    expect(leftBlank(q('budget'), { amount: [''], currency: ['USD'] })).toBe(true)
  })
})

describe('the question to ask', () => {
  test('is null for an unknown id and for a question that does not apply', () => {
    expect(questionToAsk('no-such-question', {})).toBeNull()
    expect(questionToAsk(undefined, {})).toBeNull()
    expect(questionToAsk('relationship', { 'who-for': 'myself' })).toBeNull()
  })

  test('is the question when it applies', () => {
    expect(questionToAsk('relationship', { 'who-for': 'someone-else' })?.id).toBe('relationship')
  })
})

describe('a link to a question', () => {
  test('asks a question that applies', () => {
    expect(lookUpQuestion('who-for', {})).toEqual({ found: 'ask', question: q('who-for') })
  })

  test('that does not apply yet leads to the first open question of its section', () => {
    // The ALSFRS-R item for tube feeding applies only once a feeding tube is reported.
    const answers = { condition: 'als', 'feeding-tube': 'no', 'alsfrs-date': '2026-11-01' }
    expect(lookUpQuestion('alsfrs-5b', answers)).toEqual({
      found: 'elsewhere',
      step: { to: 'question', questionId: 'alsfrs-1', returnTo: null },
    })
  })

  test('in a section that cannot start yet leads to the first open question of the intake', () => {
    expect(lookUpQuestion('alsfrs-3', { 'who-for': 'myself' })).toEqual({
      found: 'elsewhere',
      step: { to: 'question', questionId: 'patient-name', returnTo: null },
    })
  })

  test('about the patient, before a helper has said on what authority they act, leads to that question', () => {
    expect(lookUpQuestion('date-of-birth', { 'who-for': 'someone-else', relationship: 'child' })).toEqual({
      found: 'elsewhere',
      step: { to: 'question', questionId: 'authority', returnTo: null },
    })
  })

  test('leads to the task list when nothing is left to answer', () => {
    const answers = { 'who-for': 'myself', condition: 'other' }
    const everything = {
      ...answers,
      ...Object.fromEntries(
        [
          'patient-name',
          'date-of-birth',
          'country',
          'language',
          'time-zone',
          'contact',
          'condition-other',
          'hopes',
          'countries-of-interest',
          'attendants',
          'treatments-of-interest',
          'budget',
          'travel-window',
        ].map((id) => [id, 'x']),
      ),
    }
    expect(lookUpQuestion('relationship', everything)).toEqual({
      found: 'elsewhere',
      step: { to: 'task-list' },
    })
  })

  test('to a question that does not exist is not found', () => {
    expect(lookUpQuestion('favourite-colour', {})).toEqual({ found: 'unknown' })
    expect(lookUpQuestion(undefined, {})).toEqual({ found: 'unknown' })
  })
})
