import { and, asc, count, desc, eq, inArray, isNull, min, ne, sql } from 'drizzle-orm'
import type { ModerationReason, ReviewStatus } from '#domain/reviews/review.ts'
import type { Db } from '../db/client.ts'
import { provider, providerStaff } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { offer, practitioner } from '../db/schema/catalogue.ts'
import { caseOffer, referral } from '../db/schema/cases.ts'
import { providerReview, reviewReport } from '../db/schema/reviews.ts'
import { treatmentSession } from '../db/schema/treatment.ts'

// The SQL of verified reviews (ADR 0068). Review text is public once
// published and kept in the clear; a report's words stay sealed.

export type ReviewRow = typeof providerReview.$inferSelect

/**
 * The providers this case reached treatment with (an accepted referral and at
 * least one session that provider recorded), each with its first session and
 * the case's latest review of it.
 */
export async function treatedProvidersOfCase(db: Db, caseId: string) {
  const treated = await db
    .select({
      providerId: provider.id,
      providerName: provider.name,
      providerSlug: provider.slug,
      firstSessionOn: min(treatmentSession.heldOn),
      sessions: count(treatmentSession.id),
    })
    .from(referral)
    .innerJoin(provider, eq(provider.id, referral.providerId))
    .innerJoin(
      treatmentSession,
      and(eq(treatmentSession.caseId, referral.caseId), eq(treatmentSession.providerId, referral.providerId)),
    )
    .where(and(eq(referral.caseId, caseId), eq(referral.status, 'accepted')))
    .groupBy(provider.id, provider.name, provider.slug)
  if (treated.length === 0) return []
  const reviews = await db
    .select()
    .from(providerReview)
    .where(eq(providerReview.caseId, caseId))
    .orderBy(desc(providerReview.createdAt))
  const offers = await db
    .select({ id: offer.id, title: offer.title, providerId: offer.providerId })
    .from(caseOffer)
    .innerJoin(offer, eq(offer.id, caseOffer.offerId))
    .where(eq(caseOffer.caseId, caseId))
    .orderBy(asc(offer.title))
  return treated.map((t) => ({
    ...t,
    sessions: Number(t.sessions),
    firstSessionOn: t.firstSessionOn!,
    review: reviews.find((r) => r.providerId === t.providerId) ?? null,
    offers: offers.filter((o) => o.providerId === t.providerId).map(({ id, title }) => ({ id, title })),
  }))
}

/** The accepted referral and the sessions of one provider on one case, and whether a review already counts. */
export async function reviewFacts(db: Db, caseId: string, providerId: string) {
  const [ref] = await db
    .select({ status: referral.status })
    .from(referral)
    .where(and(eq(referral.caseId, caseId), eq(referral.providerId, providerId)))
  const [sessions] = await db
    .select({ n: count(), first: min(treatmentSession.heldOn) })
    .from(treatmentSession)
    .where(and(eq(treatmentSession.caseId, caseId), eq(treatmentSession.providerId, providerId)))
  const [live] = await db
    .select({ id: providerReview.id })
    .from(providerReview)
    .where(
      and(
        eq(providerReview.caseId, caseId),
        eq(providerReview.providerId, providerId),
        ne(providerReview.status, 'rejected'),
      ),
    )
  return {
    accepted: ref?.status === 'accepted',
    sessions: Number(sessions?.n ?? 0),
    firstSessionOn: sessions?.first ?? null,
    reviewed: live !== undefined,
  }
}

/** The names of the clinic's people as the public and the team know them: practitioners and team members. */
export async function staffNamesOf(db: Db, providerId: string): Promise<string[]> {
  const listed = await db
    .select({ name: practitioner.name })
    .from(practitioner)
    .where(eq(practitioner.providerId, providerId))
  const team = await db
    .select({ name: user.name })
    .from(providerStaff)
    .innerJoin(user, eq(user.id, providerStaff.userId))
    .where(eq(providerStaff.providerId, providerId))
  return [...new Set([...listed, ...team].map((r) => r.name).filter((n) => n.trim() !== ''))]
}

export async function insertReview(db: Db, row: typeof providerReview.$inferInsert): Promise<void> {
  await db.insert(providerReview).values(row)
}

const withNames = {
  review: providerReview,
  providerName: provider.name,
  providerSlug: provider.slug,
  offerTitle: offer.title,
}

/** One review with its provider's names; `lock` holds its row until the transaction ends. */
export async function reviewById(db: Db, id: string, lock = false) {
  const query = db
    .select(withNames)
    .from(providerReview)
    .innerJoin(provider, eq(provider.id, providerReview.providerId))
    .leftJoin(offer, eq(offer.id, providerReview.offerId))
    .where(eq(providerReview.id, id))
  const [row] = lock ? await query.for('update', { of: providerReview }) : await query
  return row ?? null
}

