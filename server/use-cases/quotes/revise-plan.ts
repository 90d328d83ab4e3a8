import { mayAnswerPlans } from '#domain/referrals/accept-plan.ts'
import { randomUUID } from 'node:crypto'
import type { Locale } from '#domain/i18n/locales.ts'
import {
  mayAnswerRevision,
  mayRevisePlan,
  mayWithdrawRevision,
  parseSignature,
  revisionKind,
  revisionState,
  familyRoleOf,
  type AnswerRefusal,
  type PlanChangeStep,
  type Answerer,
  type RevisionKind,
  type RevisionRefusal,
  type SignatureProblem,
  type WithdrawRefusal,
} from '#domain/quotes/plan-revision.ts'
import { clinicToday } from '#domain/review/credential-expiry.ts'
import type { ReferralActor } from '#domain/referrals/referral.ts'
import { consentStandsFor, type AcceptWithoutConsent } from '#domain/referrals/accept-plan.ts'
import {
  asProviderId,
  asQuoteId,
  type CaseId,
  type ProviderId,
  type QuoteId,
  type ReferralId,
} from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { stayAgainstVisa, type VisaOverrun } from '#domain/travel/stay-against-visa.ts'
import type { TripItem } from '#domain/travel/trip-items.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal, unseal } from '../../cases/case-vault.ts'
import { readPlanRevisions } from '../../cases/quote-reads.ts'
import { visaRulesFor } from '../../content/visa-rules.ts'
import type { Db } from '../../db/client.ts'
import { lockStage } from '../../stores/case-store.ts'
import { sharesOf } from '../../stores/share-store.ts'
import {
  closeWaitingRevision,
  pendingRevisionOf,
  quoteById,
  replaceAcceptedQuote,
  revisionOfCase,
} from '../../stores/quote-store.ts'
import {
  insertReferralEvent,
  providerRecipients,
  referralsOfCase,
  referralTo,
} from '../../stores/referral-store.ts'
import { acceptedPlanOf } from '../../stores/travel-store.ts'
import { courseRows } from '../../stores/treatment-store.ts'
import { tripItemsOf } from '../../stores/trip-store.ts'
import { notifyCoordinators, notifyPatientSide, notifyRecipients } from '../cases/notify.ts'
import {
  checkPlanAndQuote,
  storePlanAndQuote,
  type PlanAndQuoteInput,
  type ProposePlanRefusal,
} from './propose-plan.ts'

// A changed plan after arrival (issue 17, ADR 0069). The treating clinic sends
// the plan and quote again through the same checks as the first; under the
// case's lock, on its accepted referral, after the assessment. The same price
// is a confirmed plan: it takes the old quote's place at once and the
// family's acceptance stands (they and the coordinator are emailed of it). Another price waits for the family, who accept
// it afresh with a typed signature; until then sessions are refused. Either
// way the old quote is kept, superseded; nothing is half-saved.

export type RevisePlanRefusal = ProposePlanRefusal | RevisionRefusal

