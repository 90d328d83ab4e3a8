import { describe, expect, test } from 'vitest'
import { cannotStartReasons, intakeTasks, taskStatuses, type IntakeState } from './task-list.ts'

const state = (over: Partial<IntakeState> = {}): IntakeState => ({
  answers: {},
  offers: [],
  helpMeChoose: false,
  documentCount: 0,
  processingConsent: false,
  decidedProviderIds: [],
  ...over,
})

describe('why a task cannot start yet', () => {
  test('someone acting for another person is asked first on what authority', () => {
    const reasons = cannotStartReasons(
      state({ answers: { 'who-for': 'someone-else', relationship: 'child' } }),
    )
    expect(reasons.condition).toEqual({ code: 'authority-first' })
    expect(reasons.providers).toEqual({ code: 'authority-first' })
    expect(reasons.about).toBeUndefined()
  })

  test('the daily function questions wait for the condition', () => {
    expect(cannotStartReasons(state({ answers: { 'who-for': 'myself' } })).alsfrs).toEqual({
      code: 'condition-first',
    })
  })

  test('consent waits for providers to be chosen, or help to choose them', () => {
    expect(cannotStartReasons(state()).consent).toEqual({ code: 'providers-first' })
    expect(cannotStartReasons(state({ helpMeChoose: true })).consent).toBeUndefined()
  })

  test('checking and sending names the tasks still to finish, in task-list order', () => {
    const answers = { 'who-for': 'myself', condition: 'other' }
    expect(cannotStartReasons(state({ answers, helpMeChoose: true })).check).toEqual({
      code: 'tasks-first',
      tasks: ['about', 'condition', 'goals', 'consent'],
    })
  })

  test.each([
    state(),
    state({ answers: { 'who-for': 'someone-else' } }),
    state({ answers: { 'who-for': 'myself', condition: 'als' }, helpMeChoose: true }),
  ])('every task marked “Cannot start yet” has a reason, and only those (%#)', (s) => {
    const statuses = taskStatuses(s)
    const reasons = cannotStartReasons(s)
    for (const task of intakeTasks)
      expect(Boolean(reasons[task]), task).toBe(statuses[task] === 'cannot-start')
  })
})
