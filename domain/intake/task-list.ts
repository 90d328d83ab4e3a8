import { mayActForPatient } from './authority.ts'
import { nextUnanswered, sectionQuestions, type IntakeAnswers, type IntakeSection } from './questions.ts'

// The intake's task list (GOV.UK "complete multiple tasks"): where each part
// stands, derived from the answers and choices, never stored.
export const intakeTasks = [
  'about',
  'condition',
  'alsfrs',
  'goals',
  'providers',
  'records',
  'consent',
  'check',
] as const
export type IntakeTask = (typeof intakeTasks)[number]

export type TaskStatus =
  'not-started' | 'in-progress' | 'completed' | 'optional' | 'not-applicable' | 'cannot-start'

export type IntakeState = {
  answers: IntakeAnswers
  offers: readonly {
    offerId: string
    needsAcknowledgement: boolean
    acknowledged: boolean
    providerId: string
  }[]
  helpMeChoose: boolean
  documentCount: number
  processingConsent: boolean
  /** Providers for which the patient decided to share or not. */
  decidedProviderIds: readonly string[]
}

export const MAX_CHOSEN_OFFERS = 5

function sectionStatus(section: IntakeSection, answers: IntakeAnswers): TaskStatus {
  const list = sectionQuestions(section, answers)
  if (list.length === 0) return 'not-applicable'
  const answered = list.filter((q) => answers[q.id] !== undefined).length
  if (answered === 0) return 'not-started'
  return nextUnanswered(section, answers) ? 'in-progress' : 'completed'
}

export function providersStatus(state: IntakeState): TaskStatus {
  if (state.offers.length === 0) return state.helpMeChoose ? 'completed' : 'not-started'
  return state.offers.every((o) => !o.needsAcknowledgement || o.acknowledged) ? 'completed' : 'in-progress'
}

export function chosenProviderIds(state: Pick<IntakeState, 'offers'>): string[] {
  return [...new Set(state.offers.map((o) => o.providerId))]
}

export function consentStatus(state: IntakeState): TaskStatus {
  const providers = chosenProviderIds(state)
  const decided = providers.filter((p) => state.decidedProviderIds.includes(p)).length
  if (!state.processingConsent) return decided > 0 ? 'in-progress' : 'not-started'
  return decided === providers.length ? 'completed' : 'in-progress'
}

export function taskStatuses(state: IntakeState): Record<IntakeTask, TaskStatus> {
  // Someone filling in for another person says on what authority before anything else.
  if (!mayActForPatient(state.answers)) {
    return {
      about: sectionStatus('about', state.answers),
      condition: 'cannot-start',
      alsfrs: 'cannot-start',
      goals: 'cannot-start',
      providers: 'cannot-start',
      records: 'cannot-start',
      consent: 'cannot-start',
      check: 'cannot-start',
    }
  }
  const base = {
    about: sectionStatus('about', state.answers),
    condition: sectionStatus('condition', state.answers),
    alsfrs:
      state.answers['condition'] === undefined ? 'cannot-start' : sectionStatus('alsfrs', state.answers),
    goals: sectionStatus('goals', state.answers),
    providers: providersStatus(state),
    records: state.documentCount > 0 ? 'completed' : 'optional',
    consent: state.offers.length === 0 && !state.helpMeChoose ? 'cannot-start' : consentStatus(state),
  } satisfies Record<Exclude<IntakeTask, 'check'>, TaskStatus>
  const ready = Object.values(base).every(
    (s) => s === 'completed' || s === 'optional' || s === 'not-applicable',
  )
  return { ...base, check: ready ? 'not-started' : 'cannot-start' }
}

/** The tasks that still stop the case from being sent, in task-list order. */
export function incompleteTasks(state: IntakeState): IntakeTask[] {
  const statuses = taskStatuses(state)
  return intakeTasks.filter(
    (t) => t !== 'check' && !['completed', 'optional', 'not-applicable'].includes(statuses[t]),
  )
}
