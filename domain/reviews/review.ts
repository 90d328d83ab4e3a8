import type { ClinicRole } from '../clinics/clinic-roles.ts'
import type { MemberRole } from '../cases/case-members.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { findPersonalData, type PersonalDataContext, type PersonalDataKind } from './personal-data.ts'

// Verified reviews (issue 17, ADR 0068). Only a family whose case reached
// treatment with a provider through Waypoint reviews it, once per case; a
// review is never edited by us: a reviewer publishes it whole or rejects it
// with a reason the family reads. The provider replies once; anyone reports.

/** A review's life: every review waits for a reviewer; published ones can be taken down after a report. */
export const reviewStatuses = ['awaiting', 'published', 'rejected', 'unpublished'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]

/** Why a reviewer rejects or unpublishes a review; the family reads `reviews.reason.<code>`. */
export const moderationReasons = [
  'personal-data',
  'not-first-hand',
  'abusive',
  'advertising',
  'other',
] as const
export type ModerationReason = (typeof moderationReasons)[number]

/** Why someone reports a published review (`reviews.reportReason.<code>`). */
export const reviewReportReasons = [
  'personal-data',
  'fake',
  'abusive',
  'conflict-of-interest',
  'other',
] as const
export type ReviewReportReason = (typeof reviewReportReasons)[number]

export const MIN_TEXT = 30
export const MAX_TEXT = 3000
export const MAX_DISPLAY_NAME = 40
export const MIN_REPLY = 2
export const MAX_REPLY = 1500
export const MAX_REPORT_DETAILS = 1000

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
export const isModerationReason = oneOf(moderationReasons)
export const isReviewReportReason = oneOf(reviewReportReasons)

const length = (text: string) => [...text].length

export type ReviewRefusal =
  | { code: 'reviews.no-authority'; field: 'form' }
  | { code: 'reviews.not-treated'; field: 'form' }
  | { code: 'reviews.already-written'; field: 'form' }
  | { code: 'reviews.rating-invalid'; field: 'rating' }
  | { code: 'reviews.text-too-short'; field: 'text'; min: number }
  | { code: 'reviews.text-too-long'; field: 'text'; max: number }
  | { code: 'reviews.display-name-too-long'; field: 'displayName'; max: number }
  | { code: 'reviews.display-name-personal'; field: 'displayName' }
  | { code: 'reviews.offer-unknown'; field: 'offer' }
  | { code: 'reviews.not-found' }
  | { code: 'reviews.not-awaiting'; field: 'form' }
  | { code: 'reviews.not-published'; field: 'form' }
  | { code: 'reviews.reason-missing'; field: 'reason' }
  | { code: 'reviews.reply-not-allowed'; field: 'form' }
  | { code: 'reviews.already-replied'; field: 'form' }
  | { code: 'reviews.reply-too-short'; field: 'reply'; min: number }
  | { code: 'reviews.reply-too-long'; field: 'reply'; max: number }
  | { code: 'reviews.reply-personal-data'; field: 'reply' }
  | { code: 'reviews.report-reason-missing'; field: 'reason' }
  | { code: 'reviews.report-details-too-long'; field: 'details'; max: number }
  | { code: 'reviews.report-throttled'; retryAfterMs: number }

/** What the shell knows about a case and one provider when a member asks to review it. */
export type ReviewEligibilityFacts = {
  memberRole: MemberRole
  /** The case's referral to this provider was accepted. */
  accepted: boolean
  /** Sessions this provider recorded on the case. */
  sessionsWithProvider: number
  /** This case already has a review of this provider that was not rejected. */
  reviewed: boolean
}

/**
 * A case reached treatment with a provider when that provider, the clinic of
 * its accepted referral, recorded at least one session (treatment-store.ts).
 * The patient or their representative writes the review; a caregiver helps
 * but does not speak for the patient in public.
 */
export function decideMayReview(facts: ReviewEligibilityFacts): Result<null, ReviewRefusal> {
  if (facts.memberRole !== 'patient' && facts.memberRole !== 'representative')
    return err({ code: 'reviews.no-authority', field: 'form' })
  if (!facts.accepted || facts.sessionsWithProvider === 0)
    return err({ code: 'reviews.not-treated', field: 'form' })
  if (facts.reviewed) return err({ code: 'reviews.already-written', field: 'form' })
  return ok(null)
}

export type ReviewInput = { rating: string; text: string; displayName: string; offer: string }

export type CheckedReview = {
  /** 1 to 5, or null: a family may say it in words only. */
  rating: number | null
  text: string
  /** Shown with the review; null shows no name at all. */
  displayName: string | null
  offerId: string | null
  /** What the personal-data check found: a reviewer sees it first (the text is never changed). */
  flags: PersonalDataKind[]
}