export async function saveModeration(
  db: Db,
  id: string,
  from: ReviewStatus,
  change: { status: ReviewStatus; reason: ModerationReason | null; by: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(providerReview)
    .set({
      status: change.status,
      moderationReason: change.reason,
      moderatedByUserId: change.by,
      moderatedAt: change.at,
      ...(change.status === 'published' ? { publishedAt: change.at } : {}),
    })
    .where(and(eq(providerReview.id, id), eq(providerReview.status, from)))
    .returning({ id: providerReview.id })
  return rows.length === 1
}

/** The one reply: written only while there is none. */
export async function saveReply(db: Db, id: string, reply: { text: string; by: string; at: Date }) {
  const rows = await db
    .update(providerReview)
    .set({ reply: reply.text, replyByUserId: reply.by, repliedAt: reply.at })
    .where(
      and(eq(providerReview.id, id), isNull(providerReview.reply), eq(providerReview.status, 'published')),
    )
    .returning({ id: providerReview.id })
  return rows.length === 1
}

// How many reports about a review wait for a reviewer.
const openReports =
  sql<number>`(select count(*) from ${reviewReport} where ${reviewReport.reviewId} = ${providerReview.id} and ${reviewReport.closedAt} is null)`.mapWith(
    Number,
  )

/** Reviews waiting for a reviewer, oldest first, and published ones with open reports. */
export async function reviewQueue(db: Db, limit: number) {
  const base = () =>
    db
      .select({ ...withNames, openReports })
      .from(providerReview)
      .innerJoin(provider, eq(provider.id, providerReview.providerId))
      .leftJoin(offer, eq(offer.id, providerReview.offerId))
  const [awaiting, reported] = await Promise.all([
    base()
      .where(eq(providerReview.status, 'awaiting'))
      .orderBy(asc(providerReview.createdAt), asc(providerReview.id))
      .limit(limit),
    base()
      .where(
        and(
          eq(providerReview.status, 'published'),
          sql`exists (select 1 from ${reviewReport} where ${reviewReport.reviewId} = ${providerReview.id} and ${reviewReport.closedAt} is null)`,
        ),
      )
      .orderBy(asc(providerReview.publishedAt), asc(providerReview.id))
      .limit(limit),
  ])
  return { awaiting, reported }
}

/** What the provider page shows: published reviews, newest first. */
export async function publishedReviewsOf(db: Db, providerId: string, limit = 50) {
  return db
    .select({
      id: providerReview.id,
      rating: providerReview.rating,
      body: providerReview.body,
      displayName: providerReview.displayName,
      locale: providerReview.locale,
      treatedMonth: providerReview.treatedMonth,
      reply: providerReview.reply,
      repliedAt: providerReview.repliedAt,
      publishedAt: providerReview.publishedAt,
      offerTitle: offer.title,
    })
    .from(providerReview)
    .leftJoin(offer, eq(offer.id, providerReview.offerId))
    .where(and(eq(providerReview.providerId, providerId), eq(providerReview.status, 'published')))
    .orderBy(desc(providerReview.publishedAt), asc(providerReview.id))
    .limit(limit)
}

/** The providers a clinic member works for, with their role there. */
export async function clinicRolesOf(db: Db, userId: string) {
  return db
    .select({ providerId: providerStaff.providerId, role: providerStaff.role, providerName: provider.name })
    .from(providerStaff)
    .innerJoin(provider, eq(provider.id, providerStaff.providerId))
    .where(eq(providerStaff.userId, userId))
}

/** Published reviews of these providers, newest first, for the clinic portal. */
export async function publishedReviewsOfProviders(db: Db, providerIds: readonly string[]) {
  if (providerIds.length === 0) return []
  return db
    .select(withNames)
    .from(providerReview)
    .innerJoin(provider, eq(provider.id, providerReview.providerId))
    .leftJoin(offer, eq(offer.id, providerReview.offerId))
    .where(and(inArray(providerReview.providerId, [...providerIds]), eq(providerReview.status, 'published')))
    .orderBy(desc(providerReview.publishedAt), asc(providerReview.id))
    .limit(200)
}

export async function insertReviewReport(db: Db, row: typeof reviewReport.$inferInsert): Promise<void> {
  await db.insert(reviewReport).values(row)
}

export async function reportsOfReview(db: Db, reviewId: string) {
  return db
    .select()
    .from(reviewReport)
    .where(eq(reviewReport.reviewId, reviewId))
    .orderBy(asc(reviewReport.createdAt), asc(reviewReport.id))
}

/** A reviewer dealt with the review: its open reports are closed. */
export async function closeReportsOf(db: Db, reviewId: string, at: Date): Promise<number> {
  const rows = await db
    .update(reviewReport)
    .set({ closedAt: at })
    .where(and(eq(reviewReport.reviewId, reviewId), isNull(reviewReport.closedAt)))
    .returning({ id: reviewReport.id })
  return rows.length
}
