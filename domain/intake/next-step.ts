import { beforeActing, mayActForPatient } from './authority.ts'
import type { Fields } from './parse-answer.ts'
import {
  applies,
  findQuestion,
  intakeSections,
  nextQuestion,
  nextUnanswered,
  type IntakeAnswers,
  type Question,
} from './questions.ts'

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

/** Where to go after saving: check-answers, the task list ("Save and come back later"), or the next question. */
export type ReturnTo = 'check-answers' | 'task-list' | null

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

/** A question page's address, read against the case's answers. */
export type QuestionLookup =
  | { found: 'ask'; question: Question }
  /** A real question that does not apply yet (or no longer): where to go instead. */
  | { found: 'elsewhere'; step: IntakeStep }
  /** No such question: a 404. */
  | { found: 'unknown' }

/** The first question still to answer that may be asked now, its own section first; null when none is left. */
function firstOpenQuestion(preferred: Question['section'], answers: IntakeAnswers): Question | null {
  const order = [preferred, ...intakeSections.filter((s) => s !== preferred)]
  for (const section of order) {
    const open = nextUnanswered(section, answers)
    if (open && questionToAsk(open.id, answers)) return open
  }
  return null
}

/**
 * What a link to a question leads to. A question that exists but does not
 * apply yet (a bookmark, a link in an email, a changed answer) leads to the
 * first question still open rather than a dead end: in its own section when
 * there is one, else the intake's first, else the task list. Someone acting
 * for the patient who has not said on what authority is asked that first.
 */
export function lookUpQuestion(id: string | undefined, answers: IntakeAnswers): QuestionLookup {
  const question = id ? findQuestion(id) : undefined
  if (!question) return { found: 'unknown' }
  const asked = questionToAsk(question.id, answers)
  if (asked) return { found: 'ask', question: asked }
  const open = firstOpenQuestion(question.section, answers)
  return {
    found: 'elsewhere',
    step: open ? { to: 'question', questionId: open.id, returnTo: null } : { to: 'task-list' },
  }
}

/**
 * The step after saving an answer. After the authority question, answers
 * with no authority mean the person said "neither", which is not kept
 * (parse-answer.ts accepts it; answer-sources.ts, recordAnswer, drops it).
 */
export function stepAfterAnswer(question: Question, answers: IntakeAnswers, returnTo: ReturnTo): IntakeStep {
  if (question.id === 'authority' && !mayActForPatient(answers)) return { to: 'no-authority' }
  if (returnTo === 'task-list') return { to: 'task-list' }
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

/** The boxes a question's page asks in (the money question's currency always holds a value: not counted). */
function boxesOf(question: Question): readonly string[] {
  switch (question.kind) {
    case 'date':
      return ['day', 'month', 'year']
    case 'date-range':
      return ['from-day', 'from-month', 'from-year', 'to-day', 'to-month', 'to-year']
    case 'fvc':
      return ['percent', 'day', 'month', 'year']
    case 'contact':
      return ['method', 'detail']
    case 'money':
      return ['amount']
    case 'checkboxes':
      return ['answer', 'other']
    default:
      return ['answer']
  }
}

/**
 * "Save and come back later" on a question left blank: nothing was chosen or
 * typed in any of its boxes, so there is nothing to save and nothing to fix,
 * and the person simply leaves. Anything given that is not yet a whole answer
 * (half a date, a number without its date) is shown with its error instead,
 * so it is never dropped unseen.
 */
export function leftBlank(question: Question, fields: Fields): boolean {
  return boxesOf(question).every((name) => (fields[name] ?? []).every((value) => value.trim() === ''))
}
