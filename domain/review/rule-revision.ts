import { evidenceStandings, type EvidenceStanding } from '../listing/evidence-standing.ts'
import { registries, type Registry } from '../listing/registry-ids.ts'
import type { DocumentKind, Requirement } from '../listing/types.ts'
import { parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'

// A reviewer's new version of a jurisdiction rule or an evidence record
// (issue 16, ADR 0058). What the form sends is checked here, every field at
// once, so the reviewer sees every problem on the first refusal. A revision
// always says why (the note), and cites sources the registry knows: a version
// nobody can trace back is worse than the one it replaces.

export type RuleId = string & { readonly __brand: 'RuleId' }
export type EvidenceId = string & { readonly __brand: 'EvidenceId' }

const slug = /^[a-z0-9][a-z0-9-]{0,99}$/
export const parseRuleId = (raw: string | null | undefined): RuleId | null =>
  typeof raw === 'string' && slug.test(raw) ? (raw as RuleId) : null
export const parseEvidenceId = (raw: string | null | undefined): EvidenceId | null =>
  typeof raw === 'string' && slug.test(raw) ? (raw as EvidenceId) : null

export const requirements = [
  'allowed',
  'registered-trial-only',
  'approved-product-or-trial',
] as const satisfies readonly Requirement[]
export const documentKinds = [
  'trial-registry-id',
  'regulator-permission',
  'ethics-committee-approval',
  'icscr-registration',
] as const satisfies readonly DocumentKind[]

/** Longest summary and note a reviewer may write (a page, not a book). */
export const SUMMARY_MAX = 2000
export const NOTE_MAX = 1000

export type RevisionRefusal =
  | { code: 'rule-revision.requirement-unknown'; field: 'requirement' }
  | { code: 'rule-revision.document-unknown'; field: 'requiredDocuments' }
  | { code: 'rule-revision.registry-unknown'; field: 'acceptedRegistries' }
  | { code: 'rule-revision.treatment-unknown'; field: 'approvedTreatmentIds' }
  | { code: 'rule-revision.standing-unknown'; field: 'standing' }
  | { code: 'rule-revision.summary-missing'; field: 'summary' }
  | { code: 'rule-revision.summary-too-long'; field: 'summary'; max: number }
  | { code: 'rule-revision.sources-missing'; field: 'sourceIds' }
  | { code: 'rule-revision.source-unknown'; field: 'sourceIds' }
  | { code: 'rule-revision.date-invalid'; field: 'effectiveDate' | 'reviewDate' | 'lastReviewed' }
  | { code: 'rule-revision.effective-after-review'; field: 'reviewDate' }
  | { code: 'rule-revision.reviewed-in-future'; field: 'lastReviewed' }
  | { code: 'rule-revision.note-missing'; field: 'note' }
  | { code: 'rule-revision.note-too-long'; field: 'note'; max: number }
  /** Someone saved another version since the reviewer opened the form. */
  | { code: 'rule-revision.stale'; field: 'form' }

/** The form as typed: single fields as text, multiple choices as lists. */
export type RuleRevisionForm = {
  requirement: string
  requiredDocuments: readonly string[]
  acceptedRegistries: readonly string[]
  approvedTreatmentIds: readonly string[]
  summary: string
  sourceIds: readonly string[]
  effectiveDate: string
  reviewDate: string
  note: string
}

export type RuleRevision = {
  requirement: Requirement
  requiredDocuments: DocumentKind[]
  acceptedRegistries: Registry[]
  approvedTreatmentIds: string[]
  summary: string
  sourceIds: string[]
  effectiveDate: CalendarDate
  reviewDate: CalendarDate
  note: string
}

export type EvidenceRevisionForm = {
  standing: string
  summary: string
  sourceIds: readonly string[]
  lastReviewed: string
  note: string
}

export type EvidenceRevision = {
  standing: EvidenceStanding
  summary: string
  sourceIds: string[]
  lastReviewed: CalendarDate
  note: string
}

/** What the shell knows that a revision may cite. */
export type Known = { sourceIds: ReadonlySet<string>; treatmentIds?: ReadonlySet<string> }

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)
const distinct = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))]