export async function revisePlan(
  deps: CaseDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  actor: Extract<ReferralActor, { kind: 'clinic-member' }>,
  input: PlanAndQuoteInput,
  locale: Locale,
): Promise<Result<{ kind: RevisionKind; quoteId: QuoteId; visa: VisaOverrun | null }, RevisePlanRefusal>> {
  const caseId = ctx.row.id as CaseId
  const checked = await checkPlanAndQuote(deps, ctx, providerId, actor, input, locale)
  if (!checked.ok) return checked
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const referral = await referralTo(tx, caseId, providerId)
    const course = await courseRows(tx, caseId)
    const allowed = mayRevisePlan({
      referralAccepted: referral?.status === 'accepted' && referral.quoteId !== null,
      assessed: course.assessment !== null,
      discharged: course.discharge !== null,
      died: course.events.some((e) => e.outcome === 'fatal'),
      pendingRevision: (await pendingRevisionOf(tx, caseId)) !== null,
    })
    if (!allowed.ok || !referral?.quoteId) return allowed as Result<never, RevisionRefusal>
    const accepted = await quoteById(tx, referral.quoteId)
    if (!accepted) throw new Error(`accepted quote ${referral.quoteId} is missing`)
    const q = checked.value.quote
    const kind = revisionKind(accepted, { currency: q.currency, overallMinor: q.totals.overall.minor })
    const quoteId = asQuoteId(randomUUID())
    await storePlanAndQuote(tx, ctx, referral.id, checked.value, { planId: randomUUID(), quoteId }, now, {
      revisesQuoteId: referral.quoteId,
    })
    if (
      kind === 'confirmed' &&
      !(await replaceAcceptedQuote(
        tx,
        {
          referralId: referral.id,
          next: { id: quoteId, validUntil: q.validUntil, timeZone: checked.value.timeZone },
          previousId: referral.quoteId,
          acceptedByUserId: null,
          sealedSignature: null,
        },
        now,
      ))
    )
      throw new Error(`referral ${referral.id} changed under the case lock`)
    const visa = await changedStayAgainstVisa(tx, ctx, checked.value.plan.lengthOfStayDays)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: kind === 'confirmed' ? 'treatment.plan-confirmed' : 'treatment.plan-changed',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: {
        quoteId,
        revises: referral.quoteId,
        providerId,
        priceChanged: kind !== 'confirmed',
        outlastsVisa: visa !== null,
      },
    })
    await onTimeline(tx, ctx, referral.id, 'referral.plan-revised', actor.role, now, kind)
    return ok({ kind, quoteId, visa })
  })
  if (!done.ok) return done
  const coordinatorPath = `/coordinator/cases/${caseId}/treatment`
  // A new price waits for the family; the same price is in force at once, and
  // the family is told either way: a changed stay or protocol is theirs to know.
  const email = {
    template: done.value.kind === 'price-changed' ? ('plan-changed' as const) : ('plan-confirmed' as const),
    params: { reference: ctx.row.reference },
  }
  await notifyPatientSide(deps, ctx, { ...email, path: `/patient/cases/${caseId}/treatment` })
  await notifyCoordinators(deps, ctx, { ...email, path: coordinatorPath })
  // A stay past the visa's last day is the coordinator's to solve with the family (ADR 0073).
  if (done.value.visa)
    await notifyCoordinators(deps, ctx, {
      template: 'plan-change-outlasts-visa',
      params: { reference: ctx.row.reference },
      path: coordinatorPath,
    })
  return done
}

/**
 * Whether a stay of this length, on the accepted plan's destination, would
 * outlast the visa from the first flight's arrival (ADR 0073): null when it
 * fits, or when Waypoint has no visa rules there.
 */
async function changedStayAgainstVisa(db: Db, ctx: CaseContext, lengthOfStayDays: number) {
  const caseId = ctx.row.id as CaseId
  const plan = await acceptedPlanOf(db, caseId)
  const rules = plan ? visaRulesFor(plan.countryCode) : null
  if (!rules) return null
  const items = (await tripItemsOf(db, caseId)).map((r) => unseal<TripItem>(ctx.key, r.sealedBody))
  const overrun = stayAgainstVisa(items, lengthOfStayDays, rules.visa)
  // The rules' id names the visa in the viewer's language on the page.
  return overrun ? { ...overrun, visaId: rules.id } : null
}

export type AcceptRevisionRefusal =
  | SignatureProblem
  | AnswerRefusal
  | { code: 'revision.quote-expired'; field: 'form' }
  | { code: 'treatment.not-accepted'; field: 'form' }
  | AcceptWithoutConsent

export type DeclineRevisionRefusal = AnswerRefusal | { code: 'treatment.not-accepted'; field: 'form' }

/**
 * A changed plan's step in the accepted referral's history (its status stays
 * accepted), where the coordinator and the clinic read the referral's story.
 * The audit entry each command writes stays the record of who did what.
 */
async function onTimeline(
  tx: Db,
  ctx: CaseContext,
  referralId: string,
  type: PlanChangeStep,
  actorRole: string,
  at: Date,
  reason: string | null = null,
) {
  await insertReferralEvent(tx, {
    id: randomUUID(),
    referralId,
    caseId: ctx.row.id,
    type,
    actorUserId: ctx.actor.userId,
    actorRole,
    fromStatus: 'accepted',
    toStatus: 'accepted',
    reason,
    sealedText: null,
    at,
  })
}

const familyRole = (ctx: CaseContext) => familyRoleOf(ctx.actor.member?.role)

/** Who is answering, as the rule knows them: the patient's side, a caregiver, or staff. */
const answererOf = (ctx: CaseContext): Answerer =>
  ctx.actor.member
    ? mayAnswerPlans(ctx.actor.member.role)
      ? 'family'
      : 'caregiver'
    : ctx.actor.kind === 'coordinator'
      ? 'coordinator'
      : 'clinic'

