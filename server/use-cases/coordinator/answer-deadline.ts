import { decideAnswerDeadline, type AnswerDeadlineRefusal } from '#domain/referrals/answer-deadline.ts'
import type { CaseId, ProviderId, ReferralId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { moveAnswerDeadline, providerRecipients, referralOfCase } from '../../stores/referral-store.ts'
import { notifyRecipients } from '../cases/notify.ts'
import type { ReferralChangedRefusal, ReferralNotFoundRefusal } from '../referrals/referral-commands.ts'

/**
 * The coordinator moves when one clinic's answer is due; guarded by the
 * referral's version. The clinic is told the new date by email (after the
 * commit), since its inbox counts down to it.
 */
export async function setAnswerDeadline(
  deps: CaseDeps,
  ctx: CaseContext,
  referralId: ReferralId,
  raw: string,
  seenVersion: number | null,
): Promise<
  Result<{ answerDueAt: Date }, AnswerDeadlineRefusal | ReferralChangedRefusal | ReferralNotFoundRefusal>
> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const moved = await deps.db.transaction(async (tx) => {
    const row = await referralOfCase(tx, caseId, referralId)
    if (!row) return err({ code: 'referral.not-found' } as const)
    if (seenVersion !== null && seenVersion !== row.version) return err({ code: 'referral.changed' } as const)
    const decided = decideAnswerDeadline(row.status, raw, now)
    if (!decided.ok) return decided
    // The date it already has: nothing moves, so nothing is written or told.
    if (decided.value.getTime() === row.answerDueAt.getTime())
      return ok({ answerDueAt: decided.value, providerId: null })
    if (
      !(await moveAnswerDeadline(
        tx,
        { id: referralId, caseId, fromVersion: row.version },
        decided.value,
        now,
      ))
    )
      return err({ code: 'referral.changed' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'referral.deadline-set',
      subjectType: 'referral',
      subjectId: referralId,
      requestId: ctx.requestId,
      details: { caseId, from: row.answerDueAt.toISOString(), to: decided.value.toISOString() },
    })
    return ok({ answerDueAt: decided.value, providerId: row.providerId as ProviderId | null })
  })
  if (!moved.ok) return moved
  if (moved.value.providerId === null) return ok({ answerDueAt: moved.value.answerDueAt })
  await notifyRecipients(deps, await providerRecipients(deps.db, moved.value.providerId), {
    template: 'referral-deadline-moved',
    path: `/clinic/referrals/${caseId}`,
    params: { reference: ctx.row.reference, due: moved.value.answerDueAt.toISOString() },
  })
  return ok({ answerDueAt: moved.value.answerDueAt })
}
