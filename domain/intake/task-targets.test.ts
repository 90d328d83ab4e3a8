import { expect, test } from 'vitest'
import { taskStatuses, type IntakeState } from './task-list.ts'
import { taskTargets } from './task-targets.ts'

const state = (answers: IntakeState['answers']): IntakeState => ({
  answers,
  offers: [],
  helpMeChoose: false,
  documentCount: 0,
  processingConsent: false,
  decidedProviderIds: [],
})

test('a section leads to its first unanswered question', () => {
  const answers = { 'who-for': 'myself' }
  expect(taskTargets(answers, taskStatuses(state(answers))).about).toEqual({
    to: 'question',
    questionId: 'patient-name',
  })
})

test('the ALSFRS-R task leads nowhere until it applies', () => {
  const targets = taskTargets({}, taskStatuses(state({})))
  expect(targets.alsfrs).toBeNull()
})

test('checking and consent lead nowhere while they cannot start', () => {
  const statuses = taskStatuses(state({}))
  const targets = taskTargets({}, statuses)
  expect(statuses.check).toBe('cannot-start')
  expect(targets.check).toBeNull()
  expect(targets.records).toEqual({ to: 'page', page: 'documents' })
})
