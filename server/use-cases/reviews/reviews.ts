import { randomUUID } from 'node:crypto'
import type { ClinicRole } from '#domain/clinics/clinic-roles.ts'
import {
  checkReview,
  checkReviewReport,
  decideMayReview,
  decidePublish,
  decideReply,
  decideTakeDown,
  mayReply,
  treatmentMonth,
  type ReviewInput,
  type ReviewRefusal,
} from '#domain/reviews/review.ts'
import type { CaseId, ProviderId, UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { attemptThrottle } from '../../auth/attempt-throttle.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { newCaseKey, openCaseKey, seal, unseal } from '../../cases/case-vault.ts'
import { lockStage } from '../../stores/case-store.ts'
import { publicListingBySlug } from '../../stores/listing-report-store.ts'
import {
  clinicRolesOf,
  closeReportsOf,
  insertReview,
  insertReviewReport,
  publishedReviewsOf,
  publishedReviewsOfProviders,
  reportsOfReview,
  reviewById,
  reviewFacts,
  reviewQueue,
  saveModeration,
  saveReply,
  staffNamesOf,
  treatedProvidersOfCase,
} from '../../stores/provider-review-store.ts'

// Verified reviews (issue 17, ADR 0068). The family of a case that reached
// treatment writes one review per provider from the case page; every review
// waits for a reviewer, who publishes it whole or rejects it with a reason
// the family reads; the clinic's desk replies once; anyone reports a
// published review. Publishing, taking down and replying purge the public
// pages on every instance (ADR 0056). Audit entries carry ids and codes only.

export type ReviewDeps = Pick<CaseDeps, 'db' | 'clock' | 'keys'>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const yearOf = (deps: Pick<ReviewDeps, 'clock'>) => deps.clock.now().getUTCFullYear()

/** Where public pages must be purged: after the change committed (ADR 0056). */
async function purge(deps: Pick<ReviewDeps, 'db'>, providerId: string) {
  await publishListingChange(deps.db, [providerId])
}

// ——— The family ———

/** The providers this case was treated by, each with the case's review of it and whether one may be written. */
export async function reviewsForFamily(deps: Pick<ReviewDeps, 'db'>, ctx: CaseContext) {
  const role = ctx.actor.member?.role ?? 'caregiver'
  const treated = await treatedProvidersOfCase(deps.db, ctx.row.id)
  return treated.map((t) => {
    const live = t.review && t.review.status !== 'rejected' ? t.review : null
    const may = decideMayReview({
      memberRole: role,
      accepted: true,
      sessionsWithProvider: t.sessions,
      reviewed: live !== null,
    })
    return {
      providerId: t.providerId as ProviderId,
      providerName: t.providerName,
      providerSlug: t.providerSlug,
      treatedMonth: treatmentMonth(t.firstSessionOn),
      offers: t.offers,
      mayWrite: may.ok,
      refusal: may.ok ? null : may.error.code,
      review: t.review && {
        id: t.review.id,
        status: t.review.status,
        reason: t.review.moderationReason,
        rating: t.review.rating,
        body: t.review.body,
        displayName: t.review.displayName,
        offerId: t.review.offerId,
        reply: t.review.reply,
        createdAt: t.review.createdAt,
      },
    }
  })
}

/** The family writes its one review of a provider that treated the case. */
export async function writeReview(
  deps: ReviewDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  input: ReviewInput,
): Promise<Result<{ reviewId: string; held: boolean }, ReviewRefusal | ReviewRefusal[]>> {
  const caseId = ctx.row.id as CaseId
  const role = ctx.actor.member?.role
  if (!role) return err({ code: 'reviews.no-authority', field: 'form' })
  return deps.db.transaction(async (tx) => {
    // Under the case's lock: two tabs cannot both write the one review.
    await lockStage(tx, caseId)
    const facts = await reviewFacts(tx, caseId, providerId)
    const may = decideMayReview({
      memberRole: role,
      accepted: facts.accepted,
      sessionsWithProvider: facts.sessions,
      reviewed: facts.reviewed,
    })
    if (!may.ok) return may
    const offers =
      (await treatedProvidersOfCase(tx, caseId)).find((t) => t.providerId === providerId)?.offers ?? []
    const checked = checkReview(input, {
      staffNames: await staffNamesOf(tx, providerId),
      year: yearOf(deps),
      offerIds: offers.map((o) => o.id),
    })
    if (!checked.ok) return checked
    const review = checked.value
    const id = randomUUID()
    await insertReview(tx, {
      id,
      caseId,
      providerId,
      offerId: review.offerId,
      authorUserId: ctx.actor.userId,
      rating: review.rating,
      body: review.text,
      displayName: review.displayName,
      locale: ctx.actor.locale,
      treatedMonth: treatmentMonth(facts.firstSessionOn!),
      flags: review.flags,
      createdAt: deps.clock.now(),
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'reviews.written',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { reviewId: id, providerId, flags: review.flags },
    })
    return ok({ reviewId: id, held: review.flags.length > 0 })
  })
}

// ——— The reviewers ———

export async function reviewQueueForReviewers(deps: Pick<ReviewDeps, 'db'>) {
  const { awaiting, reported } = await reviewQueue(deps.db, 200)
  const shape = (r: (typeof awaiting)[number]) => ({
    id: r.review.id,
    providerName: r.providerName,
    status: r.review.status,
    flags: r.review.flags,
    createdAt: r.review.createdAt,
    openReports: r.openReports,
  })
  // Held reviews (the check found something) first, then the others, each oldest first.
  const held = awaiting.filter((r) => r.review.flags.length > 0)
  const clean = awaiting.filter((r) => r.review.flags.length === 0)
  return { awaiting: [...held, ...clean].map(shape), reported: reported.map(shape) }
}

/** One review as a reviewer reads it, with its reports; the read is audited first. */
export async function readReviewForReviewer(deps: ReviewDeps, viewer: UserId, id: string) {
  if (!UUID.test(id)) return null
  const row = await reviewById(deps.db, id)
  if (!row) return null
  await appendAudit(deps.db, {
    actorUserId: viewer,
    action: 'reviews.read',
    subjectType: 'review',
    subjectId: id,
  })
  const reports = await reportsOfReview(deps.db, id)
  const r = row.review
  return {
    id: r.id,
    provider: { id: r.providerId, name: row.providerName, slug: row.providerSlug },
    offerTitle: row.offerTitle,
    rating: r.rating,
    body: r.body,
    displayName: r.displayName,
    locale: r.locale,
    treatedMonth: r.treatedMonth,
    flags: r.flags,
    status: r.status,
    reason: r.moderationReason,
    reply: r.reply,
    createdAt: r.createdAt,
    publishedAt: r.publishedAt,
    reports: reports.map((p) => {
      const key = openCaseKey(p.wrappedKey, deps.keys.master)!
      return {
        id: p.id,
        reason: p.reason,
        details: p.detailsSealed ? unseal<string>(key, p.detailsSealed) : null,
        createdAt: p.createdAt,
        open: p.closedAt === null,
      }
    }),
  }
}

export type ModerationCommand = { type: 'publish' } | { type: 'take-down'; reason: string } | { type: 'keep' }

/**
 * A reviewer publishes a waiting review, rejects it, takes a published one
 * down, or keeps it after reports. Whatever they do, the open reports about
 * it are closed; the public pages are purged when what they show changed.
 */
export async function moderateReview(
  deps: ReviewDeps,
  viewer: UserId,
  id: string,
  command: ModerationCommand,
): Promise<Result<{ status: string }, ReviewRefusal>> {
  if (!UUID.test(id)) return err({ code: 'reviews.not-found' })
  const done = await deps.db.transaction(async (tx) => {
    const row = await reviewById(tx, id, true)
    const current = row ? { status: row.review.status } : null
    const now = deps.clock.now()
    let next: { status: 'published' | 'rejected' | 'unpublished'; reason: string | null } | null = null
    if (command.type === 'publish') {
      const decided = decidePublish(current)
      if (!decided.ok) return decided
      next = { status: decided.value, reason: null }
    } else if (command.type === 'take-down') {
      const decided = decideTakeDown(current, command.reason)
      if (!decided.ok) return decided
      next = decided.value
    } else if (!current) return err({ code: 'reviews.not-found' } as const)
    else if (current.status !== 'published')
      return err({ code: 'reviews.not-published', field: 'form' } as const)
    const review = row!.review
    if (next) {
      await saveModeration(tx, id, review.status, {
        status: next.status,
        reason: next.reason as never,
        by: viewer,
        at: now,
      })
    }
    const closed = await closeReportsOf(tx, id, now)
    await appendAudit(tx, {
      actorUserId: viewer,
      action: next ? `reviews.${next.status}` : 'reviews.kept',
      subjectType: 'review',
      subjectId: id,
      details: { providerId: review.providerId, reason: next?.reason ?? null, reportsClosed: closed },
    })
    const shown = next !== null && (next.status === 'published' || review.status === 'published')
    return ok({ status: next?.status ?? review.status, providerId: review.providerId, shown })
  })
  if (!done.ok) return done
  if (done.value.shown) await purge(deps, done.value.providerId)
  return ok({ status: done.value.status })
}

// ——— The clinic ———

/** Published reviews of the providers this clinic member works for, and whether they may reply to each. */
export async function reviewsForClinic(deps: Pick<ReviewDeps, 'db'>, viewer: UserId) {
  const roles = await clinicRolesOf(deps.db, viewer)
  const rows = await publishedReviewsOfProviders(
    deps.db,
    roles.map((r) => r.providerId),
  )
  return rows.map((row) => {
    const role = roles.find((r) => r.providerId === row.review.providerId)!.role
    return {
      id: row.review.id,
      providerName: row.providerName,
      offerTitle: row.offerTitle,
      rating: row.review.rating,
      body: row.review.body,
      displayName: row.review.displayName,
      locale: row.review.locale,
      treatedMonth: row.review.treatedMonth,
      reply: row.review.reply,
      mayReply: mayReply(role) && row.review.reply === null,
    }
  })
}

/** One published review of the member's own providers, or null (another clinic's is "not found"). */
export async function reviewForClinic(deps: Pick<ReviewDeps, 'db'>, viewer: UserId, id: string) {
  if (!UUID.test(id)) return null
  return (await reviewsForClinic(deps, viewer)).find((r) => r.id === id) ?? null
}

/** The clinic's one reply to a published review of it. */
export async function replyToReview(
  deps: ReviewDeps,
  viewer: UserId,
  id: string,
  text: string,
): Promise<Result<null, ReviewRefusal>> {
  if (!UUID.test(id)) return err({ code: 'reviews.not-found' })
  const done = await deps.db.transaction(async (tx) => {
    const row = await reviewById(tx, id, true)
    const role: ClinicRole | undefined = row
      ? (await clinicRolesOf(tx, viewer)).find((r) => r.providerId === row.review.providerId)?.role
      : undefined
    // Another clinic's review, or one not (yet) public: not found.
    if (!row || !role || row.review.status === 'awaiting' || row.review.status === 'rejected')
      return err({ code: 'reviews.not-found' } as const)
    const decided = decideReply(
      { status: row.review.status, replied: row.review.reply !== null },
      role,
      text,
      { staffNames: [], year: yearOf(deps) },
    )
    if (!decided.ok) return decided
    if (!(await saveReply(tx, id, { text: decided.value, by: viewer, at: deps.clock.now() })))
      return err({ code: 'reviews.already-replied', field: 'form' } as const)
    await appendAudit(tx, {
      actorUserId: viewer,
      action: 'reviews.replied',
      subjectType: 'review',
      subjectId: id,
      details: { providerId: row.review.providerId },
    })
    return ok(row.review.providerId)
  })
  if (!done.ok) return done
  await purge(deps, done.value)
  return ok(null)
}

// ——— The public ———

/** Published reviews for a provider's public page: never the family's names, only a chosen display name. */
export async function publishedReviews(deps: Pick<ReviewDeps, 'db'>, providerId: string) {
  return publishedReviewsOf(deps.db, providerId)
}

/** A published review of a public listing, as the report form names it; null otherwise ("not found"). */
export async function reportableReview(deps: Pick<ReviewDeps, 'db'>, slug: string, reviewId: string) {
  if (!UUID.test(reviewId)) return null
  const listing = await publicListingBySlug(deps.db, slug)
  if (!listing) return null
  const row = await reviewById(deps.db, reviewId)
  if (!row || row.review.providerId !== listing.id || row.review.status !== 'published') return null
  return {
    id: row.review.id,
    providerName: listing.name,
    providerSlug: listing.slug,
    treatedMonth: row.review.treatedMonth,
  }
}

export type ReviewReporter = { userId: UserId | null; address: string }

/** Anyone reports a published review: it reaches the reviewers' queue. Limited per address (and account). */
export async function reportReview(
  deps: ReviewDeps,
  reporter: ReviewReporter,
  slug: string,
  reviewId: string,
  input: { reason: string; details: string },
): Promise<Result<null, ReviewRefusal | ReviewRefusal[]>> {
  const review = await reportableReview(deps, slug, reviewId)
  if (!review) return err({ code: 'reviews.not-found' })
  const checked = checkReviewReport(input)
  if (!checked.ok) return checked
  const throttle = attemptThrottle(deps.db, () => deps.clock.now())
  const attempt = {
    kind: 'review-report' as const,
    address: reporter.address,
    ...(reporter.userId ? { account: reporter.userId } : {}),
  }
  const allowed = await throttle.check(attempt)
  if (!allowed.allowed) return err({ code: 'reviews.report-throttled', retryAfterMs: allowed.retryAfterMs })
  await throttle.record(attempt)
  const id = randomUUID()
  const { key, wrapped } = newCaseKey(deps.keys.master)
  await deps.db.transaction(async (tx) => {
    await insertReviewReport(tx, {
      id,
      reviewId: review.id,
      reason: checked.value.reason,
      detailsSealed: checked.value.details ? seal(key, checked.value.details) : null,
      wrappedKey: wrapped,
      reporterUserId: reporter.userId,
      createdAt: deps.clock.now(),
    })
    await appendAudit(tx, {
      actorUserId: reporter.userId,
      action: 'reviews.reported',
      subjectType: 'review',
      subjectId: review.id,
      details: { reportId: id, reason: checked.value.reason },
    })
  })
  return ok(null)
}
