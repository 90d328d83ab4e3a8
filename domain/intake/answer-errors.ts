import type { MessageKey } from '../i18n/messages/en.ts'
import type { Question } from './questions.ts'

// What a question's error says when it was left unanswered: the thing that is
// missing, in the question's own words ("Select how well you can swallow"),
// never a bare "Select an answer" (GOV.UK: say what went wrong and how to fix
// it). One message per question in content/messages/<locale>/cases.json; a
// unit test checks every question has one in every language.

/** The message for a question left unanswered; `part` names the second date of a range. */
export function missingAnswerKey(question: Question, part: 'from' | 'to' = 'from'): MessageKey {
  if (question.kind === 'alsfrs-item') return `intake.error.alsfrs.${question.item}` as MessageKey
  if (question.kind === 'date-range' && part === 'to') return `intake.q.${question.id}.error.to` as MessageKey
  return `intake.q.${question.id}.error` as MessageKey
}
