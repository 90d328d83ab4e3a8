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

/**
 * Why a task cannot start yet, and so what to do first. Every task the list
 * marks "Cannot start yet" has exactly one reason here, which the page says
 * beside it (GOV.UK task list: say why a task cannot be started).
 */
export type CannotStartReason =
  /** Someone filling in for another person has not said on what authority they act. */
  | { code: 'authority-first' }
  /** The ALSFRS-R is asked only once the condition is known to be ALS. */
  | { code: 'condition-first' }
  /** Consent is given per provider: choose them (or ask us to help choose) first. */
  | { code: 'providers-first' }
  /** The case can be checked and sent once these tasks are done. */
  | { code: 'tasks-first'; tasks: IntakeTask[] }

const done = (s: TaskStatus) => s === 'completed' || s === 'optional' || s === 'not-applicable'

function ownStatuses(state: IntakeState): Record<Exclude<IntakeTask, 'check'>, TaskStatus> {
  return {
    about: sectionStatus('about', state.answers),
    condition: sectionStatus('condition', state.answers),
    alsfrs: sectionStatus('alsfrs', state.answers),
    goals: sectionStatus('goals', state.answers),
    providers: providersStatus(state),
    records: state.documentCount > 0 ? 'completed' : 'optional',
    consent: consentStatus(state),
  }
}

function blockerOf(task: Exclude<IntakeTask, 'check'>, state: IntakeState): CannotStartReason | null {
  // Someone filling in for another person says on what authority before anything else.
  if (task !== 'about' && !mayActForPatient(state.answers)) return { code: 'authority-first' }
  if (task === 'alsfrs' && state.answers['condition'] === undefined) return { code: 'condition-first' }
  if (task === 'consent' && state.offers.length === 0 && !state.helpMeChoose)
    return { code: 'providers-first' }
  return null
}

/** Each task that cannot start yet, with why. */
export function cannotStartReasons(state: IntakeState): Partial<Record<IntakeTask, CannotStartReason>> {
  const reasons: Partial<Record<IntakeTask, CannotStartReason>> = {}
  const own = ownStatuses(state)
  const open: IntakeTask[] = []
  for (const task of Object.keys(own) as Exclude<IntakeTask, 'check'>[]) {
    const blocker = blockerOf(task, state)
    if (blocker) reasons[task] = blocker
    if (blocker || !done(own[task])) open.push(task)
  }
  if (open.length > 0) reasons.check = { code: 'tasks-first', tasks: open }
  return reasons
}

export function taskStatuses(state: IntakeState): Record<IntakeTask, TaskStatus> {
  const reasons = cannotStartReasons(state)
  const own = { ...ownStatuses(state), check: 'not-started' as TaskStatus }
  return Object.fromEntries(
    intakeTasks.map((task) => [task, reasons[task] ? 'cannot-start' : own[task]]),
  ) as Record<IntakeTask, TaskStatus>
}

/** The tasks that still stop the case from being sent, in task-list order. */
export function incompleteTasks(state: IntakeState): IntakeTask[] {
  const statuses = taskStatuses(state)
  return intakeTasks.filter(
    (t) => t !== 'check' && !['completed', 'optional', 'not-applicable'].includes(statuses[t]),
  )
}