function textAndSources(
  form: { summary: string; sourceIds: readonly string[]; note: string },
  known: Known,
  refusals: RevisionRefusal[],
) {
  const summary = form.summary.trim()
  if (!summary) refusals.push({ code: 'rule-revision.summary-missing', field: 'summary' })
  else if (summary.length > SUMMARY_MAX)
    refusals.push({ code: 'rule-revision.summary-too-long', field: 'summary', max: SUMMARY_MAX })
  const sourceIds = distinct(form.sourceIds)
  if (sourceIds.length === 0) refusals.push({ code: 'rule-revision.sources-missing', field: 'sourceIds' })
  else if (sourceIds.some((id) => !known.sourceIds.has(id)))
    refusals.push({ code: 'rule-revision.source-unknown', field: 'sourceIds' })
  const note = form.note.trim()
  if (!note) refusals.push({ code: 'rule-revision.note-missing', field: 'note' })
  else if (note.length > NOTE_MAX)
    refusals.push({ code: 'rule-revision.note-too-long', field: 'note', max: NOTE_MAX })
  return { summary, sourceIds, note }
}

/** A new version of a jurisdiction rule, or every reason it cannot be one. */
export function decideRuleRevision(
  form: RuleRevisionForm,
  known: Known,
): Result<RuleRevision, RevisionRefusal[]> {
  const refusals: RevisionRefusal[] = []
  const requirement = form.requirement.trim()
  if (!oneOf(requirements, requirement))
    refusals.push({ code: 'rule-revision.requirement-unknown', field: 'requirement' })
  const requiredDocuments = distinct(form.requiredDocuments)
  if (!requiredDocuments.every((d) => oneOf(documentKinds, d)))
    refusals.push({ code: 'rule-revision.document-unknown', field: 'requiredDocuments' })
  const acceptedRegistries = distinct(form.acceptedRegistries)
  if (!acceptedRegistries.every((r) => oneOf(registries, r)))
    refusals.push({ code: 'rule-revision.registry-unknown', field: 'acceptedRegistries' })
  const approvedTreatmentIds = distinct(form.approvedTreatmentIds)
  if (approvedTreatmentIds.some((id) => !(known.treatmentIds?.has(id) ?? false)))
    refusals.push({ code: 'rule-revision.treatment-unknown', field: 'approvedTreatmentIds' })
  const text = textAndSources(form, known, refusals)
  const effectiveDate = parseCalendarDate(form.effectiveDate.trim())
  if (!effectiveDate) refusals.push({ code: 'rule-revision.date-invalid', field: 'effectiveDate' })
  const reviewDate = parseCalendarDate(form.reviewDate.trim())
  if (!reviewDate) refusals.push({ code: 'rule-revision.date-invalid', field: 'reviewDate' })
  // Calendar dates in one shape compare as text.
  if (effectiveDate && reviewDate && effectiveDate > reviewDate)
    refusals.push({ code: 'rule-revision.effective-after-review', field: 'reviewDate' })
  if (refusals.length > 0) return err(refusals)
  return ok({
    requirement: requirement as Requirement,
    requiredDocuments: requiredDocuments as DocumentKind[],
    acceptedRegistries: acceptedRegistries as Registry[],
    approvedTreatmentIds,
    ...text,
    effectiveDate: effectiveDate!,
    reviewDate: reviewDate!,
  })
}

/** A new version of an evidence record. `today` is the reviewer's calendar date: a review cannot be dated later. */
export function decideEvidenceRevision(
  form: EvidenceRevisionForm,
  known: Known,
  today: CalendarDate,
): Result<EvidenceRevision, RevisionRefusal[]> {
  const refusals: RevisionRefusal[] = []
  const standing = form.standing.trim()
  if (!oneOf(evidenceStandings, standing))
    refusals.push({ code: 'rule-revision.standing-unknown', field: 'standing' })
  const text = textAndSources(form, known, refusals)
  const lastReviewed = parseCalendarDate(form.lastReviewed.trim())
  if (!lastReviewed) refusals.push({ code: 'rule-revision.date-invalid', field: 'lastReviewed' })
  else if (lastReviewed > today)
    refusals.push({ code: 'rule-revision.reviewed-in-future', field: 'lastReviewed' })
  if (refusals.length > 0) return err(refusals)
  return ok({ standing: standing as EvidenceStanding, ...text, lastReviewed: lastReviewed! })
}

/** A save is refused when the version the form was opened on is no longer the current one. */
export function checkFreshness(formVersion: string, currentVersion: number): Result<null, RevisionRefusal> {
  return String(currentVersion) === formVersion.trim()
    ? ok(null)
    : err({ code: 'rule-revision.stale', field: 'form' })
}
