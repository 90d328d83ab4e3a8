import { itemIds, itemScores, type ItemId, type ItemScore } from '../alsfrs/items.ts'
import { scoreAlsfrs, type AlsfrsScore, type Answers } from '../alsfrs/score.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { FVC_RANGE, WEIGHT_RANGE } from '../treatment/pre-treatment-assessment.ts'
import { problem, type RawFields, type TreatmentProblem } from '../treatment/treatment-problem.ts'

// A follow-up check-in (issue 17, ADR 0065): the ALSFRS-R on the intake's own
// one-question-per-page pages, who answered it (the scale's validity depends
// on it: self-report and a caregiver's or an interviewer's report differ),
// and what changed since treatment. It is filled in step by step into a
// sealed draft, so it works without JavaScript and survives a closed tab;
// only a complete draft becomes a check-in.

/** Who gave the answers: the patient, a caregiver for them, or the coordinator over the phone. */
export const answeredByChoices = ['self', 'caregiver', 'coordinator-phone'] as const
export type AnsweredBy = (typeof answeredByChoices)[number]
/** What the family chooses between; the coordinator's check-in is always by phone. */
export const familyAnsweredBy = ['self', 'caregiver'] as const satisfies readonly AnsweredBy[]

export const breathingSupports = ['none', 'niv-part-time', 'niv-over-22h', 'invasive'] as const
export type BreathingSupport = (typeof breathingSupports)[number]
export const feedingSupports = ['oral', 'modified', 'gastrostomy'] as const
export type FeedingSupport = (typeof feedingSupports)[number]

export const CHECK_IN_TEXT_MAX = 2000

export type CheckInDraft = {
  answeredBy?: AnsweredBy
  feeding?: FeedingSupport
  items?: Partial<Record<ItemId, ItemScore>>
  breathing?: BreathingSupport
  /** Present once the measures page was answered; null: not measured. */
  fvcPercent?: number | null
  weightKg?: number | null
  /** Present once the changes page was answered; empty: nothing new. */
  newProblems?: string
  medicineChanges?: string
}

export type CheckIn = {
  answeredBy: AnsweredBy
  /** By phone: who gave the answers to the coordinator (absent in check-ins from before it was asked). */
  onThePhone?: 'self' | 'caregiver'
  feeding: FeedingSupport
  breathing: BreathingSupport
  answers: Answers
  alsfrs: AlsfrsScore
  fvcPercent: number | null
  weightKg: number | null
  newProblems: string
  medicineChanges: string
}

export type CheckInStep = 'who' | 'feeding' | `item-${ItemId}` | 'breathing' | 'measures' | 'changes'

/** Item 5 has two forms: 5b for someone fed by gastrostomy, 5a otherwise. */
const itemsFor = (feeding: FeedingSupport | undefined): ItemId[] =>
  itemIds.filter((id) =>
    id === '5a' ? feeding !== 'gastrostomy' : id === '5b' ? feeding === 'gastrostomy' : true,
  )

/** The pages in order. Feeding comes first: it decides which form of item 5 is asked. */
// The same pages by phone and online; callers still say which, as the pages' words differ.
export function checkInSteps(draft: CheckInDraft, _byPhone: boolean): CheckInStep[] {
  return [
    // By phone too: the coordinator asks who is answering, the patient or a caregiver.
    'who',
    'feeding',
    ...itemsFor(draft.feeding).map((id) => `item-${id}` as const),
    'breathing',
    'measures',
    'changes',
  ]
}

export function isCheckInStep(
  step: string | undefined,
  draft: CheckInDraft,
  byPhone: boolean,
): step is CheckInStep {
  return checkInSteps(draft, byPhone).includes(step as CheckInStep)
}

