import { describe, expect, test } from 'vitest'
import { answersForProvider } from './answers-for-provider.ts'
import { authorityOf, mayActForPatient } from './authority.ts'
import { questionToAsk, stepAfterAnswer } from './next-step.ts'
import { findQuestion, sectionQuestions } from './questions.ts'
import { incompleteTasks, taskStatuses, type IntakeState } from './task-list.ts'
import { taskTargets } from './task-targets.ts'

const state = (answers: IntakeState['answers']): IntakeState => ({
  answers,
  offers: [],
  helpMeChoose: true,
  documentCount: 0,
  processingConsent: false,
  decidedProviderIds: [],
})
const forSomeoneElse = { 'who-for': 'someone-else', relationship: 'parent' }

describe('on what authority someone fills in a case for another person', () => {
  test('is asked after the relationship, one question on its own page, only for someone else', () => {
    expect(
      sectionQuestions('about', forSomeoneElse)
        .map((q) => q.id)
        .slice(0, 4),
    ).toEqual(['who-for', 'relationship', 'authority', 'patient-name'])
    expect(sectionQuestions('about', { 'who-for': 'myself' }).map((q) => q.id)).not.toContain('authority')
    const authority = findQuestion('authority')!
    expect(authority.kind).toBe('radios')
    expect(authority.kind === 'radios' && authority.choices.map((c) => c.value)).toEqual([
      'permission',
      'legal-representative',
      'neither',
    ])
  })

  test.each([
    [{ 'who-for': 'myself' }, true],
    [{}, true],
    [forSomeoneElse, false],
    [{ ...forSomeoneElse, authority: 'permission' }, true],
    [{ ...forSomeoneElse, authority: 'legal-representative' }, true],
    [{ ...forSomeoneElse, authority: 'neither' }, false],
  ])('%j: may act for the patient, %s', (answers, may) => {
    expect(mayActForPatient(answers)).toBe(may)
  })

  test('is recorded as the authority, or none', () => {
    expect(authorityOf({ ...forSomeoneElse, authority: 'legal-representative' })).toBe('legal-representative')
    expect(authorityOf({ ...forSomeoneElse, authority: 'neither' })).toBeNull()
    expect(authorityOf({ 'who-for': 'myself', authority: 'permission' })).toBeNull()
  })

  test('neither: the next page explains what to do instead of going on', () => {
    expect(stepAfterAnswer(findQuestion('authority')!, forSomeoneElse, null)).toEqual({ to: 'no-authority' })
    expect(stepAfterAnswer(findQuestion('authority')!, forSomeoneElse, 'check-answers')).toEqual({
      to: 'no-authority',
    })
    expect(
      stepAfterAnswer(findQuestion('authority')!, { ...forSomeoneElse, authority: 'permission' }, null),
    ).toEqual({
      to: 'question',
      questionId: 'patient-name',
      returnTo: null,
    })
  })

  test('without it, no question about the patient is asked and no other task can start', () => {
    expect(questionToAsk('patient-name', forSomeoneElse)).toBeNull()
    expect(questionToAsk('alsfrs-1', { ...forSomeoneElse, condition: 'als' })).toBeNull()
    expect(questionToAsk('authority', forSomeoneElse)?.id).toBe('authority')
    expect(questionToAsk('patient-name', { ...forSomeoneElse, authority: 'permission' })?.id).toBe(
      'patient-name',
    )
    const statuses = taskStatuses(state(forSomeoneElse))
    expect(statuses).toMatchObject({
      about: 'in-progress',
      condition: 'cannot-start',
      alsfrs: 'cannot-start',
      goals: 'cannot-start',
      providers: 'cannot-start',
      records: 'cannot-start',
      consent: 'cannot-start',
      check: 'cannot-start',
    })
    expect(taskTargets(forSomeoneElse, statuses)).toMatchObject({
      about: { to: 'question', questionId: 'authority' },
      condition: null,
      goals: null,
      providers: null,
      records: null,
    })
    expect(incompleteTasks(state(forSomeoneElse))).toContain('about')
    expect(taskStatuses(state({ ...forSomeoneElse, authority: 'permission' })).condition).toBe('not-started')
  })

  test('is not shown to a provider, like the relationship', () => {
    const answers = { ...forSomeoneElse, authority: 'permission', 'patient-name': 'A' }
    expect(answersForProvider(answers, ['about', 'patient'])).not.toHaveProperty('authority')
  })
})
