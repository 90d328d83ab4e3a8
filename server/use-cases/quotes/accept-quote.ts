import { tellOfEndedConsultations, type EndedConsultation } from '../consultations/case-consultations.ts'
import { acceptPlan, consentStandsFor, type AcceptWithoutConsent } from '#domain/referrals/accept-plan.ts'
import { caseActorOf } from '#domain/referrals/case-stage-from-referrals.ts'
import type { ReferralActor, ReferralEvent } from '#domain/referrals/referral.ts'
import { asProviderId, asQuoteId, type CaseId, type ReferralId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { lockStage } from '../../stores/case-store.ts'
import { markQuoteAccepted } from '../../stores/quote-store.ts'
import { referralOf, referralsOfCase, saveReferral } from '../../stores/referral-store.ts'
import { sharesOf } from '../../stores/share-store.ts'
import {
  CaseMoved,
  caseMoved,
  followReferrals,
  recordReferralEvents,
  tellOfStage,
  tellOfStep,
  type ReferralCommandDone,
  type ReferralCommandRefusal,
} from '../referrals/referral-commands.ts'

// The family accepts one clinic's quote (issue 15): under the case's lock, so
// two tabs accepting two quotes at the same moment take turns and the second
// is told another plan was accepted. The accepted referral is saved guarded by
// the version the family saw, every other open referral closes, the quote is
// frozen (acceptedAt), the case moves to "plan accepted", all in one
// transaction; then the clinics, the coordinator and the family are told.
export async function acceptQuote(
  deps: CaseDeps,
  ctx: CaseContext,
  actor: ReferralActor,
  input: { referralId: ReferralId; quoteId: string; seenVersion: number },
): Promise<Result<ReferralCommandDone, ReferralCommandRefusal | AcceptWithoutConsent>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const outcome = await deps.db
    .transaction(async (tx) => {
      const stage = await lockStage(tx, caseId)
      if (!stage) return err({ code: 'case.changed' } as const)
      const rows = await referralsOfCase(tx, caseId)
      const target = rows.find((r) => r.row.id === input.referralId)?.row
      if (!target) return err({ code: 'referral.not-found' } as const)
      if (target.version !== input.seenVersion) return err({ code: 'referral.changed' } as const)
      const shares = await sharesOf(tx, caseId)
      const consented = consentStandsFor(
        asProviderId(target.providerId),
        shares.filter((s) => s.status === 'given').map((s) => asProviderId(s.providerId)),
      )
      if (!consented.ok) return consented
      const decided = acceptPlan(
        rows.map((r) => referralOf(r.row)),
        input.referralId,
        asQuoteId(input.quoteId),
        actor,
        now,
      )
      if (!decided.ok) return decided
      const versions = new Map(rows.map((r) => [r.row.id, r.row.version]))
      const events: ReferralEvent[] = []
      const cancelled: EndedConsultation[] = []
      for (const step of [decided.value.accepted, ...decided.value.closed]) {
        // Under the case lock nobody else saves these; a failed guard is a bug, and undoes everything.
        if (!(await saveReferral(tx, step.next, versions.get(step.next.id)!, now)))
          throw new Error(`referral ${step.next.id} changed under the case lock`)
        cancelled.push(...(await recordReferralEvents(tx, ctx, step.next.id, step.events, now)))
        events.push(...step.events)
      }
      if (!(await markQuoteAccepted(tx, asQuoteId(input.quoteId), now)))
        throw new Error(`quote ${input.quoteId} was accepted twice`)
      const statuses = (await referralsOfCase(tx, caseId)).map((r) => r.row.status)
      const moved = await followReferrals(tx, ctx, stage, statuses, caseActorOf(actor), now)
      if (!moved.ok) throw new CaseMoved()
      return ok({
        done: { status: decided.value.accepted.next.status, version: input.seenVersion + 1 },
        events,
        moved: moved.value,
        cancelled,
      })
    })
    .catch(caseMoved)
  if (!outcome.ok) return outcome
  for (const event of outcome.value.events) await tellOfStep(deps, ctx, event)
  await tellOfEndedConsultations(deps, ctx, outcome.value.cancelled)
  await tellOfStage(deps, ctx, outcome.value.moved)
  return ok(outcome.value.done)
}
