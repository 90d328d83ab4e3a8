import {
  transition,
  type CaseCommand,
  type CaseStage,
  type CaseTransition,
  type TransitionError,
} from '#domain/cases/case-stages.ts'
import { submitCase, type SubmitCaseError } from '#domain/cases/submit-case.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { moveStage } from '../../stores/case-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { Db } from '../../db/client.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import { readIntakeState } from '../../cases/case-reads.ts'
import { notifyCoordinators, notifyPatientSide, notifyRecipients } from './notify.ts'
import { patientSideRecipients } from '../../stores/member-store.ts'
import { responseDue } from '#domain/cases/response-due.ts'
import { withdrawWithCase } from '#domain/referrals/withdraw-with-case.ts'
import type { ReferralActor, ReferralEvent } from '#domain/referrals/referral.ts'
import type { ReferralId } from '#domain/shared/ids.ts'
import { referralOf, referralsOfCase, saveReferral } from '../../stores/referral-store.ts'
import { recordReferralEvents, tellOfStep } from '../referrals/referral-commands.ts'
import { tellOfEndedConsultations, type EndedConsultation } from '../consultations/case-consultations.ts'

// Every stage change goes through here: decided by the domain's state
// machine, written with a guard on the stage it was decided from (so two
// people pressing at once cannot both move it), audited, and announced.
export type CaseChangedRefusal = { code: 'case.changed' }

async function apply(
  deps: CaseDeps,
  ctx: CaseContext,
  decided: CaseTransition,
): Promise<Result<{ to: CaseStage }, CaseChangedRefusal>> {
  const caseId = ctx.row.id as CaseId
  const moved = await deps.db.transaction(async (tx) => {
    const submitted = decided.command === 'submit-records'
    if (!(await moveStage(tx, caseId, { from: decided.from, to: decided.to, submitted }, decided.at)))
      return null
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case.transition',
      subjectType: 'case',
      subjectId: caseId,
      details: { from: decided.from, to: decided.to, command: decided.command, by: decided.by },
    })
    return decided.command === 'withdraw'
      ? withdrawReferrals(tx, ctx, decided.at)
      : { events: [], cancelled: [] }
  })
  if (!moved) return err({ code: 'case.changed' })
  for (const event of moved.events) await tellOfStep(deps, ctx, event)
  await tellOfEndedConsultations(deps, ctx, moved.cancelled)
  if (decided.command === 'submit-records') {
    // A receipt for everyone on the family's side, the sender included, with the date to expect a reply.
    await notifyRecipients(deps, await patientSideRecipients(deps.db, caseId), {
      template: 'case-received',
      path: `/patient/cases/${caseId}`,
      params: { reference: ctx.row.reference, due: responseDue(decided.at).toISOString() },
    })
  } else {
    await notifyPatientSide(deps, ctx, {
      template: 'case-stage-changed',
      path: `/patient/cases/${caseId}`,
      params: { reference: ctx.row.reference, stage: decided.to },
    })
  }
  if (decided.command === 'submit-records') {
    await notifyCoordinators(deps, ctx, {
      template: 'case-submitted',
      path: `/coordinator/cases/${caseId}`,
      params: { reference: ctx.row.reference },
    })
  }
  // The family stopped a case the coordinators already had: they hear it from us, not from a clinic.
  if (decided.command === 'withdraw' && ctx.actor.member && decided.from !== 'inquiry') {
    await notifyCoordinators(deps, ctx, {
      template: 'case-withdrawn',
      path: `/coordinator/cases/${caseId}`,
      params: { reference: ctx.row.reference },
    })
  }
  return ok({ to: decided.to })
}

/**
 * Every referral still open ends with the case (withdrawWithCase), inside the
 * stage's transaction: the moved stage already holds the case's row, so no
 * referral step can slip in between.
 */
async function withdrawReferrals(
  tx: Db,
  ctx: CaseContext,
  now: Date,
): Promise<{ events: ReferralEvent[]; cancelled: EndedConsultation[] }> {
  const member = ctx.actor.member
  const actor: ReferralActor = member ? { kind: member.role } : { kind: 'coordinator' }
  const rows = await referralsOfCase(tx, ctx.row.id as CaseId)
  const versions = new Map(rows.map((r) => [r.row.id, r.row.version]))
  const events: ReferralEvent[] = []
  const cancelled: EndedConsultation[] = []
  for (const step of withdrawWithCase(
    rows.map((r) => referralOf(r.row)),
    actor,
    now,
  )) {
    if (!(await saveReferral(tx, step.next, versions.get(step.next.id)!, now)))
      throw new Error(`referral ${step.next.id} changed under the case's lock`)
    cancelled.push(...(await recordReferralEvents(tx, ctx, step.next.id as ReferralId, step.events, now)))
    events.push(...step.events)
  }
  return { events, cancelled }
}

/** The patient side sends the completed intake: the case moves to "records submitted". */
export async function submitIntake(
  deps: CaseDeps,
  ctx: CaseContext,
): Promise<Result<{ to: CaseStage }, SubmitCaseError | CaseChangedRefusal>> {
  const state = await readIntakeState(deps.db, ctx)
  const decided = submitCase(ctx.row.stage, state, ctx.actor.kind, deps.clock.now())
  if (!decided.ok) return decided
  return apply(deps, ctx, decided.value)
}

/** Any other command, by whoever the journey allows (coordinator, clinic, patient side). */
export async function runCaseCommand(
  deps: CaseDeps,
  ctx: CaseContext,
  command: CaseCommand,
): Promise<Result<{ to: CaseStage }, TransitionError | CaseChangedRefusal>> {
  const decided = transition(ctx.row.stage, command, ctx.actor.kind, deps.clock.now())
  if (!decided.ok) return decided
  return apply(deps, ctx, decided.value)
}