function answered(draft: CheckInDraft, step: CheckInStep): boolean {
  if (step === 'who') return draft.answeredBy !== undefined
  if (step === 'feeding') return draft.feeding !== undefined
  if (step === 'breathing') return draft.breathing !== undefined
  if (step === 'measures') return draft.fvcPercent !== undefined
  if (step === 'changes') return draft.newProblems !== undefined
  return draft.items?.[step.slice('item-'.length) as ItemId] !== undefined
}

/** The first page still to answer, or the check page when none is. */
export function firstOpenStep(draft: CheckInDraft, byPhone: boolean): CheckInStep | 'check' {
  return checkInSteps(draft, byPhone).find((s) => !answered(draft, s)) ?? 'check'
}

/** The page after this one: the next still to answer, else the check page. */
export function stepAfter(draft: CheckInDraft, byPhone: boolean, step: CheckInStep): CheckInStep | 'check' {
  const steps = checkInSteps(draft, byPhone)
  return (
    steps.slice(steps.indexOf(step) + 1).find((s) => !answered(draft, s)) ?? firstOpenStep(draft, byPhone)
  )
}

export function stepBefore(
  draft: CheckInDraft,
  byPhone: boolean,
  step: CheckInStep | 'check',
): CheckInStep | null {
  const steps = checkInSteps(draft, byPhone)
  return step === 'check' ? (steps.at(-1) ?? null) : (steps[steps.indexOf(step) - 1] ?? null)
}

const decimal = /^\d{1,3}(\.\d)?$/

function optionalNumber(
  raw: RawFields,
  field: string,
  range: { min: number; max: number },
  code: 'treatment.fvc-invalid' | 'treatment.weight-invalid',
  problems: TreatmentProblem[],
): number | null {
  const text = (raw[field] ?? '').trim().replace(',', '.')
  if (text === '') return null
  const value = Number(text)
  if (!decimal.test(text) || value < range.min || value > range.max) {
    problems.push(problem(code, field))
    return null
  }
  return value
}

function choice<T extends string>(
  raw: RawFields,
  choices: readonly T[],
  problems: TreatmentProblem[],
): T | null {
  const value = raw['answer']
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T
  problems.push(problem('treatment.choice-missing', 'answer'))
  return null
}

function text(raw: RawFields, field: string, problems: TreatmentProblem[]): string {
  const value = (raw[field] ?? '').trim()
  if (value.length > CHECK_IN_TEXT_MAX)
    problems.push(problem('treatment.text-too-long', field, CHECK_IN_TEXT_MAX))
  return value
}

/**
 * One page's answer, checked: the change it makes to the draft, or what is
 * wrong on the page's fields. An item out of 0–4 is refused on its field.
 */
export function parseStep(
  step: CheckInStep,
  raw: RawFields,
  choices: { answeredBy: readonly AnsweredBy[] } = { answeredBy: familyAnsweredBy },
): Result<CheckInDraft, TreatmentProblem[]> {
  const problems: TreatmentProblem[] = []
  let change: CheckInDraft = {}
  if (step === 'who') {
    const v = choice(raw, choices.answeredBy, problems)
    if (v) change = { answeredBy: v }
  } else if (step === 'feeding') {
    const v = choice(raw, feedingSupports, problems)
    if (v) change = { feeding: v }
  } else if (step === 'breathing') {
    const v = choice(raw, breathingSupports, problems)
    if (v) change = { breathing: v }
  } else if (step === 'measures') {
    const fvcPercent = optionalNumber(raw, 'fvc', FVC_RANGE, 'treatment.fvc-invalid', problems)
    const weightKg = optionalNumber(raw, 'weight', WEIGHT_RANGE, 'treatment.weight-invalid', problems)
    change = { fvcPercent, weightKg }
  } else if (step === 'changes') {
    change = {
      newProblems: text(raw, 'problems', problems),
      medicineChanges: text(raw, 'medicines', problems),
    }
  } else {
    const value = (raw['answer'] ?? '').trim()
    if (!/^[0-4]$/.test(value)) problems.push(problem('treatment.alsfrs-item-invalid', 'answer'))
    else change = { items: { [step.slice('item-'.length)]: Number(value) as ItemScore } }
  }
  return problems.length > 0 ? err(problems) : ok(change)
}

