import { beforeActing, mayActForPatient } from './authority.ts'
import { applies, findQuestion, nextQuestion, type IntakeAnswers, type Question } from './questions.ts'

// Where the intake goes next. One question per page: after an answer, the
// next question of its section that applies, then the section's end; from
// check-answers, back there, unless the change opened a new question.
export type IntakeStep =
  | { to: 'question'; questionId: string; returnTo: 'check-answers' | null }
  | { to: 'check-answers' }
  | { to: 'alsfrs-result' }
  | { to: 'task-list' }
  /** Someone who has neither the patient's permission nor legal authority: what they can do instead. */
  | { to: 'no-authority' }

export type ReturnTo = 'check-answers' | null

/**
 * The question to show for an id, or null when there is none, it does not
 * apply to these answers, or it is about the patient and whoever fills in the
 * case has not said on what authority they act for them.
 */
export function questionToAsk(id: string | undefined, answers: IntakeAnswers): Question | null {
  const question = id ? findQuestion(id) : undefined
  if (!question || !applies(question, answers)) return null
  return mayActForPatient(answers) || beforeActing.has(question.id) ? question : null
}

/**
 * The step after saving an answer. After the authority question, answers
 * with no authority mean the person said "neither", which is not kept
 * (parse-answer.ts accepts it; answer-sources.ts, recordAnswer, drops it).
 */
export function stepAfterAnswer(question: Question, answers: IntakeAnswers, returnTo: ReturnTo): IntakeStep {
  if (question.id === 'authority' && !mayActForPatient(answers)) return { to: 'no-authority' }
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
