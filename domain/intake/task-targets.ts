import { nextUnanswered, sectionQuestions, type IntakeAnswers, type IntakeSection } from './questions.ts'
import type { IntakeTask, TaskStatus } from './task-list.ts'

// Where each task of the task list leads: the first question still to answer
// in a section (or its first question to review), a page of the case, or
// nowhere while the task cannot start or does not apply.
export type TaskTarget =
  | { to: 'question'; questionId: string }
  | { to: 'alsfrs-result' }
  | { to: 'page'; page: 'providers' | 'documents' | 'consent' | 'check-answers' }
  | null

function sectionTarget(section: IntakeSection, answers: IntakeAnswers): TaskTarget {
  const open = nextUnanswered(section, answers)
  if (section === 'alsfrs' && !open) return { to: 'alsfrs-result' }
  const first = open ?? sectionQuestions(section, answers)[0]
  return first ? { to: 'question', questionId: first.id } : null
}

export function taskTargets(
  answers: IntakeAnswers,
  statuses: Record<IntakeTask, TaskStatus>,
): Record<IntakeTask, TaskTarget> {
  const closed = (task: IntakeTask) =>
    statuses[task] === 'cannot-start' || statuses[task] === 'not-applicable'
  return {
    about: sectionTarget('about', answers),
    condition: closed('condition') ? null : sectionTarget('condition', answers),
    alsfrs: closed('alsfrs') ? null : sectionTarget('alsfrs', answers),
    goals: closed('goals') ? null : sectionTarget('goals', answers),
    providers: closed('providers') ? null : { to: 'page', page: 'providers' },
    records: closed('records') ? null : { to: 'page', page: 'documents' },
    consent: statuses.consent === 'cannot-start' ? null : { to: 'page', page: 'consent' },
    check: statuses.check === 'cannot-start' ? null : { to: 'page', page: 'check-answers' },
  }
}
