import { asciiDigits } from '../shared/digits.ts'
import { err, ok, type Result } from '../shared/result.ts'

// The treatment plan a clinic sends with its quote (issue 15): what will be
// done (protocol), when (schedule), how many sessions, how long the stay,
// which tests come first and what happens after. A treating doctor signs it,
// and the family reads their name and registration on it, so a doctor whose
// registration the clinic has not recorded cannot sign. Every problem is
// reported at once, each on its field.
export const MAX_PLAN_TEXT = 4000
export const MAX_SESSIONS = 1000
export const MAX_STAY_DAYS = 365

export type TreatmentPlanInput = {
  protocol: string
  schedule: string
  sessions: string
  lengthOfStayDays: string
  pretreatmentTests: string
  aftercare: string
}

export type SigningDoctor = {
  name: string
  registrationNumber: string | null
  registrationCouncil: string | null
}

export type TreatmentPlan = {
  protocol: string
  schedule: string
  sessions: number
  lengthOfStayDays: number
  /** May be empty: not every plan needs tests first. */
  pretreatmentTests: string
  aftercare: string
  doctor: { name: string; registrationNumber: string; registrationCouncil: string }
}

type TextField = 'protocol' | 'schedule' | 'pretreatmentTests' | 'aftercare'

export type PlanProblem =
  | { code: 'plan.text-missing'; field: Exclude<TextField, 'pretreatmentTests'> }
  | { code: 'plan.text-too-long'; max: number; field: TextField }
  | { code: 'plan.sessions-invalid'; max: number; field: 'sessions' }
  | { code: 'plan.stay-invalid'; max: number; field: 'lengthOfStayDays' }
  | { code: 'plan.doctor-unregistered'; field: 'doctor' }

/** A whole number from min to max as typed ("12", or "١٢" in Arabic-Indic digits), or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const t = asciiDigits(text.trim())
  if (!/^\d{1,6}$/.test(t)) return null
  const n = Number(t)
  return n >= min && n <= max ? n : null
}

export function checkTreatmentPlan(
  input: TreatmentPlanInput,
  doctor: SigningDoctor,
): Result<TreatmentPlan, PlanProblem[]> {
  const problems: PlanProblem[] = []
  const text = (field: TextField, required: boolean): string => {
    const t = input[field].trim()
    if (t === '' && required)
      problems.push({ code: 'plan.text-missing', field: field as Exclude<TextField, 'pretreatmentTests'> })
    else if ([...t].length > MAX_PLAN_TEXT)
      problems.push({ code: 'plan.text-too-long', max: MAX_PLAN_TEXT, field })
    return t
  }
  const protocol = text('protocol', true)
  const schedule = text('schedule', true)
  const sessions = wholeNumber(input.sessions, 1, MAX_SESSIONS)
  if (sessions === null)
    problems.push({ code: 'plan.sessions-invalid', max: MAX_SESSIONS, field: 'sessions' })
  // The family travels for it: a stay of at least a day.
  const stay = wholeNumber(input.lengthOfStayDays, 1, MAX_STAY_DAYS)
  if (stay === null)
    problems.push({ code: 'plan.stay-invalid', max: MAX_STAY_DAYS, field: 'lengthOfStayDays' })
  const pretreatmentTests = text('pretreatmentTests', false)
  const aftercare = text('aftercare', true)
  const number = doctor.registrationNumber?.trim() ?? ''
  const council = doctor.registrationCouncil?.trim() ?? ''
  if (number === '' || council === '') problems.push({ code: 'plan.doctor-unregistered', field: 'doctor' })
  if (problems.length > 0 || sessions === null || stay === null) return err(problems)
  return ok({
    protocol,
    schedule,
    sessions,
    lengthOfStayDays: stay,
    pretreatmentTests,
    aftercare,
    doctor: { name: doctor.name, registrationNumber: number, registrationCouncil: council },
  })
}
