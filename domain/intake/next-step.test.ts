import { describe, expect, test } from 'vitest'
import { findQuestion } from './questions.ts'
import { questionToAsk, stepAfterAnswer } from './next-step.ts'

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
