import {
  cancelConsultationsOfEndedReferral,
  tellOfEndedConsultations,
  type EndedConsultation,
} from '../consultations/case-consultations.ts'
import { randomUUID } from 'node:crypto'
import { transition, type CaseActorKind, type CaseStage } from '#domain/cases/case-stages.ts'
import { caseActorOf, caseCommandsFromReferrals } from '#domain/referrals/case-stage-from-referrals.ts'
import { decideReferral, roleOf, type ReferralRefusal } from '#domain/referrals/decide-referral.ts'
import {
  finalReferralStatuses,
  type Referral,
  type ReferralActor,
  type ReferralCommand,
  type ReferralEvent,
  type ReferralStatus,
} from '#domain/referrals/referral.ts'
import { decideSendReferrals, type SendReferralsRefusal } from '#domain/referrals/send-referrals.ts'
import {
  asProviderId,
  asReferralId,
  type CaseId,
  type ProviderId,
  type ReferralId,
} from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { AnyCaseContext, CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal } from '../../cases/case-vault.ts'
import type { Db } from '../../db/client.ts'
import { answerDueAfterStep } from '#domain/referrals/waiting-on.ts'
import { lockStage, moveStage } from '../../stores/case-store.ts'
import { chosenOfferRows } from '../../stores/offer-choice-store.ts'
import {
  insertReferral,
  insertReferralEvent,
  providerNameOf,
  providerRecipients,
  referralOf,
  referralsOfCase,
  referralTo,
  saveReferral,
} from '../../stores/referral-store.ts'
import { sharesOf } from '../../stores/share-store.ts'
import { notifyCoordinators, notifyPatientSide, notifyRecipients, type NotifyDeps } from '../cases/notify.ts'

// Referral commands (issue 15, ADR 0042, ADR 0043): load, decide in
// domain/referrals, then in one transaction save the referral guarded by its
// version, record the event on its timeline (a question or explanation sealed
// with the case key), audit it without the text, and move the case's stage
// when its referrals call for it, through the case's own state machine.
// The people concerned are emailed once it is committed: the case reference
// and a link, never health content.

/** Someone changed the referral since it was read: the page shows it again. */
export type ReferralChangedRefusal = { code: 'referral.changed' }
/** The case was never sent to this provider. Routes answer 404. */
export type ReferralNotFoundRefusal = { code: 'referral.not-found' }
/** The case's stage moved under us while its referrals moved it. */
export type CaseMovedRefusal = { code: 'case.changed' }

type Moved = { from: CaseStage; to: CaseStage } | null

/** Thrown inside a transaction to undo it when the case's stage moved under us. */
export class CaseMoved extends Error {}

export function caseMoved(error: unknown): Result<never, CaseMovedRefusal> {
  if (error instanceof CaseMoved) return err({ code: 'case.changed' })
  throw error
}

/** Runs the case commands the referrals call for, inside the transaction; null when nothing moves. */
export async function followReferrals(
  tx: Db,
  ctx: AnyCaseContext,
  stage: CaseStage,
  statuses: ReferralStatus[],
  by: CaseActorKind,
  now: Date,
): Promise<Result<Moved, CaseMovedRefusal>> {
  const caseId = ctx.row.id as CaseId
  let current = stage
  for (const command of caseCommandsFromReferrals(stage, statuses)) {
    const decided = transition(current, command, by, now)
    // The referral rules and the case rules agree by construction; a refusal here is a bug.
    if (!decided.ok) throw new Error(`case ${caseId}: ${command} refused (${decided.error.code})`)
    if (!(await moveStage(tx, caseId, { from: current, to: decided.value.to, submitted: false }, now)))
      return err({ code: 'case.changed' })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case.transition',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { from: current, to: decided.value.to, command, by, cause: 'referrals', ...actorDetails(ctx) },
    })
    current = decided.value.to
  }
  return ok(current === stage ? null : { from: stage, to: current })
}

