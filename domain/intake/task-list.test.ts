import { describe, expect, test } from 'vitest'
import { answersForProvider } from './answers-for-provider.ts'
import { nextQuestion, findQuestion, pruneAnswers, sectionQuestions } from './questions.ts'
import { incompleteTasks, taskStatuses, type IntakeState } from './task-list.ts'

const state = (over: Partial<IntakeState> = {}): IntakeState => ({
  answers: {},
  offers: [],
  helpMeChoose: false,
  documentCount: 0,
  processingConsent: false,
  decidedProviderIds: [],
  ...over,
})

describe('questions that depend on earlier answers', () => {
  test('the relationship is asked only when the case is for someone else', () => {
    expect(sectionQuestions('about', { 'who-for': 'myself' }).map((q) => q.id)).not.toContain('relationship')
    expect(sectionQuestions('about', { 'who-for': 'someone-else' }).map((q) => q.id)).toContain(
      'relationship',
    )
    expect(nextQuestion(findQuestion('who-for')!, { 'who-for': 'someone-else' })?.id).toBe('relationship')
  })

  test('a feeding tube swaps ALSFRS-R item 5a for 5b', () => {
    const ids = (tube: string) =>
      sectionQuestions('alsfrs', { condition: 'als', 'feeding-tube': tube }).map((q) => q.id)
    expect(ids('yes')).toContain('alsfrs-5b')
    expect(ids('yes')).not.toContain('alsfrs-5a')
    expect(ids('no')).toContain('alsfrs-5a')
    expect(ids('no')).toHaveLength(13)
  })

  test('changing an answer drops the answers that no longer apply', () => {
    const pruned = pruneAnswers({
      'who-for': 'myself',
      relationship: 'parent',
      condition: 'other',
      'first-symptoms': '2025-01-01',
    })
    expect(pruned).toEqual({ 'who-for': 'myself', condition: 'other' })
  })

  test('pruning keeps what is not an answer to a question, such as “help me choose”', () => {
    expect(pruneAnswers({ 'who-for': 'myself', 'help-me-choose': 'yes' })).toEqual({
      'who-for': 'myself',
      'help-me-choose': 'yes',
    })
  })
})

describe('task list', () => {
  test('a new case: first tasks not started, the rest cannot start yet', () => {
    const s = taskStatuses(state())
    expect(s.about).toBe('not-started')
    expect(s.alsfrs).toBe('cannot-start')
    expect(s.consent).toBe('cannot-start')
    expect(s.records).toBe('optional')
    expect(s.check).toBe('cannot-start')
  })

  test('for another condition, the ALSFRS-R does not apply', () => {
    expect(taskStatuses(state({ answers: { condition: 'other' } })).alsfrs).toBe('not-applicable')
  })

  test('a chosen trial needs its evidence read before providers are complete', () => {
    const offers = [{ offerId: 'o1', providerId: 'p1', needsAcknowledgement: true, acknowledged: false }]
    expect(taskStatuses(state({ offers })).providers).toBe('in-progress')
    expect(taskStatuses(state({ offers: [{ ...offers[0]!, acknowledged: true }] })).providers).toBe(
      'completed',
    )
  })

  test('consent is complete with processing consent and a decision for every chosen provider', () => {
    const offers = [
      { offerId: 'o1', providerId: 'p1', needsAcknowledgement: false, acknowledged: false },
      { offerId: 'o2', providerId: 'p2', needsAcknowledgement: false, acknowledged: false },
    ]
    expect(taskStatuses(state({ offers, processingConsent: true, decidedProviderIds: ['p1'] })).consent).toBe(
      'in-progress',
    )
    expect(
      taskStatuses(state({ offers, processingConsent: true, decidedProviderIds: ['p1', 'p2'] })).consent,
    ).toBe('completed')
  })

  test('incomplete tasks are listed in order', () => {
    expect(incompleteTasks(state())).toEqual([
      'about',
      'condition',
      'alsfrs',
      'goals',
      'providers',
      'consent',
    ])
  })
})

describe('what a provider sees', () => {
  test('only shared sections, never contact details', () => {
    const answers = {
      'patient-name': 'A',
      contact: { method: 'email', detail: 'a@b.c' },
      condition: 'als',
      hopes: 'x',
      'alsfrs-1': '3',
    }
    expect(answersForProvider(answers, ['about', 'condition'])).toEqual({
      'patient-name': 'A',
      condition: 'als',
    })
    expect(answersForProvider(answers, [])).toEqual({})
    expect(answersForProvider(answers, ['<script>'])).toEqual({})
  })
})
