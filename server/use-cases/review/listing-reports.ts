import { randomUUID } from 'node:crypto'
import type { Locale } from '#domain/i18n/locales.ts'
import {
  checkListingReport,
  decideCloseReport,
  decideTakeReport,
  reportReference,
  type ReportInput,
  type ReportRefusal,
} from '#domain/review/listing-report.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { attemptThrottle } from '../../auth/attempt-throttle.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { newCaseKey, openCaseKey, seal, unseal } from '../../cases/case-vault.ts'
import {
  insertReport,
  publicListingBySlug,
  reportById,
  reportCounts,
  reportQueue,
  saveClosed,
  saveTaken,
  suspendClinic,
  suspendOffer,
} from '../../stores/listing-report-store.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'

// Reports about a listing from the public (issue 16, ADR 0059): anyone files
// one against a public listing; it waits in the reviewers' queue; the
// reporter is told by email that it arrived and, later, what came of it, in
// the language they wrote in. What they typed is sealed with the report's own
// key; logs and the audit trail carry ids and codes only.

export type ReportDeps = Pick<CaseDeps, 'db' | 'clock' | 'keys' | 'notify'>

/** Where the acknowledgement points: the public page that says how reports are handled. */
const HOW_REPORTS_WORK = '/how-we-work#reports'

/** The listing as the report form shows it, or null when it is not public (the form is then "not found"). */
export async function reportableListing(deps: Pick<ReportDeps, 'db'>, slug: string) {
  return publicListingBySlug(deps.db, slug)
}

export type Reporter = {
  userId: UserId | null
  /** A signed-in reporter's account address: the answers go there. */
  accountEmail: string | null
  locale: Locale
  /** The client's address, through the proxies TRUST_PROXY names (for the limit only; never stored). */
  address: string
}

export async function fileListingReport(
  deps: ReportDeps,
  reporter: Reporter,
  slug: string,
  input: ReportInput,
): Promise<Result<{ reference: string; emailed: boolean }, ReportRefusal[]>> {
  const listing = await publicListingBySlug(deps.db, slug)
  if (!listing) return err([{ code: 'report.listing-not-found' }])
  const checked = checkListingReport(input, {
    accountEmail: reporter.accountEmail,
    offerIds: listing.offers.map((o) => o.id),
  })
  if (!checked.ok) return checked
  const report = checked.value
  // Every report counts against the address it came from and the address it answers to.
  const throttle = attemptThrottle(deps.db, () => deps.clock.now())
  const attempt = {
    kind: 'listing-report' as const,
    address: reporter.address,
    ...(report.email ? { account: report.email } : {}),
  }
  const allowed = await throttle.check(attempt)
  if (!allowed.allowed) return err([{ code: 'report.throttled', retryAfterMs: allowed.retryAfterMs }])
  await throttle.record(attempt)

  const id = randomUUID()
  const now = deps.clock.now()
  const { key, wrapped } = newCaseKey(deps.keys.master)
  await deps.db.transaction(async (tx) => {
    await insertReport(tx, {
      id,
      providerId: listing.id,
      offerId: report.offerId,
      reason: report.reason,
      detailsSealed: seal(key, report.details),
      evidenceSealed: report.evidenceUrl ? seal(key, report.evidenceUrl) : null,
      reporterEmailSealed: report.email ? seal(key, report.email) : null,
      reporterUserId: reporter.userId,
      reporterLocale: reporter.locale,
      wrappedKey: wrapped,
      createdAt: now,
    })
    await appendAudit(tx, {
      actorUserId: reporter.userId,
      action: 'listing-report.received',
      subjectType: 'listing-report',
      subjectId: id,
      details: { providerId: listing.id, offerId: report.offerId, reason: report.reason },
    })
  })
  const reference = reportReference(id)
  if (report.email) {
    await deps.notify.email({
      template: 'listing-report-received',
      to: report.email,
      locale: reporter.locale,
      params: { reference, url: `${deps.notify.publicUrl}${HOW_REPORTS_WORK}` },
    })
  }
  return ok({ reference, emailed: report.email !== null })
}