export async function tellOfStage(deps: NotifyDeps, ctx: AnyCaseContext, moved: Moved): Promise<void> {
  if (!moved) return
  await notifyPatientSide(deps, ctx, {
    template: 'case-stage-changed',
    path: `/patient/cases/${ctx.row.id}`,
    params: { reference: ctx.row.reference, stage: moved.to },
  })
}

export type SentReferrals = { referralIds: ReferralId[]; providerIds: ProviderId[]; answerDueAt: Date }

/**
 * The coordinator sends the case to providers the family chose and consented
 * to share with. Under the case's lock, so two coordinators sending at once
 * take turns and the second is told the provider already has it.
 */
export async function sendToProviders(
  deps: CaseDeps,
  ctx: CaseContext,
  providerIds: readonly string[],
): Promise<Result<SentReferrals, SendReferralsRefusal | CaseMovedRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const outcome = await deps.db
    .transaction(async (tx) => {
      const stage = await lockStage(tx, caseId)
      if (!stage) return err({ code: 'case.changed' } as const)
      // One connection per transaction: one query at a time.
      const offers = await chosenOfferRows(tx, caseId)
      const shares = await sharesOf(tx, caseId)
      const existing = await referralsOfCase(tx, caseId)
      const decided = decideSendReferrals(
        {
          stage,
          requested: providerIds.map(asProviderId),
          chosen: offers.map((o) => asProviderId(o.providerId)),
          consented: shares.filter((s) => s.status === 'given').map((s) => asProviderId(s.providerId)),
          alreadySent: existing.map((r) => asProviderId(r.row.providerId)),
        },
        now,
      )
      if (!decided.ok) return decided
      const { answerDueAt } = decided.value
      const referralIds: ReferralId[] = []
      for (const providerId of decided.value.providerIds) {
        const id = asReferralId(randomUUID())
        referralIds.push(id)
        await insertReferral(tx, {
          id,
          caseId,
          providerId,
          status: 'sent',
          answerDueAt,
          sentByUserId: ctx.actor.userId,
          at: now,
        })
        await insertReferralEvent(tx, {
          id: randomUUID(),
          referralId: id,
          caseId,
          type: 'referral.sent',
          actorUserId: ctx.actor.userId,
          actorRole: 'coordinator',
          fromStatus: null,
          toStatus: 'sent',
          at: now,
        })
        await appendAudit(tx, {
          actorUserId: ctx.actor.userId,
          action: 'referral.sent',
          subjectType: 'referral',
          subjectId: id,
          requestId: ctx.requestId,
          details: { caseId, providerId, answerDueAt: answerDueAt.toISOString() },
        })
      }
      const statuses = [...existing.map((r) => r.row.status), ...referralIds.map(() => 'sent' as const)]
      const moved = await followReferrals(tx, ctx, stage, statuses, 'coordinator', now)
      // Nothing of this send may stay if the case moved under us.
      if (!moved.ok) throw new CaseMoved()
      return ok({
        sent: { referralIds, providerIds: decided.value.providerIds, answerDueAt },
        moved: moved.value,
      })
    })
    .catch(caseMoved)
  if (!outcome.ok) return outcome
  const { sent, moved } = outcome.value
  for (const providerId of sent.providerIds)
    await notifyRecipients(deps, await providerRecipients(deps.db, providerId), {
      template: 'referral-received',
      path: `/clinic/referrals/${caseId}`,
      params: { reference: ctx.row.reference, due: sent.answerDueAt.toISOString() },
    })
  await tellOfStage(deps, ctx, moved)
  return ok(sent)
}

export type ReferralCommandRefusal =
  ReferralRefusal | ReferralChangedRefusal | ReferralNotFoundRefusal | CaseMovedRefusal

export type ReferralCommandDone = { status: ReferralStatus; version: number }

/** What the audit says of who acted beyond their user id: for a job, which one (it has no user). */
export function actorDetails(ctx: AnyCaseContext): Record<string, string> {
  return ctx.actor.kind === 'system' ? { actor: 'system', job: ctx.actor.job } : {}
}

