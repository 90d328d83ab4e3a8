import { incompleteTasks, type IntakeState, type IntakeTask } from '../intake/task-list.ts'
import { err, type Result } from '../shared/result.ts'
import {
  transition,
  type CaseActorKind,
  type CaseStage,
  type CaseTransition,
  type TransitionError,
} from './case-stages.ts'

export type SubmitCaseError = TransitionError | { code: 'case.incomplete'; tasks: IntakeTask[] }

/** Sending the intake: every required task done, then the journey's own rule for the stage. */
export function submitCase(
  stage: CaseStage,
  state: IntakeState,
  actor: CaseActorKind,
  now: Date,
): Result<CaseTransition, SubmitCaseError> {
  const missing = incompleteTasks(state)
  if (missing.length > 0 && stage === 'inquiry') return err({ code: 'case.incomplete', tasks: missing })
  return transition(stage, 'submit-records', actor, now)
}