/** Checks what the family wrote; every problem at once, each on its field. */
export function checkReview(
  input: ReviewInput,
  context: PersonalDataContext & { offerIds: readonly string[] },
): Result<CheckedReview, ReviewRefusal[]> {
  const problems: ReviewRefusal[] = []
  const rawRating = input.rating.trim()
  const rating = rawRating === '' ? null : Number(rawRating)
  if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
    problems.push({ code: 'reviews.rating-invalid', field: 'rating' })
  const text = input.text.trim()
  if (length(text) < MIN_TEXT) problems.push({ code: 'reviews.text-too-short', field: 'text', min: MIN_TEXT })
  else if (length(text) > MAX_TEXT)
    problems.push({ code: 'reviews.text-too-long', field: 'text', max: MAX_TEXT })
  const displayName = input.displayName.trim().replace(/\s+/g, ' ')
  if (length(displayName) > MAX_DISPLAY_NAME)
    problems.push({ code: 'reviews.display-name-too-long', field: 'displayName', max: MAX_DISPLAY_NAME })
  else if (
    displayName !== '' &&
    findPersonalData(displayName, { ...context, staffNames: [] }).some((k) => k !== 'staff-name')
  )
    // A name is the family's to show; an address or a number in it is not a name.
    problems.push({ code: 'reviews.display-name-personal', field: 'displayName' })
  const offer = input.offer.trim()
  if (offer !== '' && !context.offerIds.includes(offer))
    problems.push({ code: 'reviews.offer-unknown', field: 'offer' })
  if (problems.length > 0) return err(problems)
  return ok({
    rating,
    text,
    displayName: displayName === '' ? null : displayName,
    offerId: offer === '' ? null : offer,
    flags: findPersonalData(text, context),
  })
}

/** "2026-12": the month of the first session with the provider, all the page says of when. */
export function treatmentMonth(firstSessionOn: string): string {
  return firstSessionOn.slice(0, 7)
}

export type ModerationState = { status: ReviewStatus }

/** A reviewer publishes a review that waits, whole. */
export function decidePublish(review: ModerationState | null): Result<'published', ReviewRefusal> {
  if (!review) return err({ code: 'reviews.not-found' })
  if (review.status !== 'awaiting') return err({ code: 'reviews.not-awaiting', field: 'form' })
  return ok('published')
}

/**
 * A reviewer rejects a review that waits, or takes down a published one,
 * with a reason the family reads.
 */
export function decideTakeDown(
  review: ModerationState | null,
  reason: string,
): Result<{ status: 'rejected' | 'unpublished'; reason: ModerationReason }, ReviewRefusal> {
  if (!review) return err({ code: 'reviews.not-found' })
  if (review.status !== 'awaiting' && review.status !== 'published')
    return err({ code: 'reviews.not-awaiting', field: 'form' })
  if (!isModerationReason(reason)) return err({ code: 'reviews.reason-missing', field: 'reason' })
  return ok({ status: review.status === 'awaiting' ? 'rejected' : 'unpublished', reason })
}

/** Who speaks for the clinic in public: its international desk and its administrators. */
export const mayReply = (role: ClinicRole): boolean =>
  role === 'international-desk' || role === 'clinic-administrator'

/** The provider replies once to a published review; a reply with personal data in it is refused, not edited. */
export function decideReply(
  review: (ModerationState & { replied: boolean }) | null,
  role: ClinicRole,
  input: string,
  context: PersonalDataContext,
): Result<string, ReviewRefusal> {
  if (!review) return err({ code: 'reviews.not-found' })
  if (!mayReply(role)) return err({ code: 'reviews.reply-not-allowed', field: 'form' })
  if (review.status !== 'published') return err({ code: 'reviews.not-published', field: 'form' })
  if (review.replied) return err({ code: 'reviews.already-replied', field: 'form' })
  const text = input.trim()
  if (length(text) < MIN_REPLY)
    return err({ code: 'reviews.reply-too-short', field: 'reply', min: MIN_REPLY })
  if (length(text) > MAX_REPLY) return err({ code: 'reviews.reply-too-long', field: 'reply', max: MAX_REPLY })
  // The clinic may name its own staff; nothing else personal.
  if (findPersonalData(text, { ...context, staffNames: [] }).length > 0)
    return err({ code: 'reviews.reply-personal-data', field: 'reply' })
  return ok(text)
}

export type CheckedReviewReport = { reason: ReviewReportReason; details: string | null }

export function checkReviewReport(input: {
  reason: string
  details: string
}): Result<CheckedReviewReport, ReviewRefusal[]> {
  const problems: ReviewRefusal[] = []
  const reason = input.reason.trim()
  if (!isReviewReportReason(reason)) problems.push({ code: 'reviews.report-reason-missing', field: 'reason' })
  const details = input.details.trim()
  if (length(details) > MAX_REPORT_DETAILS)
    problems.push({ code: 'reviews.report-details-too-long', field: 'details', max: MAX_REPORT_DETAILS })
  if (problems.length > 0) return err(problems)
  return ok({ reason: reason as ReviewReportReason, details: details === '' ? null : details })
}
