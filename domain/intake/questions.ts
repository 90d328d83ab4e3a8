import { itemIds, type ItemId } from '../alsfrs/items.ts'

// The guided intake as data: every question, the section it belongs to, the
// form it takes and when it applies. One route renders any question, the
// check-answers page lists them, and the task list derives from them, so a
// question added here appears everywhere at once.
export const intakeSections = ['about', 'condition', 'alsfrs', 'goals'] as const
export type IntakeSection = (typeof intakeSections)[number]

export type AnswerValue = string | string[] | Record<string, string>
export type IntakeAnswers = Partial<Record<string, AnswerValue>>

export type Choice = { value: string; exclusive?: boolean }

type Base = {
  id: string
  section: IntakeSection
  /** Left out: the question always applies. */
  when?: (answers: IntakeAnswers) => boolean
  optional?: boolean
}

export type Question = Base &
  (
    | { kind: 'radios'; choices: readonly Choice[] }
    | {
        kind: 'checkboxes'
        choices: readonly Choice[]
        otherChoice?: string
        max?: number
        /** Choices that are country codes are named by Intl, not the catalogue. */
        regionChoices?: boolean
      }
    | { kind: 'text'; maxLength: number; autoComplete?: string; inputMode?: 'text' | 'email' | 'tel' }
    | { kind: 'textarea'; maxLength: number }
    | {
        kind: 'date'
        notBefore?: string
        /** Offered as today until answered: most people answer it the day they are asked. */
        todayByDefault?: boolean
      }
    | { kind: 'select'; options: 'countries' | 'languages' | 'time-zones' }
    | { kind: 'contact' }
    | { kind: 'fvc' }
    | { kind: 'money' }
    | { kind: 'date-range' }
    | { kind: 'alsfrs-item'; item: ItemId }
  )

const choices = (...values: string[]): Choice[] => values.map((value) => ({ value }))

const isAls = (a: IntakeAnswers) => a['condition'] === 'als'
const hasFeedingTube = (a: IntakeAnswers) => a['feeding-tube'] === 'yes'

