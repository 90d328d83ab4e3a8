import type { CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import {
  choiceOf,
  pastDateOf,
  problem,
  textOf,
  type RawFields,
  type TreatmentProblem,
} from './treatment-problem.ts'

// An adverse event, reported by the clinic or the family at any time. The
// grade is CTCAE's (1 mild … 5 death), stored with the CTCAE version it was
// graded under, because grade wording changes between versions. Serious
// means grade 3 or more, or any of the regulatory seriousness criteria
// (ICH E2A): a grade-2 event that keeps someone in hospital is serious.
export const CTCAE_VERSION = '5.0'
export const ctcaeGrades = [1, 2, 3, 4, 5] as const
export type CtcaeGrade = (typeof ctcaeGrades)[number]

export const seriousnessCriteria = [
  'death',
  'life-threatening',
  'hospitalisation',
  'disability',
  'other-medically-important',
] as const
export type SeriousnessCriterion = (typeof seriousnessCriteria)[number]

/** FHIR R4 adverse-event-outcome codes, so the export needs no mapping. */
export const adverseEventOutcomes = [
  'resolved',
  'recovering',
  'ongoing',
  'resolvedWithSequelae',
  'fatal',
  'unknown',
] as const
export type AdverseEventOutcome = (typeof adverseEventOutcomes)[number]

export const actionsTaken = [
  'none',
  'dose-reduced',
  'treatment-paused',
  'treatment-stopped',
  'medicine-given',
  'admitted',
] as const
export type ActionTaken = (typeof actionsTaken)[number]

export const suspectedRelations = [
  'related',
  'possibly-related',
  'unlikely-related',
  'not-related',
  'unknown',
] as const
export type SuspectedRelation = (typeof suspectedRelations)[number]

export type Reporter = 'clinic' | 'family'

export type AdverseEventReport = {
  description: string
  onset: CalendarDate
  grade: CtcaeGrade
  ctcaeVersion: typeof CTCAE_VERSION
  criteria: SeriousnessCriterion[]
  serious: boolean
  outcome: AdverseEventOutcome
  actionTaken: ActionTaken
  relation: SuspectedRelation
}

export const DESCRIPTION_MAX = 2000

export function isSerious(grade: CtcaeGrade, criteria: readonly SeriousnessCriterion[]): boolean {
  return grade >= 3 || criteria.length > 0
}

/**
 * The same event reported again: same onset, grade and words. A second click
 * on "Send" without JavaScript posts the form twice, and every serious report
 * emails several people; the second one is refused, not stored.
 */
export function alreadyReported(
  report: Pick<AdverseEventReport, 'onset' | 'grade' | 'description'>,
  existing: readonly Pick<AdverseEventReport, 'onset' | 'grade' | 'description'>[],
): TreatmentProblem[] {
  const same = existing.some(
    (e) => e.onset === report.onset && e.grade === report.grade && e.description === report.description,
  )
  return same ? [problem('treatment.event-already-reported', 'form')] : []
}

/** Still needs the coordinator's attention: serious, and not yet over. */
export function isUnresolvedSerious(event: { serious: boolean; outcome: AdverseEventOutcome }): boolean {
  return event.serious && !['resolved', 'resolvedWithSequelae', 'fatal'].includes(event.outcome)
}

/**
 * The form's fields: `description`, `onset`, `grade`, `criteria` (many),
 * `outcome`, `action`, `relation`. The event began under the accepted plan:
 * not before the day it was accepted (`acceptedOn`).
 */
export function parseAdverseEvent(
  raw: RawFields,
  criteriaRaw: readonly string[],
  today: CalendarDate,
  acceptedOn: CalendarDate,
): Result<AdverseEventReport, TreatmentProblem[]> {
  const problems: TreatmentProblem[] = []
  const description = textOf(raw, 'description', DESCRIPTION_MAX, problems)
  const onset = pastDateOf(raw, 'onset', today, problems)
  if (onset !== null && onset < acceptedOn)
    problems.push(problem('treatment.event-before-acceptance', 'onset'))
  const gradeText = (raw['grade'] ?? '').trim()
  let grade: CtcaeGrade | null = null
  if (gradeText === '') problems.push(problem('treatment.grade-missing', 'grade'))
  else if (!/^[1-5]$/.test(gradeText)) problems.push(problem('treatment.grade-invalid', 'grade'))
  else grade = Number(gradeText) as CtcaeGrade
  const criteria = seriousnessCriteria.filter((c) => criteriaRaw.includes(c))
  const outcome = choiceOf(raw, 'outcome', adverseEventOutcomes, problems)
  // Grade 5 is death by definition; any other outcome contradicts it.
  if (grade === 5 && outcome !== null && outcome !== 'fatal')
    problems.push(problem('treatment.grade-5-not-fatal', 'outcome'))
  // So is "it led to death" beside an outcome other than death.
  else if (criteria.includes('death') && outcome !== null && outcome !== 'fatal')
    problems.push(problem('treatment.death-not-fatal', 'outcome'))
  const actionTaken = choiceOf(raw, 'action', actionsTaken, problems)
  const relation = choiceOf(raw, 'relation', suspectedRelations, problems)
  if (problems.length > 0 || onset === null || grade === null || !outcome || !actionTaken || !relation)
    return err(problems)
  return ok({
    description,
    onset,
    grade,
    ctcaeVersion: CTCAE_VERSION,
    criteria,
    serious: isSerious(grade, criteria),
    outcome,
    actionTaken,
    relation,
  })
}