/** The free text an event carries, if any: health data, sealed before it is stored. */
export function textOf(event: ReferralEvent): string | null {
  switch (event.type) {
    case 'referral.information-requested':
      return event.question
    case 'referral.information-provided':
      return event.answer
    case 'referral.found-not-eligible':
      return event.explanation
    case 'referral.declined-by-clinic':
      return event.explanation ?? null
    default:
      return null
  }
}

export function reasonOf(event: ReferralEvent): string | null {
  switch (event.type) {
    case 'referral.found-not-eligible':
    case 'referral.declined-by-clinic':
    case 'referral.withdrawn':
      return event.reason
    default:
      return null
  }
}

/**
 * Who hears of a referral's step: the coordinator of every step that matters;
 * the family of the clinic's answers (never of their own acceptance); the
 * clinic of what the family or the coordinator did to its referral.
 */
export async function tellOfStep(
  deps: NotifyDeps,
  ctx: AnyCaseContext,
  event: ReferralEvent,
  /** The step also moved the case, and tellOfStage tells the family of that: one email, not two. */
  stageMoved = false,
): Promise<void> {
  const reference = ctx.row.reference
  // Coordinators juggle several clinics per case: the email names which one, and not who moved it.
  const tellCoordinators = async () =>
    notifyCoordinators(deps, ctx, {
      template: 'referral-changed',
      path: `/coordinator/cases/${ctx.row.id}`,
      params: {
        reference,
        status: event.to,
        clinic: (await providerNameOf(deps.db, event.providerId)) ?? '',
      },
    })
  const tellFamily = () =>
    notifyPatientSide(deps, ctx, {
      template: 'referral-news',
      path: `/patient/cases/${ctx.row.id}`,
      params: { reference },
    })
  const tellClinic = async () =>
    notifyRecipients(deps, await providerRecipients(deps.db, event.providerId), {
      template: 'referral-update',
      path: `/clinic/referrals/${ctx.row.id}`,
      params: { reference, status: event.to },
    })
  switch (event.type) {
    case 'referral.opened':
      // A first view is audited and shown to the coordinator; it is not news worth an email.
      return
    case 'referral.evaluation-started':
      return tellCoordinators()
    // The family answers the question on their case page: they hear a clinic has asked them something, the coordinator too.
    case 'referral.information-requested':
      await tellCoordinators()
      return notifyPatientSide(deps, ctx, {
        template: 'referral-question',
        path: `/patient/cases/${ctx.row.id}`,
        params: { reference },
      })
    case 'referral.withdrawn':
      // With the whole case, the coordinators and the family hear of it from the case's own move.
      if (event.reason === 'case-withdrawn') return tellClinic()
      await tellCoordinators()
      return tellClinic()
    case 'referral.information-provided':
    case 'referral.declined-by-patient':
      await tellCoordinators()
      return tellClinic()
    case 'referral.accepted':
      // The family's own choice, not a clinic's answer: the one who accepted
      // needs no email, and the others on the family's side hear of it once,
      // from the case's move to "plan accepted" (tellOfStage).
      await tellCoordinators()
      return tellClinic()
    case 'referral.closed':
      // The family chose another clinic's plan: this clinic is told so, and
      // why, without the other clinic's name (a referral closes for no other reason).
      return notifyRecipients(deps, await providerRecipients(deps.db, event.providerId), {
        template: 'referral-closed',
        path: `/clinic/referrals/${ctx.row.id}`,
        params: { reference },
      })
    case 'referral.expired':
      // The price ran out with nobody acting: everyone who could still act on it hears.
      await tellCoordinators()
      await tellClinic()
      return notifyPatientSide(deps, ctx, {
        template: 'quote-expired',
        path: `/patient/cases/${ctx.row.id}/quotes`,
        params: { reference },
      })
    default:
      await tellCoordinators()
      if (!stageMoved) await tellFamily()
  }
}

/** Steps that ended a referral cancel its clinic's consultations still to come (after the commit, like the emails). */
/**
 * Each event on the referral's timeline (its text sealed) and in the audit log
 * (without it). A step that ends the referral also cancels its clinic's
 * consultations still to come, in the same transaction; they are returned for
 * the emails the caller sends after the commit (`tellOfEndedConsultations`).
 */
