import { describe, expect, test } from 'vitest'
import { answerSourceOf, memberSource, recordAnswer } from './answer-sources.ts'
import { answersForProvider } from './answers-for-provider.ts'
import type { IntakeAnswers } from './questions.ts'

describe('answers a provider may read', () => {
  test('who gave each shared answer comes with it, and nothing about what was not shared', () => {
    const son = memberSource({ id: 'm-son', role: 'representative' })
    let answers: IntakeAnswers = {}
    for (const [id, value] of [
      ['who-for', 'someone-else'],
      ['relationship', 'parent'],
      ['contact', { method: 'email', detail: 'karim@example.test' }],
      ['condition', 'als'],
      ['alsfrs-1', '3'],
    ] as const) {
      answers = recordAnswer(answers, id, value, son)
    }
    const shared = answersForProvider(answers, ['alsfrs'])
    expect(shared['alsfrs-1']).toBe('3')
    expect(answerSourceOf(shared, 'alsfrs-1')).toEqual({ role: 'representative', memberId: 'm-son' })
    expect(shared['relationship']).toBeUndefined()
    expect(answerSourceOf(shared, 'relationship')).toBeNull()
    expect(JSON.stringify(shared)).not.toContain('contact')
    expect(answersForProvider(answers, ['goals'])).toEqual({})
  })
})
