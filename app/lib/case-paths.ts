import type { IntakeStep } from '#domain/intake/next-step.ts'

// The patient-side pages of a case, by name: one place for their addresses.
export function casePath(caseId: string, page?: string): string {
  return `/patient/cases/${caseId}${page ? `/${page}` : ''}`
}

export function questionPath(
  caseId: string,
  questionId: string,
  returnTo: 'check-answers' | null = null,
): string {
  return casePath(caseId, `questions/${questionId}${returnTo ? `?returnTo=${returnTo}` : ''}`)
}

export function stepPath(caseId: string, step: IntakeStep): string {
  switch (step.to) {
    case 'question':
      return questionPath(caseId, step.questionId, step.returnTo)
    case 'check-answers':
      return casePath(caseId, 'check-answers')
    case 'alsfrs-result':
      return casePath(caseId, 'alsfrs-result')
    case 'task-list':
      return casePath(caseId)
    case 'no-authority':
      return casePath(caseId, 'no-authority')
  }
}
