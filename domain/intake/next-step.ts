import { applies, findQuestion, nextQuestion, type IntakeAnswers, type Question } from './questions.ts'

// Where the intake goes next. One question per page: after an answer, the
// next question of its section that applies, then the section's end; from
// check-answers, back there, unless the change opened a new question.
export type IntakeStep =
  | { to: 'question'; questionId: string; returnTo: 'check-answers' | null }
  | { to: 'check-answers' }
  | { to: 'alsfrs-result' }
  | { to: 'task-list' }

export type ReturnTo = 'check-answers' | null

/** The question to show for an id, or null when there is none or it does not apply to these answers. */
export function questionToAsk(id: string | undefined, answers: IntakeAnswers): Question | null {
  const question = id ? findQuestion(id) : undefined
  return question && applies(question, answers) ? question : null
}

export function stepAfterAnswer(question: Question, answers: IntakeAnswers, returnTo: ReturnTo): IntakeStep {
  const next = nextQuestion(question, answers)
  if (returnTo === 'check-answers') {
    // A changed answer can open a new question (e.g. "someone else" asks the relationship): ask it first.
    return next && answers[next.id] === undefined
      ? { to: 'question', questionId: next.id, returnTo: 'check-answers' }
      : { to: 'check-answers' }
  }
  if (next) return { to: 'question', questionId: next.id, returnTo: null }
  return question.section === 'alsfrs' ? { to: 'alsfrs-result' } : { to: 'task-list' }
}
