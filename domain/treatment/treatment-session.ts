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

// One treatment session as the clinic records it: when, what was done, by
// which route, the dose where one applies, and the doctor who gave it.
export const sessionRoutes = [
  'intrathecal',
  'intravenous',
  'subcutaneous',
  'intramuscular',
  'oral',
  'inhaled',
  'other',
  'not-applicable',
] as const
export type SessionRoute = (typeof sessionRoutes)[number]

export type TreatmentSession = {
  date: CalendarDate
  procedure: string
  route: SessionRoute
  /** Free text ("100 million cells"), empty when no dose applies. */
  dose: string
  doctor: string
}

export const SESSION_TEXT_MAX = { procedure: 300, dose: 100, doctor: 120 } as const

/**
 * The session's fields, checked against the course: no session may come
 * before the day of the pre-treatment assessment.
 */
export function parseSession(
  raw: RawFields,
  today: CalendarDate,
  assessedOn: CalendarDate,
): Result<TreatmentSession, TreatmentProblem[]> {
  const problems: TreatmentProblem[] = []
  const date = pastDateOf(raw, 'date', today, problems)
  if (date !== null && date < assessedOn)
    problems.push(problem('treatment.session-before-assessment', 'date'))
  const procedure = textOf(raw, 'procedure', SESSION_TEXT_MAX.procedure, problems)
  const route = choiceOf(raw, 'route', sessionRoutes, problems)
  const dose = textOf(raw, 'dose', SESSION_TEXT_MAX.dose, problems, { optional: true })
  const doctor = textOf(raw, 'doctor', SESSION_TEXT_MAX.doctor, problems)
  if (problems.length > 0 || date === null || route === null) return err(problems)
  return ok({ date, procedure, route, dose, doctor })
}
