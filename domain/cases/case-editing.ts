import { finalStages, type CaseStage } from './case-stages.ts'

// What the patient side may still change at each stage: the intake's answers
// until the case is sent (or sent back for more records), records and
// messages for as long as the case is open.
export function mayEditIntake(stage: CaseStage): boolean {
  return stage === 'inquiry'
}

export function mayChangeRecords(stage: CaseStage): boolean {
  return !finalStages.includes(stage)
}