export const questions: readonly Question[] = [
  { id: 'who-for', section: 'about', kind: 'radios', choices: choices('myself', 'someone-else') },
  {
    id: 'relationship',
    section: 'about',
    kind: 'radios',
    choices: choices('parent', 'spouse', 'child', 'sibling', 'other-family', 'friend'),
    when: (a) => a['who-for'] === 'someone-else',
  },
  {
    // On what authority they act for the patient (authority.ts): "neither" stops the intake.
    id: 'authority',
    section: 'about',
    kind: 'radios',
    choices: choices('permission', 'legal-representative', 'neither'),
    when: (a) => a['who-for'] === 'someone-else',
  },
  { id: 'patient-name', section: 'about', kind: 'text', maxLength: 200, autoComplete: 'off' },
  { id: 'date-of-birth', section: 'about', kind: 'date' },
  { id: 'country', section: 'about', kind: 'select', options: 'countries' },
  { id: 'language', section: 'about', kind: 'select', options: 'languages' },
  { id: 'time-zone', section: 'about', kind: 'select', options: 'time-zones' },
  { id: 'contact', section: 'about', kind: 'contact' },

  { id: 'condition', section: 'condition', kind: 'radios', choices: choices('als', 'other') },
  {
    id: 'condition-other',
    section: 'condition',
    kind: 'text',
    maxLength: 200,
    when: (a) => a['condition'] === 'other',
  },
  { id: 'first-symptoms', section: 'condition', kind: 'date', notBefore: 'date-of-birth', when: isAls },
  { id: 'diagnosis-date', section: 'condition', kind: 'date', notBefore: 'first-symptoms', when: isAls },
  {
    id: 'onset-region',
    section: 'condition',
    kind: 'radios',
    choices: choices('bulbar', 'limb', 'respiratory', 'unknown'),
    when: isAls,
  },
  {
    id: 'diagnostic-category',
    section: 'condition',
    kind: 'radios',
    choices: choices('definite', 'probable', 'probable-laboratory-supported', 'possible', 'unknown'),
    when: isAls,
  },
  {
    id: 'genetics',
    section: 'condition',
    kind: 'checkboxes',
    choices: [
      { value: 'sod1' },
      { value: 'c9orf72' },
      { value: 'other' },
      { value: 'none-found', exclusive: true },
      { value: 'unknown', exclusive: true },
    ],
    when: isAls,
  },
  {
    id: 'medicines',
    section: 'condition',
    kind: 'checkboxes',
    choices: [
      { value: 'riluzole' },
      { value: 'edaravone' },
      { value: 'tofersen' },
      { value: 'other' },
      { value: 'none', exclusive: true },
    ],
    otherChoice: 'other',
    when: isAls,
  },
  {
    id: 'breathing-support',
    section: 'condition',
    kind: 'radios',
    choices: choices('none', 'niv-part-time', 'niv-full-time', 'invasive'),
    when: isAls,
  },
  { id: 'feeding-tube', section: 'condition', kind: 'radios', choices: choices('yes', 'no'), when: isAls },
  { id: 'fvc', section: 'condition', kind: 'fvc', optional: true, when: isAls },

  {
    id: 'alsfrs-date',
    section: 'alsfrs',
    kind: 'date',
    notBefore: 'first-symptoms',
    todayByDefault: true,
    when: isAls,
  },
  ...itemIds.map((item): Question => ({
    id: `alsfrs-${item}`,
    section: 'alsfrs',
    kind: 'alsfrs-item',
    item,
    when:
      item === '5a'
        ? (a) => isAls(a) && !hasFeedingTube(a)
        : item === '5b'
          ? (a) => isAls(a) && hasFeedingTube(a)
          : isAls,
  })),

  { id: 'hopes', section: 'goals', kind: 'textarea', maxLength: 2000 },
  {
    id: 'treatments-of-interest',
    section: 'goals',
    kind: 'checkboxes',
    choices: choices(
      'assessment',
      'medicines',
      'breathing-support',
      'feeding-support',
      'rehabilitation',
      'clinical-trial',
      'second-opinion',
      'stem-cells',
    ),
    optional: true,
  },
  {
    id: 'countries-of-interest',
    section: 'goals',
    kind: 'checkboxes',
    choices: [...choices('IN', 'KR', 'DE', 'MX', 'TH', 'TR'), { value: 'any', exclusive: true }],
    regionChoices: true,
  },
  { id: 'budget', section: 'goals', kind: 'money', optional: true },
  { id: 'travel-window', section: 'goals', kind: 'date-range', optional: true },
  { id: 'attendants', section: 'goals', kind: 'radios', choices: choices('0', '1', '2', '3-or-more') },
]

const byId = new Map(questions.map((q) => [q.id, q]))

export function findQuestion(id: string): Question | undefined {
  return byId.get(id)
}

export function applies(question: Question, answers: IntakeAnswers): boolean {
  return question.when ? question.when(answers) : true
}

/** The questions of a section that apply to these answers, in order. */
export function sectionQuestions(section: IntakeSection, answers: IntakeAnswers): Question[] {
  return questions.filter((q) => q.section === section && applies(q, answers))
}

export function isAnswered(question: Question, answers: IntakeAnswers): boolean {
  return answers[question.id] !== undefined
}

/** The first question of a section that still needs an answer, or null when the section is done. */
export function nextUnanswered(section: IntakeSection, answers: IntakeAnswers): Question | null {
  return sectionQuestions(section, answers).find((q) => !isAnswered(q, answers)) ?? null
}

/** Where to go after answering a question: the next one in its section that applies, or null at the end. */
export function nextQuestion(current: Question, answers: IntakeAnswers): Question | null {
  const list = sectionQuestions(current.section, answers)
  const i = list.findIndex((q) => q.id === current.id)
  return list[i + 1] ?? null
}

export function previousQuestion(current: Question, answers: IntakeAnswers): Question | null {
  const list = sectionQuestions(current.section, answers)
  const i = list.findIndex((q) => q.id === current.id)
  return i > 0 ? list[i - 1]! : null
}

/**
 * Answers to questions that no longer apply (after a change) are dropped, so
 * nothing stale is shared. Entries that answer no question (the offer
 * choice's "help me choose") are the case's own and are kept.
 */
export function pruneAnswers(answers: IntakeAnswers): IntakeAnswers {
  const kept: IntakeAnswers = {}
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id)
    if (value !== undefined && (!question || applies(question, answers))) kept[id] = value
  }
  return kept
}
