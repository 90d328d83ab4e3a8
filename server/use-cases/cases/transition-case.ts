import { and, eq } from 'drizzle-orm'
import {
  transition,
  type CaseActorKind,
  type CaseCommand,
  type TransitionError,
} from '#domain/cases/case-stages.ts'
import { submitCase, type SubmitCaseError } from '#domain/cases/submit-case.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { patientCase } from '../../db/schema/cases.ts'
import type { Runtime } from '../../runtime.ts'
import { answersOf, intakeStateOf, type CaseRow, type MemberCase } from './case-records.ts'
import { coordinatorRecipients, notify, patientSideRecipients } from './notify.ts'

// Every stage change goes through here: decided by the domain's state
// machine, written with a guard on the stage it was decided from (so two
// people pressing at once cannot both move it), audited, and announced.
async function applyTransition(
  rt: Runtime,
  row: CaseRow,
  actor: { userId: string; kind: CaseActorKind },
  decided: { from: string; to: string; command: CaseCommand },
): Promise<Result<{ to: string }, { code: 'case.changed' }>> {
  const changed = await rt.database.db.transaction(async (tx) => {
    const now = new Date()
    const updated = await tx
      .update(patientCase)
      .set({
        stage: decided.to as CaseRow['stage'],
        stageChangedAt: now,
        updatedAt: now,
        ...(decided.command === 'submit-records' ? { submittedAt: now } : {}),
      })
      .where(and(eq(patientCase.id, row.id), eq(patientCase.stage, decided.from as CaseRow['stage'])))
      .returning({ id: patientCase.id })
    if (updated.length === 0) return false
    await appendAudit(tx, {
      actorUserId: actor.userId,
      action: 'case.transition',
      subjectType: 'case',
      subjectId: row.id,
      details: { from: decided.from, to: decided.to, command: decided.command, by: actor.kind },
    })
    return true
  })
  if (!changed) return err({ code: 'case.changed' })
  const url = `${rt.config.publicUrl}/patient/cases/${row.id}`
  await notify(rt, await patientSideRecipients(rt.database.db, row.id, actor.userId), {
    template: 'case-stage-changed',
    params: { url, reference: row.reference, stage: decided.to },
  })
  if (decided.command === 'submit-records') {
    await notify(rt, await coordinatorRecipients(rt.database.db, row.coordinatorUserId, actor.userId), {
      template: 'case-submitted',
      params: { url: `${rt.config.publicUrl}/coordinator/cases/${row.id}`, reference: row.reference },
    })
  }
  return ok({ to: decided.to })
}

/** The patient side sends the completed intake: the case moves to "records submitted". */
export async function submitIntake(
  rt: Runtime,
  actorUserId: string,
  found: MemberCase,
): Promise<Result<{ to: string }, SubmitCaseError | { code: 'case.changed' }>> {
  const state = await intakeStateOf(rt.database.db, found.row, answersOf(found.key, found.row))
  const kind: CaseActorKind = found.member.role === 'patient' ? 'patient' : 'caregiver'
  const decided = submitCase(found.row.stage, state, kind, new Date())
  if (!decided.ok) return decided
  return applyTransition(rt, found.row, { userId: actorUserId, kind }, decided.value)
}

/** Any other command, by whoever the journey allows (coordinator, clinic, patient side). */
export async function runCaseCommand(
  rt: Runtime,
  row: CaseRow,
  actor: { userId: string; kind: CaseActorKind },
  command: CaseCommand,
): Promise<Result<{ to: string }, TransitionError | { code: 'case.changed' }>> {
  const decided = transition(row.stage, command, actor.kind, new Date())
  if (!decided.ok) return decided
  return applyTransition(rt, row, actor, decided.value)
}