/**
 * Under the lock: the changed quote named, if the family may answer it now,
 * and the accepted referral it would change (still pointing at the quote it
 * revises).
 */
async function answerableRevision(tx: Db, ctx: CaseContext, quoteId: string) {
  const caseId = ctx.row.id as CaseId
  const revision = await revisionOfCase(tx, caseId, quoteId)
  const allowed = mayAnswerRevision(answererOf(ctx), revision ? revisionState(revision) : null)
  if (!allowed.ok) return allowed
  if (!revision?.revisesQuoteId) return err({ code: 'revision.not-found' } as const)
  const referral = (await referralsOfCase(tx, caseId)).find((r) => r.row.id === revision.referralId)?.row
  if (referral?.status !== 'accepted' || referral.quoteId !== revision.revisesQuoteId)
    return err({ code: 'treatment.not-accepted', field: 'form' } as const)
  return ok({ revision: { ...revision, revisesQuoteId: revision.revisesQuoteId }, referral })
}

/**
 * The family accepts a changed price with their signature: the typed name is
 * sealed on the quote and the audit entry says it was signed, by whom and
 * when, without the name. The old quote is superseded; sessions may go on.
 */
export async function acceptRevisedQuote(
  deps: CaseDeps,
  ctx: CaseContext,
  input: { quoteId: string; signature?: string; confirm?: string },
): Promise<Result<{ quoteId: QuoteId }, AcceptRevisionRefusal | SignatureProblem[]>> {
  const caseId = ctx.row.id as CaseId
  const signature = parseSignature(input)
  if (!signature.ok) return signature
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const answerable = await answerableRevision(tx, ctx, input.quoteId)
    if (!answerable.ok) return answerable
    const { revision: pending, referral } = answerable.value
    // As for a first plan: a clinic the family no longer shares with cannot go ahead.
    const consented = consentStandsFor(
      asProviderId(referral.providerId),
      (await sharesOf(tx, caseId)).filter((s) => s.status === 'given').map((s) => asProviderId(s.providerId)),
    )
    if (!consented.ok) return consented
    // A price holds through its last day where the clinic is, as a first quote does.
    if (pending.validUntil < clinicToday(now, pending.timeZone))
      return err({ code: 'revision.quote-expired', field: 'form' } as const)
    const replaced = await replaceAcceptedQuote(
      tx,
      {
        referralId: referral.id,
        next: { id: pending.id, validUntil: pending.validUntil, timeZone: pending.timeZone },
        previousId: pending.revisesQuoteId,
        acceptedByUserId: ctx.actor.userId,
        sealedSignature: seal(ctx.key, { name: signature.value, signedAt: now.toISOString() }),
      },
      now,
    )
    if (!replaced) throw new Error(`quote ${pending.id} changed under the case lock`)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'quote.revision-accepted',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: {
        quoteId: pending.id,
        supersedes: pending.revisesQuoteId,
        signed: true,
        signedAt: now.toISOString(),
      },
    })
    await onTimeline(tx, ctx, referral.id, 'referral.plan-revision-accepted', familyRole(ctx), now)
    return ok({ quoteId: pending.id as QuoteId, providerId: referral.providerId })
  })
  if (!done.ok) return done
  const email = { template: 'plan-change-accepted' as const, params: { reference: ctx.row.reference } }
  await notifyRecipients(deps, await providerRecipients(deps.db, done.value.providerId as ProviderId), {
    ...email,
    path: `/clinic/referrals/${caseId}/treatment?provider=${encodeURIComponent(done.value.providerId)}`,
  })
  await notifyCoordinators(deps, ctx, { ...email, path: `/coordinator/cases/${caseId}/treatment` })
  return ok({ quoteId: done.value.quoteId })
}

/**
 * The family declines a changed price (ADR 0073): the change is marked
 * declined, the quote they accepted stays the agreed one, and sessions go on
 * under it. The clinic may send another change, or keep to the agreed plan;
 * its members and the coordinators are told.
 */
