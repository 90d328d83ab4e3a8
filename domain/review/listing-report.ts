import type { UserId } from '../shared/ids.ts'
import { err, ok, type Result } from '../shared/result.ts'

// Reports from the public about a listing (issue 16, ADR 0059). Anyone may
// report, signed in or not; what they say goes to the reviewers' queue, and
// the reporter hears back by email when they gave (or have) an address. The
// rules here are the same for the form, the use case and the tests.

/** Why someone reports a listing. The words each reporter reads are `report.reason.<code>`. */
export const reportReasons = [
  'misleading-claims',
  'unproven-treatment',
  'false-credentials',
  'prices-differ',
  'patient-harm',
  'other',
] as const
export type ReportReason = (typeof reportReasons)[number]

export const isReportReason = (value: unknown): value is ReportReason =>
  typeof value === 'string' && (reportReasons as readonly string[]).includes(value)

/** A report's life: it arrives, a reviewer takes it, a reviewer closes it with an outcome. */
export const reportStatuses = ['received', 'under-review', 'closed'] as const
export type ReportStatus = (typeof reportStatuses)[number]

/** What came of a report, told to the reporter in their language (`report.outcome.<code>`). */
export const reportOutcomes = [
  'listing-changed',
  'no-change-needed',
  'listing-removed',
  'offer-suspended',
  'clinic-suspended',
] as const
export type ReportOutcome = (typeof reportOutcomes)[number]

export const isReportOutcome = (value: unknown): value is ReportOutcome =>
  typeof value === 'string' && (reportOutcomes as readonly string[]).includes(value)

// Enough words to act on, few enough to read in one sitting.
export const MIN_DETAILS = 20
export const MAX_DETAILS = 4000
export const MAX_EVIDENCE_URL = 2000
export const MAX_EMAIL = 254
export const MAX_NOTE = 2000

export type ReportField = 'reason' | 'details' | 'evidenceUrl' | 'email' | 'offer'

export type ReportRefusal =
  | { code: 'report.reason-missing'; field: 'reason' }
  | { code: 'report.details-too-short'; field: 'details'; min: number }
  | { code: 'report.details-too-long'; field: 'details'; max: number }
  | { code: 'report.evidence-invalid'; field: 'evidenceUrl' }
  | { code: 'report.evidence-too-long'; field: 'evidenceUrl'; max: number }
  | { code: 'report.email-invalid'; field: 'email' }
  | { code: 'report.offer-unknown'; field: 'offer' }
  | { code: 'report.throttled'; retryAfterMs: number }
  /** The listing is not public (or never was): the page is "not found". */
  | { code: 'report.listing-not-found' }
  /** Another reviewer's or no such report: "not found". */
  | { code: 'report.not-found' }
  | { code: 'report.already-closed' }
  | { code: 'report.outcome-missing'; field: 'outcome' }
  | { code: 'report.no-offer-named'; field: 'outcome' }
  | { code: 'report.note-too-long'; field: 'note'; max: number }

export type ReportInput = {
  reason: string
  details: string
  evidenceUrl: string
  email: string
  /** The offer the report is about, or '' for the whole listing. */
  offer: string
}

/** A report the use case may store. */
export type CheckedReport = {
  reason: ReportReason
  details: string
  evidenceUrl: string | null
  /** Where the acknowledgement and the outcome go; null when the reporter gave none. */
  email: string | null
  offerId: string | null
}

// Deliberately loose (one @, a dot in the domain, no spaces): the address is
// proved by the email arriving, not by a pattern.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Only web addresses a reviewer can open safely: http(s), with a host, no credentials in it. */
export function isSafeEvidenceUrl(text: string): boolean {
  if (/\s/.test(text)) return false
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return false
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  )
}

/**
 * Checks what a reporter typed. A signed-in reporter is answered at their
 * account's address whatever the form says (a form field could name someone
 * else). Every problem is returned at once, each on its own field.
 */