/** The draft with one page's change applied (items merge; a new feeding answer may switch item 5's form). */
export function applyStep(draft: CheckInDraft, change: CheckInDraft): CheckInDraft {
  return { ...draft, ...change, items: { ...draft.items, ...change.items } }
}

export type IncompleteCheckIn = { code: 'follow-up.incomplete'; step: CheckInStep }

/**
 * The ALSFRS-R item 12 (respiratory insufficiency) answers each breathing
 * support agrees with, by the item's anchors: 4 no ventilatory support,
 * 3 intermittent NIV, 2 continuous NIV at night, 1 continuous NIV day and
 * night, 0 invasive ventilation (intubation or tracheostomy). A mask worn
 * part of the time may be any of 3 to 1; more than 22 hours a day is
 * continuous day and night.
 */
const item12Agreeing: Record<BreathingSupport, readonly ItemScore[]> = {
  none: [4],
  'niv-part-time': [3, 2, 1],
  'niv-over-22h': [1],
  invasive: [0],
}

/** Whether item 12 and the breathing support say different things (false while either is unanswered). */
export function breathingContradicts(draft: CheckInDraft): boolean {
  const item12 = draft.items?.['12']
  if (item12 === undefined || draft.breathing === undefined) return false
  return !item12Agreeing[draft.breathing].includes(item12)
}

/**
 * A page's answer against the draft it joins: item 12 and the breathing
 * support must agree (item 12 below 4 with no breathing machine put King's
 * stage at 4B on a contradiction). Refused on the page just answered, so the
 * person sees which answer to change.
 */
export function contradictionOn(step: CheckInStep, draft: CheckInDraft): TreatmentProblem[] {
  if (!breathingContradicts(draft)) return []
  if (step === 'breathing') return [problem('treatment.breathing-contradicts-item-12', 'answer')]
  if (step === 'item-12') return [problem('treatment.item-12-contradicts-breathing', 'answer')]
  return []
}

/** A draft whose answers disagree (saved before the rule, or changed out of order) is not sent. */
export type ContradictoryCheckIn = { code: 'follow-up.breathing-contradiction'; field: 'form' }

/** A complete draft as a check-in: every page answered, the ALSFRS-R scored with the item 5 its feeding asks. */
export function finishCheckIn(
  draft: CheckInDraft,
  byPhone: boolean,
): Result<CheckIn, IncompleteCheckIn | ContradictoryCheckIn> {
  const open = firstOpenStep(draft, byPhone)
  if (open !== 'check') return err({ code: 'follow-up.incomplete', step: open })
  if (breathingContradicts(draft)) return err({ code: 'follow-up.breathing-contradiction', field: 'form' })
  const answers: Answers = {}
  for (const id of itemsFor(draft.feeding)) answers[id] = draft.items?.[id]
  const scored = scoreAlsfrs(answers, { gastrostomy: draft.feeding === 'gastrostomy' })
  // Every item was checked on its page; a stored draft that does not score was tampered with.
  if (!scored.ok) return err({ code: 'follow-up.incomplete', step: 'feeding' })
  return ok({
    answeredBy: byPhone ? 'coordinator-phone' : draft.answeredBy!,
    ...(byPhone && (draft.answeredBy === 'self' || draft.answeredBy === 'caregiver')
      ? { onThePhone: draft.answeredBy }
      : {}),
    feeding: draft.feeding!,
    breathing: draft.breathing!,
    answers,
    alsfrs: scored.value,
    fvcPercent: draft.fvcPercent ?? null,
    weightKg: draft.weightKg ?? null,
    newProblems: draft.newProblems ?? '',
    medicineChanges: draft.medicineChanges ?? '',
  })
}

export const itemScoreChoices: readonly ItemScore[] = itemScores