export async function declineRevisedQuote(
  deps: CaseDeps,
  ctx: CaseContext,
  input: { quoteId: string },
): Promise<Result<{ quoteId: QuoteId }, DeclineRevisionRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const answerable = await answerableRevision(tx, ctx, input.quoteId)
    if (!answerable.ok) return answerable
    const { revision, referral } = answerable.value
    if (!(await closeWaitingRevision(tx, revision.id, 'declined', ctx.actor.userId, now)))
      throw new Error(`quote ${revision.id} changed under the case lock`)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'quote.revision-declined',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { quoteId: revision.id, agreedQuoteId: revision.revisesQuoteId },
    })
    await onTimeline(tx, ctx, referral.id, 'referral.plan-revision-declined', familyRole(ctx), now)
    return ok({ quoteId: revision.id as QuoteId, providerId: referral.providerId as ProviderId })
  })
  if (!done.ok) return done
  const email = { template: 'plan-change-declined' as const, params: { reference: ctx.row.reference } }
  await notifyRecipients(deps, await providerRecipients(deps.db, done.value.providerId), {
    ...email,
    path: `/clinic/referrals/${caseId}/treatment?provider=${encodeURIComponent(done.value.providerId)}`,
  })
  await notifyCoordinators(deps, ctx, { ...email, path: `/coordinator/cases/${caseId}/treatment` })
  return ok({ quoteId: done.value.quoteId })
}

export type WithdrawRevisionRefusal = WithdrawRefusal | { code: 'treatment.not-accepted'; field: 'form' }

/**
 * The treating clinic takes back a changed plan still waiting for the family
 * (ADR 0081): a wrong price, or a plan it thought better of. The change is
 * marked withdrawn under the case lock and kept readable; the quote the
 * family accepted stays the agreed one, so sessions go on under it, and the
 * clinic may send another change. The family and the coordinators are told.
 * Another clinic's change, or another case's quote, is not found.
 */
export async function withdrawRevisedQuote(
  deps: CaseDeps,
  ctx: CaseContext,
  actor: Extract<ReferralActor, { kind: 'clinic-member' }>,
  input: { quoteId: string },
): Promise<Result<{ quoteId: QuoteId }, WithdrawRevisionRefusal>> {
  const caseId = ctx.row.id as CaseId
  const providerId = actor.providerId
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockStage(tx, caseId)
    const revision = await revisionOfCase(tx, caseId, input.quoteId)
    const referral = revision
      ? (await referralsOfCase(tx, caseId)).find((r) => r.row.id === revision.referralId)?.row
      : undefined
    // Only the clinic's own referral: another clinic's change is as good as absent.
    const own = revision && referral?.providerId === providerId ? revision : null
    const allowed = mayWithdrawRevision(answererOf(ctx), own ? revisionState(own) : null, actor.role)
    if (!allowed.ok) return allowed
    if (!own?.revisesQuoteId || referral?.status !== 'accepted' || referral.quoteId !== own.revisesQuoteId)
      return err({ code: 'treatment.not-accepted', field: 'form' } as const)
    if (!(await closeWaitingRevision(tx, own.id, 'withdrawn', ctx.actor.userId, now)))
      throw new Error(`quote ${own.id} changed under the case lock`)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'quote.revision-withdrawn',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { quoteId: own.id, agreedQuoteId: own.revisesQuoteId, providerId },
    })
    await onTimeline(tx, ctx, referral.id, 'referral.plan-revision-withdrawn', actor.role, now)
    return ok({ quoteId: own.id as QuoteId })
  })
  if (!done.ok) return done
  const email = { template: 'plan-change-withdrawn' as const, params: { reference: ctx.row.reference } }
  await notifyPatientSide(deps, ctx, { ...email, path: `/patient/cases/${caseId}/treatment` })
  await notifyCoordinators(deps, ctx, { ...email, path: `/coordinator/cases/${caseId}/treatment` })
  return done
}

/**
 * The changed plan waiting, the ones declined and the superseded quotes of
 * the accepted referral (this clinic's only, for a clinic), with the latest
 * change checked against the visa.
 */
export async function planRevisions(deps: Pick<CaseDeps, 'db'>, ctx: CaseContext, providerId?: ProviderId) {
  const accepted = (await referralsOfCase(deps.db, ctx.row.id as CaseId)).find(
    (r) => r.row.status === 'accepted' && (!providerId || r.row.providerId === providerId),
  )
  if (!accepted) return null
  const revisions = await readPlanRevisions(deps.db, ctx, accepted.row.id as ReferralId)
  // The change that counts now: the one waiting, else a change in force (not a declined one).
  const latest = revisions.pending ?? (revisions.superseded.length > 0 ? revisions.current : null)
  return {
    ...revisions,
    visa: latest ? await changedStayAgainstVisa(deps.db, ctx, latest.plan.lengthOfStayDays) : null,
  }
}