export function checkListingReport(
  input: ReportInput,
  context: { accountEmail: string | null; offerIds: readonly string[] },
): Result<CheckedReport, ReportRefusal[]> {
  const problems: ReportRefusal[] = []
  const reason = input.reason.trim()
  if (!isReportReason(reason)) problems.push({ code: 'report.reason-missing', field: 'reason' })
  const offer = input.offer.trim()
  if (offer !== '' && !context.offerIds.includes(offer))
    problems.push({ code: 'report.offer-unknown', field: 'offer' })
  const details = input.details.trim()
  // Counted in code points, so Arabic and accented words count as they read.
  const length = [...details].length
  if (length < MIN_DETAILS)
    problems.push({ code: 'report.details-too-short', field: 'details', min: MIN_DETAILS })
  else if (length > MAX_DETAILS)
    problems.push({ code: 'report.details-too-long', field: 'details', max: MAX_DETAILS })
  const evidenceUrl = input.evidenceUrl.trim()
  if (evidenceUrl.length > MAX_EVIDENCE_URL)
    problems.push({ code: 'report.evidence-too-long', field: 'evidenceUrl', max: MAX_EVIDENCE_URL })
  else if (evidenceUrl !== '' && !isSafeEvidenceUrl(evidenceUrl))
    problems.push({ code: 'report.evidence-invalid', field: 'evidenceUrl' })
  let email: string | null = context.accountEmail ? context.accountEmail.trim().toLowerCase() : null
  if (email === null) {
    const typed = input.email.trim().toLowerCase()
    if (typed !== '' && (typed.length > MAX_EMAIL || !EMAIL.test(typed)))
      problems.push({ code: 'report.email-invalid', field: 'email' })
    else if (typed !== '') email = typed
  }
  if (problems.length > 0) return err(problems)
  return ok({
    reason: reason as ReportReason,
    details,
    evidenceUrl: evidenceUrl === '' ? null : evidenceUrl,
    email,
    offerId: offer === '' ? null : offer,
  })
}

export type ReportState = { status: ReportStatus; reviewerId: UserId | null }

/** A reviewer takes a report they can see: it is under review, by them. Taking it again is harmless. */
export function decideTakeReport(
  report: ReportState | null,
  reviewer: UserId,
): Result<ReportState, ReportRefusal> {
  if (!report) return err({ code: 'report.not-found' })
  if (report.status === 'closed') return err({ code: 'report.already-closed' })
  return ok({ status: 'under-review', reviewerId: reviewer })
}

/**
 * What closing with an outcome does to the listing (ADR 0070): a suspended
 * offer goes back to the reviewers' queue, a suspended clinic takes every
 * offer of it off public pages; the other outcomes record what was done.
 */
export type ListingAction = { kind: 'suspend-offer'; offerId: string } | { kind: 'suspend-clinic' } | null

export type ReportClosure = ReportState & {
  outcome: ReportOutcome
  note: string | null
  action: ListingAction
}

/**
 * Closing a report: with one of the outcomes and, if the reviewer wishes, a
 * note for the other reviewers (it is never sent to the reporter, who reads
 * only the outcome). A report is closed once.
 */
export function decideCloseReport(
  report: (ReportState & { offerId?: string | null }) | null,
  reviewer: UserId,
  input: { outcome: string; note: string },
): Result<ReportClosure, ReportRefusal[]> {
  if (!report) return err([{ code: 'report.not-found' }])
  if (report.status === 'closed') return err([{ code: 'report.already-closed' }])
  const problems: ReportRefusal[] = []
  const outcome = input.outcome.trim()
  if (!isReportOutcome(outcome)) problems.push({ code: 'report.outcome-missing', field: 'outcome' })
  // An offer can be suspended only when the report names one.
  const offerId = report.offerId ?? null
  if (outcome === 'offer-suspended' && offerId === null)
    problems.push({ code: 'report.no-offer-named', field: 'outcome' })
  const note = input.note.trim()
  if ([...note].length > MAX_NOTE)
    problems.push({ code: 'report.note-too-long', field: 'note', max: MAX_NOTE })
  if (problems.length > 0) return err(problems)
  return ok({
    status: 'closed',
    reviewerId: reviewer,
    outcome: outcome as ReportOutcome,
    note: note === '' ? null : note,
    action:
      outcome === 'offer-suspended' && offerId !== null
        ? { kind: 'suspend-offer', offerId }
        : outcome === 'clinic-suspended'
          ? { kind: 'suspend-clinic' }
          : null,
  })
}

/** "R-3F9A2C1B": what the reporter and the reviewer quote to each other; never a person's data. */
export function reportReference(id: string): string {
  return `R-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`
}
