import { err, ok, type Result } from '../shared/result.ts'
import { finalStages, type CaseStage } from './case-stages.ts'

// A person rarely has more than one or two journeys at a time. A ceiling on
// open cases per account stops a script from filling the database (each case
// holds its own key) without getting in anyone's way.
export const MAX_OPEN_CASES = 10

export type NewCaseRefusal = { code: 'case.too-many-open'; max: number }

export function isOpen(stage: CaseStage): boolean {
  return !finalStages.includes(stage)
}

export function decideNewCase(openCases: number): Result<null, NewCaseRefusal> {
  return openCases >= MAX_OPEN_CASES ? err({ code: 'case.too-many-open', max: MAX_OPEN_CASES }) : ok(null)
}

/** What starting a case needs to know of a case its opener already has. */
export type DraftFacts = {
  stage: CaseStage
  answered: boolean
  /** Consent to process the case's health data given. */
  consented: boolean
  documents: number
  otherMembers: number
  /** Anything else written for the case: providers chosen, sharing, messages, a home doctor's link. */
  otherRecords: number
}

/**
 * A case nobody has done anything with yet: nothing answered, consented,
 * uploaded, chosen, written or shared with anyone. Pressing "Start a new
 * case" again takes its opener back to it, rather than leaving one more empty
 * case on their list; a case with anything in it is never handed back.
 */
export function isUntouchedDraft(draft: DraftFacts): boolean {
  return (
    draft.stage === 'inquiry' &&
    !draft.answered &&
    !draft.consented &&
    draft.documents === 0 &&
    draft.otherMembers === 0 &&
    draft.otherRecords === 0
  )
}
