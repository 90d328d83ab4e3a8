import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import type { ReportOutcome, ReportStatus } from '#domain/review/listing-report.ts'
import type { Db } from '../db/client.ts'
import { provider } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { offer } from '../db/schema/catalogue.ts'
import { listingReport } from '../db/schema/reports.ts'
import { isPublicOffer } from './public-offer.ts'

// The SQL of listing reports (ADR 0059). Rows leave this file sealed; the use
// cases open them with the report's key.

/** A listing the public can see, with its public offers (ADR 0052): nothing else can be reported. */
export async function publicListingBySlug(db: Db, slug: string) {
  const [p] = await db
    .select({ id: provider.id, slug: provider.slug, name: provider.name })
    .from(provider)
    .where(and(eq(provider.slug, slug), eq(provider.reviewStatus, 'approved')))
  if (!p) return null
  const offers = await db
    .select({ id: offer.id, title: offer.title })
    .from(offer)
    .where(and(eq(offer.providerId, p.id), isPublicOffer))
    .orderBy(asc(offer.title))
  return offers.length === 0 ? null : { ...p, offers }
}

export type NewReportRow = typeof listingReport.$inferInsert

export async function insertReport(db: Db, row: NewReportRow): Promise<void> {
  await db.insert(listingReport).values(row)
}

export async function reportCounts(db: Db): Promise<Record<ReportStatus, number>> {
  const rows = await db
    .select({ status: listingReport.status, n: count() })
    .from(listingReport)
    .groupBy(listingReport.status)
  const counts: Record<ReportStatus, number> = { received: 0, 'under-review': 0, closed: 0 }
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}

const queueColumns = {
  id: listingReport.id,
  reason: listingReport.reason,
  status: listingReport.status,
  outcome: listingReport.outcome,
  createdAt: listingReport.createdAt,
  closedAt: listingReport.closedAt,
  providerName: provider.name,
  offerTitle: offer.title,
  reviewerName: user.name,
}

/** Open reports, oldest first (the longest-waiting reporter is answered first), then the latest closed. */
export async function reportQueue(db: Db, limits: { open: number; closed: number }) {
  const base = () =>
    db
      .select(queueColumns)
      .from(listingReport)
      .innerJoin(provider, eq(provider.id, listingReport.providerId))
      .leftJoin(offer, eq(offer.id, listingReport.offerId))
      .leftJoin(user, eq(user.id, listingReport.reviewerUserId))
  const [open, closed] = await Promise.all([
    base()
      .where(inArray(listingReport.status, ['received', 'under-review']))
      .orderBy(asc(listingReport.createdAt), asc(listingReport.id))
      .limit(limits.open),
    base()
      .where(eq(listingReport.status, 'closed'))
      .orderBy(desc(listingReport.closedAt), asc(listingReport.id))
      .limit(limits.closed),
  ])
  return { open, closed }
}

/** One report with its listing's names; `lock` holds its row until the transaction ends. */
export async function reportById(db: Db, id: string, lock = false) {
  const query = db
    .select({
      ...queueColumns,
      providerId: listingReport.providerId,
      providerSlug: provider.slug,
      offerId: listingReport.offerId,
      detailsSealed: listingReport.detailsSealed,
      evidenceSealed: listingReport.evidenceSealed,
      reporterEmailSealed: listingReport.reporterEmailSealed,
      reporterUserId: listingReport.reporterUserId,
      reporterLocale: listingReport.reporterLocale,
      wrappedKey: listingReport.wrappedKey,
      outcomeNote: listingReport.outcomeNote,
      reviewerUserId: listingReport.reviewerUserId,
      takenAt: listingReport.takenAt,
    })
    .from(listingReport)
    .innerJoin(provider, eq(provider.id, listingReport.providerId))
    .leftJoin(offer, eq(offer.id, listingReport.offerId))
    .leftJoin(user, eq(user.id, listingReport.reviewerUserId))
    .where(eq(listingReport.id, id))
  const [row] = lock ? await query.for('update', { of: listingReport }) : await query
  return row ?? null
}

export async function saveTaken(db: Db, id: string, reviewerId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(listingReport)
    .set({ status: 'under-review', reviewerUserId: reviewerId, takenAt: at })
    .where(and(eq(listingReport.id, id), ne(listingReport.status, 'closed')))
    .returning({ id: listingReport.id })
  return rows.length === 1
}

/** Closes a report and forgets the reporter's address (the outcome email already carries it). */
export async function saveClosed(
  db: Db,
  id: string,
  closure: { reviewerId: string; outcome: ReportOutcome; note: string | null; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(listingReport)
    .set({
      status: 'closed',
      outcome: closure.outcome,
      outcomeNote: closure.note,
      reviewerUserId: closure.reviewerId,
      takenAt: sql`coalesce(${listingReport.takenAt}, ${closure.at.toISOString()}::timestamptz)`,
      closedAt: closure.at,
      reporterEmailSealed: null,
    })
    .where(and(eq(listingReport.id, id), ne(listingReport.status, 'closed')))
    .returning({ id: listingReport.id })
  return rows.length === 1
}

/**
 * A report's "offer suspended" (ADR 0070): the clinic's approved offer goes
 * back to the reviewers' queue, off public pages. Returns the status it had,
 * or null when the offer is not the clinic's.
 */
export async function suspendOffer(tx: Db, providerId: string, offerId: string) {
  const [row] = await tx
    .select({ reviewStatus: offer.reviewStatus })
    .from(offer)
    .where(and(eq(offer.id, offerId), eq(offer.providerId, providerId)))
    .for('update')
  if (!row) return null
  if (row.reviewStatus === 'approved')
    await tx.update(offer).set({ reviewStatus: 'pending' }).where(eq(offer.id, offerId))
  return row.reviewStatus
}

/**
 * A report's "clinic suspended" (ADR 0070): the clinic goes back to the
 * reviewers' queue of clinics, and with it every offer leaves public pages
 * (`isPublicOffer` needs an approved clinic). Returns the status it had.
 */
export async function suspendClinic(tx: Db, providerId: string) {
  const [row] = await tx
    .select({ reviewStatus: provider.reviewStatus })
    .from(provider)
    .where(eq(provider.id, providerId))
    .for('update')
  if (!row) return null
  if (row.reviewStatus === 'approved')
    await tx.update(provider).set({ reviewStatus: 'pending' }).where(eq(provider.id, providerId))
  return row.reviewStatus
}
