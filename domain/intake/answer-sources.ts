import { breathingConflict } from './breathing-answers.ts'
import type { Who } from '../alsfrs/item-text.ts'
import type { MemberRole } from '../cases/case-members.ts'
import type { MessageKey } from '../i18n/messages/en.ts'
import { noAuthority } from './authority.ts'
import { pruneAnswers, type IntakeAnswers } from './questions.ts'

// Who gave each answer: the patient, a member of the case on their behalf
// (the representative who opened it, or a caregiver they invited), or, once
// coordinators take answers by phone, a coordinator. Staff must know whether
// "I need help" came from the patient or from their son.
//
// It is kept with the answers, in the same sealed JSON (ADR 0016), under one
// entry that is not a question: question id → `<role>:<id>`, the member's id
// for members and the user's for a coordinator. Sealed together, an answer
// and its source can never be saved apart. Answers saved before sources were
// recorded have none; readers say so rather than guess.
export const answerSourcesKey = 'answered-by'

export const answererRoles = ['patient', 'representative', 'caregiver', 'coordinator'] as const
export type AnswererRole = (typeof answererRoles)[number]

export type AnswerSource =
  { role: Exclude<AnswererRole, 'coordinator'>; memberId: string } | { role: 'coordinator'; userId: string }

/** The source of an answer given by a member of the case, in the capacity they act in. */
export function memberSource(member: { id: string; role: MemberRole }): AnswerSource {
  return { role: member.role, memberId: member.id }
}

const encode = (s: AnswerSource) => `${s.role}:${s.role === 'coordinator' ? s.userId : s.memberId}`

function decode(value: unknown): AnswerSource | null {
  if (typeof value !== 'string') return null
  const at = value.indexOf(':')
  const role = value.slice(0, at) as AnswererRole
  const id = value.slice(at + 1)
  if (at < 1 || id === '' || !answererRoles.includes(role)) return null
  return role === 'coordinator' ? { role, userId: id } : { role, memberId: id }
}

function sourcesEntry(answers: IntakeAnswers): Record<string, string> {
  const entry = answers[answerSourcesKey]
  return entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : {}
}

/** Who gave the answer to a question, or null when it is unanswered or was saved before sources were kept. */
export function answerSourceOf(answers: IntakeAnswers, questionId: string): AnswerSource | null {
  return answers[questionId] === undefined ? null : decode(sourcesEntry(answers)[questionId])
}

/**
 * The answers with one more answer and who gave it, pruned of what no longer
 * applies (sources included). The member's earlier answers take the capacity
 * they act in now: the person who says the case is for someone else becomes
 * the patient's representative (case-members.ts, roleOfOpener), and so were
 * they when they gave the answers before it. "Neither" to the authority
 * question is no authority: it is not kept, and one given before is removed
 * (authority.ts).
 */
export function recordAnswer(
  answers: IntakeAnswers,
  questionId: string,
  value: NonNullable<IntakeAnswers[string]>,
  source: AnswerSource,
): IntakeAnswers {
  const sources: Record<string, string> = {}
  for (const [id, encoded] of Object.entries(sourcesEntry(answers))) {
    const earlier = decode(encoded)
    sources[id] =
      earlier &&
      source.role !== 'coordinator' &&
      earlier.role !== 'coordinator' &&
      earlier.memberId === source.memberId
        ? encode(source)
        : encoded
  }
  const withdrawn = questionId === 'authority' && value === noAuthority
  if (!withdrawn) sources[questionId] = encode(source)
  const { [questionId]: _previous, ...others } = answers
  const kept = pruneAnswers(withdrawn ? others : { ...answers, [questionId]: value })
  // A new breathing support that ALSFRS-R item 12 contradicts: item 12 is asked
  // again rather than left to give clinics a wrong King's stage (breathing-answers.ts).
  const item12 = kept['alsfrs-12']
  if (questionId === 'breathing-support' && typeof item12 === 'string' && breathingConflict(value, item12))
    delete kept['alsfrs-12']
  return {
    ...kept,
    [answerSourcesKey]: Object.fromEntries(Object.entries(sources).filter(([id]) => kept[id] !== undefined)),
  }
}

/**
 * Whether the questions speak to the patient or about them, for a member of
 * the case: only the patient answering their own case reads "your".
 */
export function whoIsAsked(role: MemberRole, answers: IntakeAnswers): Who {
  return role === 'patient' && answers['who-for'] !== 'someone-else' ? 'self' : 'other'
}

/** The form an answer was given in: the patient's own words, or someone else's about them. */
export function whoAnswered(answers: IntakeAnswers, questionId: string): Who {
  const source = answerSourceOf(answers, questionId)
  if (source) return source.role === 'patient' ? 'self' : 'other'
  return answers['who-for'] === 'someone-else' ? 'other' : 'self'
}

/** An answerer in words: the patient, what the representative is to them, a caregiver, a coordinator. */
export type AnswererLine = { key: MessageKey; values?: { relationship: string } }

export function answererLine(answers: IntakeAnswers, source: AnswerSource): AnswererLine {
  if (source.role !== 'representative') return { key: `intake.answeredBy.${source.role}` }
  // ICU select keys cannot hold a hyphen: "other-family" is "family" there.
  const relationship =
    typeof answers['relationship'] === 'string'
      ? answers['relationship'].replace('other-family', 'family')
      : 'other'
  return { key: 'intake.answeredBy.representative', values: { relationship } }
}

/**
 * Who gave a section's answers, in words, once per person: for staff every
 * source (and a line for answers saved before sources were kept); for a
 * member of the case, the others who answered, and whether they did too. A
 * caregiver reading "They are my parent" must know whose "my" that is.
 */
export function answeredByIn(
  answers: IntakeAnswers,
  questionIds: readonly string[],
  viewerMemberId?: string,
): { others: AnswererLine[]; byViewer: boolean } {
  const seen = new Map<string, AnswerSource>()
  let unknown = 0
  let byViewer = false
  for (const id of questionIds) {
    if (answers[id] === undefined) continue
    const source = answerSourceOf(answers, id)
    if (!source) unknown++
    else if (viewerMemberId && source.role !== 'coordinator' && source.memberId === viewerMemberId)
      byViewer = true
    else seen.set(encode(source), source)
  }
  const others = [...seen.values()].map((s) => answererLine(answers, s))
  // A member is not told of answers kept before sources were: they were theirs to give.
  if (unknown > 0 && !viewerMemberId) others.push({ key: 'intake.answeredBy.unknown' })
  return { others, byViewer }
}