/** The reviewers' queue: how many in each state, the open ones oldest first, and the latest closed. */
export async function listingReportQueue(deps: Pick<ReportDeps, 'db'>) {
  const [counts, queue] = await Promise.all([
    reportCounts(deps.db),
    reportQueue(deps.db, { open: 200, closed: 20 }),
  ])
  const shape = (r: (typeof queue.open)[number]) => ({ ...r, reference: reportReference(r.id) })
  return { counts, open: queue.open.map(shape), closed: queue.closed.map(shape) }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * One report as a reviewer reads it, the read audited first. The reviewer
 * learns whether the reporter can be answered, never their address.
 */
export async function readListingReport(deps: Pick<ReportDeps, 'db' | 'keys'>, viewer: UserId, id: string) {
  if (!UUID.test(id)) return null
  const row = await reportById(deps.db, id)
  if (!row) return null
  await appendAudit(deps.db, {
    actorUserId: viewer,
    action: 'listing-report.read',
    subjectType: 'listing-report',
    subjectId: id,
  })
  const key = openCaseKey(row.wrappedKey, deps.keys.master)!
  return {
    id: row.id,
    reference: reportReference(row.id),
    provider: { id: row.providerId, name: row.providerName, slug: row.providerSlug },
    offer: row.offerId ? { id: row.offerId, title: row.offerTitle ?? '' } : null,
    reason: row.reason,
    details: unseal<string>(key, row.detailsSealed),
    evidenceUrl: row.evidenceSealed ? unseal<string>(key, row.evidenceSealed) : null,
    reporter: row.reporterUserId ? 'account' : row.reporterEmailSealed ? 'email' : 'none',
    answerable: row.reporterEmailSealed !== null,
    reporterLocale: row.reporterLocale,
    status: row.status,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    reviewerName: row.reviewerName,
    reviewerIsViewer: row.reviewerUserId === viewer,
    createdAt: row.createdAt,
    takenAt: row.takenAt,
    closedAt: row.closedAt,
  } as const
}

/** A reviewer takes a report: it is theirs, under review. */
export async function takeListingReport(
  deps: Pick<ReportDeps, 'db' | 'clock'>,
  viewer: UserId,
  id: string,
): Promise<Result<null, ReportRefusal>> {
  if (!UUID.test(id)) return err({ code: 'report.not-found' })
  return deps.db.transaction(async (tx) => {
    const row = await reportById(tx, id, true)
    const decided = decideTakeReport(
      row ? { status: row.status, reviewerId: row.reviewerUserId as UserId | null } : null,
      viewer,
    )
    if (!decided.ok) return decided
    await saveTaken(tx, id, viewer, deps.clock.now())
    await appendAudit(tx, {
      actorUserId: viewer,
      action: 'listing-report.taken',
      subjectType: 'listing-report',
      subjectId: id,
    })
    return ok(null)
  })
}

/**
 * Closes a report with an outcome (and a note for reviewers), forgets the
 * reporter's address in the same transaction, then tells the reporter the
 * outcome in their language.
 */
export async function closeListingReport(
  deps: ReportDeps,
  viewer: UserId,
  id: string,
  input: { outcome: string; note: string },
): Promise<Result<null, ReportRefusal[]>> {
  if (!UUID.test(id)) return err([{ code: 'report.not-found' }])
  const closed = await deps.db.transaction(async (tx) => {
    const row = await reportById(tx, id, true)
    const decided = decideCloseReport(
      row
        ? { status: row.status, reviewerId: row.reviewerUserId as UserId | null, offerId: row.offerId }
        : null,
      viewer,
      input,
    )
    if (!decided.ok) return decided
    // A report that was found (decided refuses a missing one).
    const report = row!
    const key = openCaseKey(report.wrappedKey, deps.keys.master)!
    const email = report.reporterEmailSealed ? unseal<string>(key, report.reporterEmailSealed) : null
    // An outcome that acts (ADR 0070): the listing changes in the same transaction as the closure.
    const { action } = decided.value
    const before =
      action?.kind === 'suspend-offer'
        ? await suspendOffer(tx, report.providerId, action.offerId)
        : action?.kind === 'suspend-clinic'
          ? await suspendClinic(tx, report.providerId)
          : null
    if (action) {
      await appendAudit(tx, {
        actorUserId: viewer,
        action: action.kind === 'suspend-offer' ? 'offer.suspended' : 'provider.suspended',
        subjectType: action.kind === 'suspend-offer' ? 'offer' : 'provider',
        subjectId: action.kind === 'suspend-offer' ? action.offerId : report.providerId,
        details: { providerId: report.providerId, reportId: id, reviewStatusBefore: before },
      })
    }
    await saveClosed(tx, id, {
      reviewerId: viewer,
      outcome: decided.value.outcome,
      note: decided.value.note,
      at: deps.clock.now(),
    })
    await appendAudit(tx, {
      actorUserId: viewer,
      action: 'listing-report.closed',
      subjectType: 'listing-report',
      subjectId: id,
      details: { outcome: decided.value.outcome, answered: email !== null },
    })
    return ok({
      email,
      locale: report.reporterLocale,
      outcome: decided.value.outcome,
      changedProvider: action ? report.providerId : null,
    })
  })
  if (!closed.ok) return closed
  // Off search and every instance's cached public pages before this returns (ADR 0056).
  if (closed.value.changedProvider) await publishListingChange(deps.db, [closed.value.changedProvider])
  if (closed.value.email) {
    await deps.notify.email({
      template: 'listing-report-closed',
      to: closed.value.email,
      locale: closed.value.locale,
      params: {
        reference: reportReference(id),
        outcome: closed.value.outcome,
        url: `${deps.notify.publicUrl}${HOW_REPORTS_WORK}`,
      },
    })
  }
  return ok(null)
}