export async function recordReferralEvents(
  tx: Db,
  ctx: AnyCaseContext,
  referralId: ReferralId,
  events: readonly ReferralEvent[],
  now: Date,
): Promise<EndedConsultation[]> {
  const caseId = ctx.row.id as CaseId
  const cancelled: EndedConsultation[] = []
  for (const event of events) {
    if (finalReferralStatuses.includes(event.to))
      cancelled.push(
        ...(await cancelConsultationsOfEndedReferral(tx, ctx, event.providerId as ProviderId, now)),
      )
    const text = textOf(event)
    await insertReferralEvent(tx, {
      id: randomUUID(),
      referralId,
      caseId,
      type: event.type,
      // A step Waypoint takes (closing the other referrals when the family
      // accepts a plan) is Waypoint's in the timeline; the audit below keeps
      // whose action set it off.
      actorUserId: roleOf(event.by) === 'system' ? null : ctx.actor.userId,
      actorRole: roleOf(event.by),
      fromStatus: event.from,
      toStatus: event.to,
      reason: reasonOf(event),
      sealedText: text === null ? null : seal(ctx.key, text),
      at: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: event.type,
      subjectType: 'referral',
      subjectId: referralId,
      requestId: ctx.requestId,
      details: {
        caseId,
        providerId: event.providerId,
        from: event.from,
        to: event.to,
        by: roleOf(event.by),
        ...(reasonOf(event) ? { reason: reasonOf(event) } : {}),
        ...('quoteId' in event ? { quoteId: event.quoteId } : {}),
        ...actorDetails(ctx),
      },
    })
  }
  return cancelled
}

/**
 * One step of the referral of this case to one provider, by this actor. The
 * step is decided on the version the person saw (`seenVersion`, from the
 * form) when given, else on the one loaded now; a save on any other version
 * is refused, so two people acting at once end with one outcome.
 */
export async function runReferralCommand(
  deps: NotifyDeps & Pick<CaseDeps, 'clock' | 'meetings'>,
  ctx: AnyCaseContext,
  providerId: ProviderId,
  actor: ReferralActor,
  command: ReferralCommand,
  seenVersion?: number,
  /** Rows the step brings with it (a plan and its quote), written in the same transaction once the referral is saved. */
  persist?: (tx: Db, next: Referral) => Promise<void>,
): Promise<Result<ReferralCommandDone, ReferralCommandRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const outcome = await deps.db
    .transaction(async (tx) => {
      const row = await referralTo(tx, caseId, providerId)
      if (!row) return err({ code: 'referral.not-found' } as const)
      const version = seenVersion ?? row.version
      if (version !== row.version) return err({ code: 'referral.changed' } as const)
      const decided = decideReferral(referralOf(row), actor, command, now)
      if (!decided.ok) return decided
      const { next, events } = decided.value
      const due = answerDueAfterStep(row, next.status, now)
      if (!(await saveReferral(tx, next, version, now, due)))
        return err({ code: 'referral.changed' } as const)
      await persist?.(tx, next)
      const cancelled = await recordReferralEvents(tx, ctx, row.id as ReferralId, events, now)
      const stage = await lockStage(tx, caseId)
      if (!stage) return err({ code: 'case.changed' } as const)
      const statuses = (await referralsOfCase(tx, caseId)).map((r) => r.row.status)
      const moved = await followReferrals(tx, ctx, stage, statuses, caseActorOf(actor), now)
      if (!moved.ok) throw new CaseMoved()
      return ok({
        done: { status: next.status, version: version + 1 },
        events,
        moved: moved.value,
        cancelled,
      })
    })
    .catch(caseMoved)
  if (!outcome.ok) return outcome
  for (const event of outcome.value.events) await tellOfStep(deps, ctx, event, outcome.value.moved !== null)
  await tellOfEndedConsultations(deps, ctx, outcome.value.cancelled)
  await tellOfStage(deps, ctx, outcome.value.moved)
  return ok(outcome.value.done)
}
