import { isShareableSection } from '../cases/case-consent.ts'
import { answerSourcesKey } from './answer-sources.ts'
import { questions, type IntakeAnswers } from './questions.ts'

// Least data: a provider sees only the sections the patient shared with it,
// and never the contact details (the coordinator is the point of contact).
// Who gave each shared answer comes with it, so a clinic knows whether the
// patient or someone on their behalf answered.
const neverShared = new Set(['contact', 'who-for', 'relationship', 'authority'])

export function answersForProvider(answers: IntakeAnswers, sections: readonly string[]): IntakeAnswers {
  const allowed = new Set(sections.filter(isShareableSection))
  const out: IntakeAnswers = {}
  for (const q of questions) {
    if (allowed.has(q.section) && !neverShared.has(q.id) && answers[q.id] !== undefined)
      out[q.id] = answers[q.id]
  }
  const sources = answers[answerSourcesKey]
  if (sources && typeof sources === 'object' && !Array.isArray(sources)) {
    const shared = Object.fromEntries(Object.entries(sources).filter(([id]) => out[id] !== undefined))
    if (Object.keys(shared).length > 0) out[answerSourcesKey] = shared
  }
  return out
}
