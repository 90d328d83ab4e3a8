import { isolated } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { MessageArg } from '#app/lib/action-failure.ts'

// Every refusal code the domain and the use cases can return, in one table:
// its HTTP status, the message the person reads, and the field it belongs to
// (Medplum's outcomes + getStatus, docs/decisions/0031).
// tests/unit/refusal-table.test.ts fails when a code in domain/ or server/
// has no entry here.
export type RefusalEntry = {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429
  message: MessageKey
  /** The form field the message is tied to; a route may name another for its own form. */
  field?: string
  /** "Not yours": the route answers 404 and shows nothing at all (never a hint that it exists). */
  notYours?: true
  /** The message's values, from the refusal's own fields. */
  values?: (refusal: Record<string, unknown>) => Record<string, MessageArg>
  /** For a refusal that names several things (tasks not done): one message each, with these values. */
  each?: (refusal: Record<string, unknown>) => Record<string, MessageArg>[]
}

/** "Wait 4 minutes": whole minutes, at least one. */
const minutesOf = (r: Record<string, unknown>) =>
  Math.max(1, Math.ceil(Number(r['retryAfterMs'] ?? 60_000) / 60_000))
/** "until 14:35 UTC": the page cannot know the visitor's time zone, so it says which one it uses. */
const utcTimeOf = (ms: unknown) => new Date(Number(ms)).toISOString().slice(11, 16)

const upload = (code: string, status: RefusalEntry['status'] = 400): RefusalEntry => ({
  status,
  message: `documents.refusal.${code}` as MessageKey,
  field: 'file',
})

/** The field a refusal names, without the form's prefix ("a.alsfrs-1", "s.procedure"): the message says which. */
const fieldOf = (r: Record<string, unknown>) => String(r['field']).replace(/^[\w-]+\./, '')

// The limit a refusal names ("at most {max}"), as its message shows it.
const atMost = (r: Record<string, unknown>) => ({ max: Number(r['max']) })

/**
 * A problem said with the label of the field it names, for forms where one
 * message may stand on several fields (a flight's two airports, a letter's
 * twelve lines): `message` joins the label and the reason.
 */
const labelled =
  (message: MessageKey, labelOf: (r: Record<string, unknown>) => Record<string, MessageArg>) =>
  (reason: string): RefusalEntry => ({
    status: 400,
    message,
    values: (r) => ({ ...labelOf(r), reason: { key: reason as MessageKey } }),
  })

/** The label of the trip form's field a problem names (app/components/trip-forms.tsx). */
const tripLabel = (r: Record<string, unknown>) => ({
  label: { key: `trip.form.${String(r['field'])}` as MessageKey },
})
const tripField = labelled('refusal.trip.on-field', tripLabel)

/** The label of the letter form's field a problem names (app/routes/clinic/referral-travel.tsx). */
const letterLabel = (r: Record<string, unknown>): Record<string, MessageArg> => {
  const field = String(r['field'])
  const attendant = /^attendants\.(\d+)\.(name|passport)$/.exec(field)
  if (!attendant) return { label: { key: `travel.upload.${field}` as MessageKey } }
  const key = attendant[2] === 'name' ? 'travel.upload.attendantName' : 'travel.upload.attendantPassport'
  return { label: { key, values: { n: Number(attendant[1]) + 1 } } }
}
// The letter's labels hold a colon of their own ("Attendant 1: name in the letter").
const letterField = labelled('travel.error.onField', letterLabel)

/** The label of the plan form's field a problem names (app/routes/clinic/referral-plan.tsx). */
const planField = labelled('refusal.trip.on-field', (r) => ({
  label: { key: `plan.field.${String(r['field'])}` as MessageKey },
}))

// A problem with one line of a quote: the message names the line, the field is the line's own.
const line = (message: string): RefusalEntry => ({
  status: 400,
  message: message as MessageKey,
  values: (r) => ({ line: Number(r['line']) + 1 }),
})

// The subject of an onboarding form's field, as its error message names it ("Enter the city").
const whatOf = (r: Record<string, unknown>) => ({
  what: { key: `onboarding.what.${String(r['field'])}` as MessageKey },
})

// A command the case's stage does not allow (someone else moved it first, or a tampered form).
const commandRefused: RefusalEntry = { status: 409, message: 'coordinatorCase.refused', field: 'command' }
// Another person's case, member or document: a bare 404 that shows nothing.
const notYours: RefusalEntry = { status: 404, message: 'notFound.title', notYours: true }

export const refusalTable = {
  // Accounts
  'sign-in.failed': { status: 401, message: 'error.signIn.failed', field: 'email' },
  'sign-in.unverified': { status: 403, message: 'error.signIn.unverified', field: 'email' },
  'sign-in.throttled': {
    status: 429,
    message: 'error.signIn.throttled',
    field: 'email',
    values: (r) => ({ minutes: minutesOf(r) }),
  },
  'links.throttled': {
    status: 429,
    message: 'error.links.throttled',
    field: 'email',
    values: (r) => ({ minutes: minutesOf(r) }),
  },
  'reset.throttled': {
    status: 429,
    message: 'error.reset.throttled',
    field: 'password',
    values: (r) => ({ minutes: minutesOf(r) }),
  },
  'account.name-missing': { status: 400, message: 'error.name.required', field: 'name' },
  'account.name-too-long': { status: 400, message: 'error.name.tooLong', field: 'name' },
  'account.locale-choose': { status: 400, message: 'account.settings.error.language', field: 'locale' },
  'account.time-zone-choose': {
    status: 400,
    message: 'account.settings.error.digestTimeZone',
    field: 'digestTimeZone',
  },
  'account.password-rejected': { status: 400, message: 'error.password.tooShort', field: 'password' },
  'reset.invalid-token': { status: 400, message: 'error.reset.invalidLink', field: 'password' },
  'two-factor.wrong-password': { status: 400, message: 'error.signIn.failed', field: 'password' },
  'password.wrong-current': { status: 400, message: 'error.password.wrongCurrent', field: 'password' },
  'two-factor.wrong-code': { status: 401, message: 'error.code.wrong', field: 'code' },
  'two-factor.required': { status: 403, message: 'twoFactor.manage.staff' },
  'two-factor.wrong-backup-code': { status: 401, message: 'error.code.wrongBackup', field: 'code' },
  'two-factor.locked': {
    status: 429,
    message: 'error.twoFactor.locked',
    field: 'code',
    values: (r) => ({ due: utcTimeOf(r['untilMs']), minutes: minutesOf(r) }),
  },
  'two-factor.expired': { status: 401, message: 'error.twoFactor.expired', field: 'code' },
  'invitation.not-found': { status: 404, message: 'invitation.notFound' },
  'invitation.other-address': { status: 403, message: 'invitation.otherAddress' },
  'invitation.staff-account': { status: 403, message: 'invitation.staffAccount' },

  // Cases
  'case.incomplete': {
    status: 400,
    message: 'check.incomplete',
    field: 'send',
    each: (r) =>
      (Array.isArray(r['tasks']) ? r['tasks'] : []).map((task) => ({
        task: { key: `case.task.${String(task)}` as MessageKey },
      })),
  },
  'case.too-many-open': { status: 409, message: 'refusal.case.tooManyOpen', field: 'start', values: atMost },
  'case.not-editable': { status: 409, message: 'coordinatorCase.refused', field: 'form' },
  'case.changed': { status: 409, message: 'refusal.case.changed', field: 'send' },
  'case.final': commandRefused,
  'case.wrong-stage': commandRefused,
  'case.not-allowed': commandRefused,
  'case.not-confirmed': { status: 400, message: 'coordinatorCase.close.error', field: 'confirm-close' },
  'case.withdraw-not-confirmed': {
    status: 400,
    message: 'coordinatorCase.withdraw.error',
    field: 'confirm-withdraw',
  },
  'case.stop-not-yours': { status: 403, message: 'case.stop.notYours' },
  'case.not-eligible-not-confirmed': {
    status: 400,
    message: 'coordinatorCase.notEligible.error',
    field: 'confirm-declare-not-eligible',
  },
  'case.not-found': notYours,
  'offers.too-many': { status: 400, message: 'case.providers.error.tooMany', field: 'offer', values: atMost },
  'offers.none': { status: 400, message: 'case.providers.error.none', field: 'offer' },
  'evidence.not-confirmed': { status: 400, message: 'case.evidence.error', field: 'read' },
  'consent.not-given': { status: 400, message: 'consent.error', field: 'agree' },
  'consent.withdraw-not-confirmed': {
    status: 400,
    message: 'consent.withdraw.error',
    field: 'confirm-withdraw',
  },
  'consent.not-yours': { status: 403, message: 'consent.patientDecides' },
  'sharing.undecided': {
    status: 400,
    message: 'sharing.error.decide',
    field: 'share',
    values: (r) => ({ provider: isolated(String(r['provider'] ?? '')) }),
  },
  'sharing.nothing-chosen': {
    status: 400,
    message: 'sharing.error.nothing',
    field: 'sections',
    values: (r) => ({ provider: isolated(String(r['provider'] ?? '')) }),
  },
  'team.not-allowed': { status: 403, message: 'team.error.notAllowed' },
  'team.already-member': { status: 409, message: 'team.error.alreadyMember', field: 'email' },
  'team.already-invited': { status: 409, message: 'team.error.alreadyInvited', field: 'email' },
  'team.last-administrator': { status: 409, message: 'team.error.lastAdministrator' },
  'team.not-found': { status: 404, message: 'team.error.notFound' },
  'team.member-not-found': { status: 404, message: 'team.error.memberNotFound' },
  'team.wrong-account': { status: 403, message: 'team.error.wrongAccount' },
  'team.account-in-use': { status: 409, message: 'team.error.accountInUse' },
  'team.not-a-doctor': { status: 409, message: 'team.error.notADoctor' },
  'team.registration-number-missing': { status: 400, message: 'team.error.registrationNumberMissing' },
  'team.registration-council-missing': { status: 400, message: 'team.error.registrationCouncilMissing' },
  'team.registration-too-long': { status: 400, message: 'team.error.registrationTooLong', values: atMost },
  'team.registration-unreadable': { status: 400, message: 'team.error.registrationUnreadable' },
  // A reviewer's new version of a rule or evidence record: each names its own field.
  'rule-revision.requirement-unknown': { status: 400, message: 'rules.error.requirement' },
  'rule-revision.document-unknown': { status: 400, message: 'rules.error.document' },
  'rule-revision.registry-unknown': { status: 400, message: 'rules.error.registry' },
  'rule-revision.treatment-unknown': { status: 400, message: 'rules.error.treatment' },
  'rule-revision.standing-unknown': { status: 400, message: 'rules.error.standing' },
  'rule-revision.summary-missing': { status: 400, message: 'rules.error.summaryMissing' },
  'rule-revision.summary-too-long': { status: 400, message: 'rules.error.summaryTooLong', values: atMost },
  'rule-revision.sources-missing': { status: 400, message: 'rules.error.sourcesMissing' },
  'rule-revision.source-unknown': { status: 400, message: 'rules.error.sourceUnknown' },
  'rule-revision.date-invalid': { status: 400, message: 'rules.error.dateInvalid' },
  'rule-revision.effective-after-review': { status: 400, message: 'rules.error.effectiveAfterReview' },
  'rule-revision.reviewed-in-future': { status: 400, message: 'rules.error.reviewedInFuture' },
  'rule-revision.note-missing': { status: 400, message: 'rules.error.noteMissing' },
  'rule-revision.note-too-long': { status: 400, message: 'rules.error.noteTooLong', values: atMost },
  'rule-revision.stale': { status: 409, message: 'rules.error.stale' },
  // The reviewer console (ADR 0054)
  'review.own-clinic': { status: 403, message: 'review.error.ownClinic', field: 'decision' },
  'review.reviewers-only': { status: 403, message: 'review.error.reviewersOnly', field: 'decision' },
  'review.already-approved': { status: 409, message: 'review.error.alreadyApproved', field: 'decision' },
  'review.policy-blocked': {
    status: 409,
    message: 'review.error.policyBlocked',
    field: 'decision',
    values: (r) => ({ verdict: { key: `reviewer.verdict.${String(r['verdict'])}` as MessageKey } }),
  },
  'review.clinic-not-approved': { status: 409, message: 'review.error.clinicNotApproved', field: 'decision' },
  'review.stale': { status: 409, message: 'review.error.stale', field: 'decision' },
  'review.not-pending': { status: 409, message: 'review.error.notPending', field: 'decision' },
  'review.reason-required': { status: 400, message: 'review.error.reasonRequired', field: 'reasonCode' },
  'review.note-required': { status: 400, message: 'review.error.noteRequired', field: 'note' },
  'review.method-required': {
    status: 400,
    message: 'review.error.methodRequired',
    field: 'verificationMethod',
  },
  'review.credential-expired': { status: 409, message: 'review.error.credentialExpired', field: 'decision' },
  'review.dates-missing': { status: 409, message: 'review.error.datesMissing', field: 'decision' },
  'review.not-found': notYours,
  // Reports from the public (ADR 0059)
  'report.reason-missing': { status: 400, message: 'report.error.reason', field: 'reason' },
  'report.details-too-short': {
    status: 400,
    message: 'report.error.detailsShort',
    field: 'details',
    values: (r) => ({ min: Number(r['min']) }),
  },
  'report.details-too-long': {
    status: 400,
    message: 'report.error.detailsLong',
    field: 'details',
    values: atMost,
  },
  'report.evidence-invalid': { status: 400, message: 'report.error.evidence', field: 'evidenceUrl' },
  'report.evidence-too-long': {
    status: 400,
    message: 'report.error.evidenceLong',
    field: 'evidenceUrl',
    values: atMost,
  },
  'report.email-invalid': { status: 400, message: 'report.error.email', field: 'email' },
  'report.offer-unknown': { status: 400, message: 'report.error.offer', field: 'offer' },
  'report.throttled': {
    status: 429,
    message: 'report.error.throttled',
    values: (r) => ({ minutes: minutesOf(r) }),
  },
  'report.listing-not-found': notYours,
  'report.not-found': notYours,
  'report.already-closed': { status: 409, message: 'report.error.alreadyClosed' },
  'report.outcome-missing': { status: 400, message: 'report.error.outcome', field: 'outcome' },
  'report.no-offer-named': { status: 400, message: 'report.error.noOfferNamed', field: 'outcome' },
  'report.note-too-long': { status: 400, message: 'report.error.noteLong', field: 'note', values: atMost },
  // Clinic onboarding (issue 16): the message names the field's subject in the reader's language.
  'onboarding.missing': { status: 400, message: 'onboarding.error.missing', values: whatOf },
  'onboarding.choose': { status: 400, message: 'onboarding.error.choose', values: whatOf },
  'onboarding.too-long': {
    status: 400,
    message: 'onboarding.error.tooLong',
    values: (r) => ({ ...whatOf(r), max: Number(r['max']) }),
  },
  'onboarding.email-invalid': { status: 400, message: 'onboarding.error.email', field: 'contactEmail' },
  'onboarding.phone-invalid': { status: 400, message: 'onboarding.error.phone', field: 'contactPhone' },
  'onboarding.time-zone-invalid': { status: 400, message: 'onboarding.error.timeZone', field: 'timeZone' },
  'onboarding.account-in-use': { status: 409, message: 'onboarding.error.accountInUse' },
  'onboarding.not-allowed': { status: 403, message: 'onboarding.error.notAllowed' },
  'onboarding.not-found': notYours,
  'credential.date-invalid': { status: 400, message: 'onboarding.error.date' },
  'credential.dates-order': { status: 400, message: 'onboarding.error.datesOrder', field: 'validTo-day' },
  'credential.registry-id-invalid': {
    status: 400,
    message: 'onboarding.error.registryId',
    field: 'reference',
  },
  'credential.document-missing': { status: 400, message: 'onboarding.error.documentMissing', field: 'file' },
  'credential.document-type': { status: 400, message: 'onboarding.error.documentType', field: 'file' },
  'credential.not-found': notYours,
  'offer.number-invalid': {
    status: 400,
    message: 'onboarding.error.number',
    values: (r) => ({ ...whatOf(r), max: Number(r['max']) }),
  },
  'offer.price-invalid': { status: 400, message: 'onboarding.error.price' },
  'offer.price-decimals': {
    status: 400,
    message: 'onboarding.error.priceDecimals',
    values: (r) => ({ allowed: Number(r['allowed']) }),
  },
  'offer.price-order': { status: 400, message: 'onboarding.error.priceOrder', field: 'priceMax' },
  'offer.too-many-items': { status: 400, message: 'refusal.quote.too-many-items', values: atMost },
  'offer.registry-id-invalid': {
    status: 400,
    message: 'onboarding.error.registryId',
    field: 'trialRegistryId',
  },
  'offer.not-found': notYours,
  'withdrawal.already-withdrawn': { status: 409, message: 'onboarding.error.alreadyWithdrawn' },
  'second-opinion.not-allowed': { status: 403, message: 'secondOpinion.error.notAllowed' },
  'second-opinion.case-not-open': {
    status: 409,
    message: 'secondOpinion.error.caseNotOpen',
    field: 'doctor',
  },
  'second-opinion.treatment-begun': {
    status: 409,
    message: 'secondOpinion.error.treatmentBegun',
    field: 'doctor',
  },
  'second-opinion.not-a-reviewing-doctor': {
    status: 400,
    message: 'secondOpinion.error.notADoctor',
    field: 'doctor',
  },
  'second-opinion.not-independent': {
    status: 409,
    message: 'secondOpinion.error.notIndependent',
    field: 'doctor',
  },
  'second-opinion.already-open': { status: 409, message: 'secondOpinion.error.alreadyOpen', field: 'doctor' },
  'second-opinion.not-open': { status: 409, message: 'secondOpinion.error.notOpen' },
  'second-opinion.stale': { status: 409, message: 'secondOpinion.error.stale' },
  'second-opinion.comment-empty': {
    status: 400,
    message: 'secondOpinion.error.commentEmpty',
    field: 'comment',
  },
  'second-opinion.comment-too-long': {
    status: 400,
    message: 'secondOpinion.error.commentTooLong',
    field: 'comment',
    values: atMost,
  },
  'members.not-allowed': notYours,
  'members.not-found': notYours,
  'members.already-invited': { status: 400, message: 'people.error.already', field: 'email' },
  'members.own-address': { status: 400, message: 'people.error.ownAddress', field: 'email' },
  'message.empty': { status: 400, message: 'messages.error.empty', field: 'body' },
  'message.too-long': { status: 400, message: 'messages.error.tooLong', field: 'body', values: atMost },
  'document.not-found': notYours,
  'erase.staff': notYours,
  'erase.not-confirmed': { status: 400, message: 'erase.error', field: 'confirm' },

  // Referrals (domain/referrals, server/use-cases/referrals): each on the form that asked for it
  'referral.not-yours': notYours,
  'referral.not-found': notYours,
  'referral.final': { status: 409, message: 'refusal.referral.final', field: 'command' },
  'referral.not-allowed': { status: 403, message: 'refusal.referral.not-allowed', field: 'command' },
  'referral.wrong-state': { status: 409, message: 'refusal.referral.wrong-state', field: 'command' },
  'referral.changed': { status: 409, message: 'refusal.referral.changed', field: 'command' },
  'referral.question-missing': {
    status: 400,
    message: 'refusal.referral.question-missing',
    field: 'question',
  },
  'referral.contact-details': {
    status: 400,
    message: 'refusal.referral.contact-details',
    field: 'question',
  },
  'referral.answer-missing': { status: 400, message: 'refusal.referral.answer-missing', field: 'answer' },
  'referral.answer-contact-details': {
    status: 400,
    message: 'refusal.referral.answer-contact-details',
    field: 'answer',
  },
  'referral.explanation-missing': {
    status: 400,
    message: 'refusal.referral.explanation-missing',
    field: 'explanation',
  },
  'referral.decline-explanation-missing': {
    status: 400,
    message: 'refusal.referral.decline-explanation-missing',
    field: 'decline-explanation',
  },
  'referral.explanation-contact-details': {
    status: 400,
    message: 'refusal.referral.contact-details',
    field: 'explanation',
  },
  'referral.text-too-long': { status: 400, message: 'refusal.referral.text-too-long', values: atMost },
  'referral.quote-expired': {
    status: 409,
    message: 'refusal.referral.quote-expired',
    field: 'quote',
    values: (r) => ({ date: { day: String(r['validUntil']) } }),
  },
  'referral.quote-changed': { status: 409, message: 'refusal.referral.quote-changed', field: 'quote' },
  'referral.quote-still-valid': {
    status: 409,
    message: 'refusal.referral.quote-still-valid',
    field: 'quote',
    values: (r) => ({ date: { day: String(r['validUntil']) } }),
  },
  'referral.other-accepted': { status: 409, message: 'refusal.referral.other-accepted', field: 'quote' },
  'quote.consent-withdrawn': { status: 409, message: 'refusal.quote.consent-withdrawn', field: 'quote' },
  'referral.none-chosen': { status: 400, message: 'refusal.referral.none-chosen', field: 'providers' },
  'referral.case-not-sendable': {
    status: 409,
    message: 'refusal.referral.case-not-sendable',
    field: 'providers',
  },
  'referral.provider-not-chosen': {
    status: 400,
    message: 'refusal.referral.provider-not-chosen',
    field: 'providers',
  },
  'referral.provider-not-consented': {
    status: 400,
    message: 'refusal.referral.provider-not-consented',
    field: 'providers',
  },
  // The coordinator console
  'assignment.changed': { status: 409, message: 'refusal.assignment.changed', field: 'assignee' },
  'assignment.unchanged': { status: 409, message: 'refusal.assignment.unchanged', field: 'assignee' },
  'assignment.not-a-coordinator': {
    status: 400,
    message: 'refusal.assignment.not-a-coordinator',
    field: 'assignee',
  },
  'note.empty': { status: 400, message: 'refusal.note.empty', field: 'note' },
  'note.too-long': { status: 400, message: 'refusal.note.too-long', field: 'note', values: atMost },
  'deadline.invalid': { status: 400, message: 'refusal.deadline.invalid', field: 'due' },
  'deadline.no-such-day': { status: 400, message: 'refusal.deadline.no-such-day', field: 'due' },
  'deadline.past': { status: 400, message: 'refusal.deadline.past', field: 'due' },
  'deadline.clinic-answered': { status: 409, message: 'refusal.deadline.clinic-answered', field: 'due' },
  'deadline.too-far': { status: 400, message: 'refusal.deadline.too-far', field: 'due', values: atMost },
  'referral.already-sent': { status: 409, message: 'refusal.referral.already-sent', field: 'providers' },

  // Plans and quotes (domain/quotes, server/use-cases/quotes): each problem on the field it concerns
  // The trip's visa (issue 17, ADR 0061)
  'travel.no-accepted-plan': { status: 409, message: 'travel.error.noAcceptedPlan' },
  'travel.no-rules': { status: 409, message: 'travel.error.noRules' },
  'travel.changed': { status: 409, message: 'travel.error.changed' },
  'traveller.problems': { status: 400, message: 'travel.error.problems', field: 'form' },
  'traveller.letter-asked': { status: 409, message: 'travel.error.letterAsked', field: 'travellers' },
  'traveller.not-found': { status: 404, message: 'error.generic', notYours: true },
  'traveller.role-invalid': { status: 400, message: 'travel.error.roleInvalid', field: 'role' },
  'traveller.name-missing': { status: 400, message: 'travel.error.nameMissing', field: 'name' },
  'traveller.name-too-long': { status: 400, message: 'travel.error.tooLong', field: 'name', values: atMost },
  'traveller.name-unreadable': { status: 400, message: 'travel.error.nameUnreadable', field: 'name' },
  'traveller.nationality-invalid': { status: 400, message: 'travel.error.nationality', field: 'nationality' },
  'traveller.passport-format': {
    status: 400,
    message: 'travel.error.passportFormat',
    field: 'passportNumber',
  },
  'traveller.expiry-invalid': { status: 400, message: 'travel.error.dateInvalid', field: 'passportExpiry' },
  'traveller.expires-within-six-months': {
    status: 400,
    message: 'travel.error.expiresWithinSixMonths',
    field: 'passportExpiry',
    values: (r) => ({ date: { day: String(r['needed']) } }),
  },
  'traveller.expires-during-stay': {
    status: 400,
    message: 'travel.error.expiresDuringStay',
    field: 'passportExpiry',
    values: (r) => ({ date: { day: String(r['stayEnds']) } }),
  },
  'traveller.patient-already-added': { status: 409, message: 'travel.error.patientAdded', field: 'role' },
  'traveller.passport-taken': { status: 409, message: 'travel.error.passportTaken', field: 'passportNumber' },
  'traveller.too-many-attendants': {
    status: 409,
    message: 'travel.error.tooManyAttendants',
    field: 'role',
    values: atMost,
  },
  'letter.problems': { status: 400, message: 'travel.error.problems', field: 'form' },
  'letter.field-missing': letterField('travel.error.letterFieldMissing'),
  'letter.text-too-long': { status: 400, message: 'travel.error.tooLong', values: atMost },
  'letter.name-differs': letterField('travel.error.nameDiffers'),
  'letter.passport-differs': letterField('travel.error.passportDiffers'),
  'letter.nationality-differs': letterField('travel.error.nationalityDiffers'),
  'letter.attendant-missing': {
    status: 400,
    message: 'travel.error.attendantMissing',
    values: (r) => ({ n: Number(r['position']) + 1 }),
  },
  'letter.attendant-unknown': letterField('travel.error.attendantUnknown'),
  'letter.date-invalid': letterField('travel.error.dateInvalid'),
  'letter.dates-reversed': { status: 400, message: 'travel.error.datesReversed', field: 'departure' },
  'letter.arrival-past': { status: 400, message: 'travel.error.arrivalPast', field: 'arrival' },
  'letter.no-patient': { status: 409, message: 'travel.error.noPatient' },
  'letter.file-missing': { status: 400, message: 'travel.error.fileMissing', field: 'file' },
  'letter.not-pdf': { status: 400, message: 'travel.error.notPdf', field: 'file' },
  'letter.file-refused': { status: 400, message: 'travel.error.notPdf', field: 'file' },
  'document.issued-by-clinic': { status: 409, message: 'documents.refusal.issued' },
  'visa.offer-not-listable': { status: 409, message: 'travel.error.offerNotListable' },
  'visa.already-requested': { status: 409, message: 'travel.error.alreadyRequested' },
  'visa.wrong-state': { status: 409, message: 'travel.error.wrongState' },
  'visa.closed': { status: 409, message: 'travel.error.visaClosed' },
  'plan.problems': { status: 400, message: 'refusal.plan.problems', field: 'form' },
  // Three text fields share these: each is said after its field's label.
  'plan.text-missing': planField('refusal.plan.text-missing'),
  'plan.text-too-long': {
    ...planField('refusal.plan.text-too-long'),
    values: (r) => ({
      label: { key: `plan.field.${String(r['field'])}` as MessageKey },
      reason: { key: 'refusal.plan.text-too-long', values: atMost(r) },
    }),
  },
  'plan.sessions-invalid': { status: 400, message: 'refusal.plan.sessions-invalid', values: atMost },
  'plan.stay-invalid': { status: 400, message: 'refusal.plan.stay-invalid', values: atMost },
  'plan.doctor-unregistered': { status: 400, message: 'refusal.plan.doctor-unregistered', field: 'doctor' },
  'money.unknown-currency': { status: 400, message: 'refusal.money.unknown-currency', field: 'currency' },
  'money.missing': line('refusal.money.missing'),
  'money.not-a-number': {
    ...line('refusal.money.not-a-number'),
    // The example has the currency's decimals: "1500" for yen, "1500.50" beside it for euros.
    values: (r) => ({
      line: Number(r['line']) + 1,
      decimals: Number(r['decimals'] ?? 2) === 0 ? 'none' : 'some',
    }),
  },
  'money.negative': line('refusal.money.negative'),
  'money.too-many-decimals': {
    ...line('refusal.money.too-many-decimals'),
    values: (r) => ({
      line: Number(r['line']) + 1,
      currency: String(r['currency']),
      allowed: Number(r['allowed']),
      grouped: r['groupedThousands'] === true ? 'yes' : 'no',
    }),
  },
  'money.too-large': line('refusal.money.too-large'),
  // A clinic whose approved credentials lapsed or went unchecked for 90 days (issue 16): one message each.
  'quote.credentials-need-reverification': {
    status: 409,
    message: 'refusal.quote.credentials-need-reverification',
    field: 'form',
    each: (r) =>
      (Array.isArray(r['credentials']) ? (r['credentials'] as Record<string, unknown>[]) : []).map((c) => ({
        kind: { key: `review.credentialKind.${String(c['kind'])}` as MessageKey },
        reference: String(c['reference']),
      })),
  },
  'quote.no-lines': { status: 400, message: 'refusal.quote.no-lines', field: 'lines' },
  'quote.too-many-lines': {
    status: 400,
    message: 'refusal.quote.too-many-lines',
    field: 'lines',
    values: atMost,
  },
  'quote.total-too-large': { status: 400, message: 'refusal.quote.total-too-large', field: 'lines' },
  'quote.validity-missing': { status: 400, message: 'refusal.quote.validity-missing', field: 'validUntil' },
  'quote.validity-past': { status: 400, message: 'refusal.quote.validity-past', field: 'validUntil' },
  'quote.validity-too-far': {
    status: 400,
    message: 'refusal.quote.validity-too-far',
    field: 'validUntil',
    values: atMost,
  },
  'quote.too-many-items': { status: 400, message: 'refusal.quote.too-many-items', values: atMost },
  'quote.item-too-long': { status: 400, message: 'refusal.quote.item-too-long', values: atMost },
  'quote.unknown-category': line('refusal.quote.unknown-category'),
  'quote.fee-not-editable': line('refusal.quote.fee-not-editable'),
  'quote.description-missing': line('refusal.quote.description-missing'),
  'quote.description-too-long': {
    ...line('refusal.quote.description-too-long'),
    values: (r) => ({ line: Number(r['line']) + 1, max: Number(r['max']) }),
  },
  'quote.currency-mismatch': line('refusal.quote.currency-mismatch'),
  'quote.quantity-missing': line('refusal.quote.quantity-missing'),
  'quote.quantity-not-a-number': line('refusal.quote.quantity-not-a-number'),
  'quote.quantity-not-positive': line('refusal.quote.quantity-not-positive'),
  'quote.quantity-not-whole': line('refusal.quote.quantity-not-whole'),
  'quote.quantity-must-be-one': line('refusal.quote.quantity-must-be-one'),
  'quote.quantity-too-many-decimals': line('refusal.quote.quantity-too-many-decimals'),
  'quote.quantity-too-large': {
    ...line('refusal.quote.quantity-too-large'),
    values: (r) => ({ line: Number(r['line']) + 1, max: Number(r['max']) }),
  },
  'quote.offer-blocked': { status: 409, message: 'refusal.quote.offer-blocked', field: 'form' },
  'quote.investigational-charge': line('refusal.quote.investigational-charge'),
  'quote.cells-outside-trial': { status: 400, message: 'refusal.quote.cells-outside-trial' },
  'quote.red-flag-claim': {
    status: 400,
    message: 'refusal.quote.red-flag-claim',
    values: (r) => ({ claim: { key: `listing.reason.${String(r['claim'])}` as MessageKey } }),
  },
  'quote.unclear-wording': { status: 400, message: 'refusal.quote.unclear-wording' },
  'quote.contact-details': { status: 400, message: 'refusal.referral.contact-details' },
  'quote.confirm-far-above-listed-price': {
    status: 400,
    message: 'refusal.quote.confirm-far-above-listed-price',
    field: 'confirmPrice',
  },
  // Consultation slots and bookings (domain/consultations, ADR 0044, ADR 0047)
  'slot.time-zone-unknown': { status: 400, message: 'refusal.slot.time-zone-unknown', field: 'timeZone' },
  'slot.start-invalid': { status: 400, message: 'refusal.slot.start-invalid', field: 'time' },
  'slot.date-invalid': { status: 400, message: 'refusal.slot.date-invalid', field: 'date' },
  'slot.time-invalid': { status: 400, message: 'refusal.slot.time-invalid', field: 'time' },
  'slot.in-past': { status: 400, message: 'refusal.slot.in-past', field: 'date' },
  'slot.too-far': {
    status: 400,
    message: 'refusal.slot.too-far',
    field: 'date',
    values: (r) => ({ days: Number(r['furthestDays']) }),
  },
  'slot.duration-invalid': { status: 400, message: 'refusal.slot.duration-invalid', field: 'minutes' },
  'slot.too-long': {
    status: 400,
    message: 'refusal.slot.too-long',
    field: 'minutes',
    values: (r) => ({ max: Number(r['longestMinutes']) }),
  },
  'slot.overlaps': { status: 409, message: 'refusal.slot.overlaps', field: 'date' },
  'slot.in-use': { status: 409, message: 'refusal.slot.in-use', field: 'slotId' },
  'slot.not-found': notYours,
  'consultation.not-found': notYours,
  'consultation.slot-started': { status: 409, message: 'refusal.consultation.slot-started', field: 'slotId' },
  'consultation.slot-taken': {
    status: 409,
    message: 'refusal.consultation.slot-taken',
    field: 'slotId',
    values: (r) => ({ mine: r['byThisCase'] ? 'yes' : 'no' }),
  },
  'consultation.cancelled': { status: 409, message: 'refusal.consultation.cancelled', field: 'slotId' },
  'consultation.started': { status: 409, message: 'refusal.consultation.started', field: 'slotId' },
  'consultation.same-slot': { status: 400, message: 'refusal.consultation.same-slot', field: 'slotId' },
  'consultation.other-clinic': { status: 400, message: 'refusal.consultation.other-clinic', field: 'slotId' },
  'consultation.already-booked': {
    status: 409,
    message: 'refusal.consultation.already-booked',
    field: 'slotId',
  },
  'consultation.changed': { status: 409, message: 'refusal.consultation.changed', field: 'slotId' },
  'consultation.reason-missing': {
    status: 400,
    message: 'refusal.consultation.reason-missing',
    field: 'reason',
  },

  // Listing policy: an offer described in a way the policy cannot read (policy:check, clinic forms)
  'policy-input.invalid': { status: 400, message: 'refusal.policyInput.invalid', field: 'offer' },

  // Records (uploads): the checks of domain/documents and server/documents
  'document.empty': upload('document.empty'),
  'document.too-large': upload('document.too-large', 413),
  'document.case-full': upload('document.case-full', 413),
  'document.duplicate': upload('document.duplicate', 409),
  'document.executable': upload('document.executable'),
  'document.html': upload('document.html'),
  'document.svg': upload('document.svg'),
  'document.polyglot': upload('document.polyglot'),
  'document.unknown-type': upload('document.unknown-type'),
  'document.truncated': upload('document.truncated'),
  'document.pdf-incomplete': upload('document.pdf-incomplete'),
  'zip.path-traversal': upload('zip.path-traversal'),
  'zip.bomb': upload('zip.bomb'),
  'zip.too-many-entries': upload('zip.too-many-entries'),
  'zip.empty': upload('zip.empty'),
  'zip.malformed': upload('zip.malformed'),
  'upload.no-file': upload('upload.no-file'),
  'multipart.malformed': upload('multipart.malformed'),
  'multipart.too-many-files': upload('multipart.too-many-files', 413),
  'multipart.not-multipart': upload('multipart.not-multipart', 415),
  // The treatment course (ADR 0062): each problem names its own field.
  'treatment.date-invalid': { status: 400, message: 'refusal.treatment.date-invalid' },
  'treatment.date-future': { status: 400, message: 'refusal.treatment.date-future' },
  // Twelve of these can stand in one summary: each names its item ("alsfrs-5a": item 5a).
  'treatment.alsfrs-item-invalid': {
    status: 400,
    message: 'refusal.treatment.alsfrs-item-invalid',
    values: (r) => ({ item: fieldOf(r).replace(/^alsfrs-/, '') }),
  },
  'treatment.alsfrs-item-5-form': { status: 400, message: 'refusal.treatment.alsfrs-item-5-form' },
  'treatment.fvc-invalid': { status: 400, message: 'refusal.treatment.fvc-invalid' },
  'treatment.weight-invalid': { status: 400, message: 'refusal.treatment.weight-invalid' },
  'treatment.text-missing': {
    status: 400,
    message: 'refusal.treatment.text-missing',
    values: (r) => ({ field: fieldOf(r) }),
  },
  'treatment.choice-missing': {
    status: 400,
    message: 'refusal.treatment.choice-missing',
    values: (r) => ({ field: fieldOf(r) }),
  },
  'treatment.grade-missing': { status: 400, message: 'refusal.treatment.grade-missing' },
  'treatment.grade-invalid': { status: 400, message: 'refusal.treatment.grade-invalid' },
  'treatment.grade-5-not-fatal': { status: 400, message: 'refusal.treatment.grade-5-not-fatal' },
  'treatment.assessment-before-acceptance': {
    status: 400,
    message: 'refusal.treatment.assessment-before-acceptance',
  },
  'treatment.session-before-assessment': {
    status: 400,
    message: 'refusal.treatment.session-before-assessment',
  },
  'treatment.discharge-before-care': { status: 400, message: 'refusal.treatment.discharge-before-care' },
  'treatment.event-before-acceptance': { status: 400, message: 'refusal.treatment.event-before-acceptance' },
  'treatment.death-not-fatal': { status: 400, message: 'refusal.treatment.death-not-fatal' },
  'treatment.event-already-reported': { status: 409, message: 'refusal.treatment.event-already-reported' },
  'treatment.text-too-long': { status: 400, message: 'refusal.treatment.text-too-long', values: atMost },
  // A check-in's item 12 and its breathing support must agree (domain/follow-up/check-in.ts).
  'treatment.breathing-contradicts-item-12': {
    status: 400,
    message: 'refusal.treatment.breathing-contradicts-item-12',
  },
  'treatment.item-12-contradicts-breathing': {
    status: 400,
    message: 'refusal.treatment.item-12-contradicts-breathing',
  },
  'treatment.assessment-missing': {
    status: 409,
    message: 'refusal.treatment.assessment-missing',
    field: 'form',
  },
  'treatment.assessment-exists': {
    status: 409,
    message: 'refusal.treatment.assessment-exists',
    field: 'form',
  },
  'treatment.plan-paused': { status: 409, message: 'refusal.treatment.plan-paused', field: 'form' },
  'treatment.discharged': { status: 409, message: 'refusal.treatment.discharged', field: 'form' },
  'treatment.patient-died': { status: 409, message: 'refusal.treatment.patient-died', field: 'form' },
  'treatment.not-paused': { status: 409, message: 'refusal.treatment.not-paused', field: 'form' },
  'treatment.sessions-missing': { status: 409, message: 'refusal.treatment.sessions-missing', field: 'form' },
  'treatment.not-accepted': { status: 409, message: 'refusal.treatment.not-accepted', field: 'form' },
  'treatment.summary-missing': { status: 400, message: 'refusal.treatment.summary-missing', field: 'file' },
  'treatment.event-not-found': notYours,
  // The trip after the visa (ADR 0064): each problem on the field it names,
  // said with that field's label, since a flight has two of most fields.
  'trip.text-missing': tripField('refusal.trip.text-missing'),
  'trip.phone-invalid': tripField('refusal.trip.phone-invalid'),
  'trip.airport-invalid': tripField('refusal.trip.airport-invalid'),
  'trip.same-airport': tripField('refusal.trip.same-airport'),
  'trip.flight-number-invalid': tripField('refusal.trip.flight-number-invalid'),
  'trip.date-invalid': tripField('refusal.trip.date-invalid'),
  'trip.time-invalid': tripField('refusal.trip.time-invalid'),
  'trip.zone-invalid': tripField('refusal.trip.zone-invalid'),
  'trip.no-such-time': tripField('refusal.trip.no-such-time'),
  'trip.arrives-before-departure': tripField('refusal.trip.arrives-before-departure'),
  'trip.flight-too-long': tripField('refusal.trip.flight-too-long'),
  'trip.check-out-before-check-in': tripField('refusal.trip.check-out-before-check-in'),
  'trip.in-the-past': tripField('refusal.trip.in-the-past'),
  'trip.flights-overlap': tripField('refusal.trip.flights-overlap'),
  'trip.kind-invalid': { status: 400, message: 'refusal.trip.kind-invalid' },
  'trip.text-too-long': {
    status: 400,
    message: 'refusal.trip.text-too-long',
    values: (r) => ({ ...tripLabel(r), ...atMost(r) }),
  },
  'trip.fit-to-fly-first': { status: 409, message: 'refusal.trip.fit-to-fly-first', field: 'form' },
  'trip.item-not-found': { status: 409, message: 'refusal.trip.item-not-found', field: 'form' },
  'trip.checklist-item-unknown': {
    status: 400,
    message: 'refusal.trip.checklist-item-unknown',
    field: 'form',
  },
  'fit-to-fly.choice-missing': { status: 400, message: 'refusal.fit-to-fly.choice-missing' },
  'fit-to-fly.fvc-invalid': { status: 400, message: 'refusal.fit-to-fly.fvc-invalid' },
  'fit-to-fly.date-invalid': { status: 400, message: 'refusal.fit-to-fly.date-invalid' },
  'fit-to-fly.date-future': { status: 400, message: 'refusal.fit-to-fly.date-future' },
  'fit-to-fly.date-missing': { status: 400, message: 'refusal.fit-to-fly.date-missing' },
  'fit-to-fly.sign-off-incomplete': { status: 400, message: 'refusal.fit-to-fly.sign-off-incomplete' },
  'fit-to-fly.text-too-long': { status: 400, message: 'refusal.fit-to-fly.text-too-long', values: atMost },
  // Follow-up (ADR 0065)
  'follow-up.before-treatment-end': {
    status: 409,
    message: 'refusal.follow-up.before-treatment-end',
    field: 'form',
  },
  'follow-up.schedule-invalid': {
    status: 400,
    message: 'refusal.follow-up.schedule-invalid',
    // ICU selectors cannot hold hyphens: 'not-in-order' selects notInOrder.
    values: (r) => ({ problem: String(r['problem']).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) }),
  },
  'follow-up.incomplete': { status: 400, message: 'refusal.follow-up.incomplete', field: 'form' },
  'follow-up.breathing-contradiction': {
    status: 400,
    message: 'refusal.follow-up.breathing-contradiction',
    field: 'form',
  },
  'follow-up.case-closed': { status: 409, message: 'refusal.follow-up.case-closed', field: 'form' },

  // The home doctor's link (ADR 0066)
  'home-doctor.doctor-missing': {
    status: 400,
    message: 'refusal.homeDoctor.doctor-missing',
    field: 'doctor',
  },
  'home-doctor.doctor-too-long': {
    status: 400,
    message: 'refusal.homeDoctor.doctor-too-long',
    field: 'doctor',
    values: atMost,
  },
  'home-doctor.lifetime-invalid': {
    status: 400,
    message: 'refusal.homeDoctor.lifetime-invalid',
    field: 'days',
  },
  'home-doctor.too-many-live': {
    status: 409,
    message: 'refusal.homeDoctor.too-many-live',
    field: 'form',
    values: atMost,
  },
  'home-doctor.not-allowed': notYours,
  'home-doctor.link-not-found': notYours,
  // A changed plan after arrival (ADR 0069)
  'treatment.revision-pending': { status: 409, message: 'refusal.treatment.revision-pending', field: 'form' },
  'revision.pending': { status: 409, message: 'refusal.revision.pending', field: 'form' },
  'revision.signature-missing': {
    status: 400,
    message: 'refusal.revision.signature-missing',
    field: 'signature',
  },
  'revision.signature-too-short': {
    status: 400,
    message: 'refusal.revision.signature-too-short',
    field: 'signature',
  },
  'revision.signature-too-long': {
    status: 400,
    message: 'refusal.revision.signature-too-long',
    field: 'signature',
    values: atMost,
  },
  'quote.accept-not-confirmed': { status: 400, message: 'quotes.acceptConfirm.error' },
  'referral.end-not-confirmed': { status: 400, message: 'refusal.referral.end-not-confirmed' },
  'revision.confirm-missing': { status: 400, message: 'refusal.revision.confirm-missing', field: 'confirm' },
  'revision.not-found': { status: 409, message: 'refusal.revision.not-found', field: 'form' },
  'revision.patient-side-only': { status: 403, message: 'quotes.answeredByPatient', field: 'form' },
  'revision.quote-expired': { status: 409, message: 'refusal.revision.quote-expired', field: 'form' },
  'revision.already-accepted': { status: 409, message: 'refusal.revision.already-accepted', field: 'form' },
  'revision.already-declined': { status: 409, message: 'refusal.revision.already-declined', field: 'form' },
  'revision.family-only': { status: 403, message: 'refusal.revision.family-only', field: 'form' },
  'revision.withdrawn': { status: 409, message: 'refusal.revision.withdrawn', field: 'form' },
  'revision.already-withdrawn': { status: 409, message: 'refusal.revision.already-withdrawn', field: 'form' },
  'revision.clinic-only': { status: 403, message: 'refusal.revision.clinic-only', field: 'form' },
  'revision.doctor-only': { status: 403, message: 'refusal.revision.doctor-only', field: 'form' },
  // Verified reviews (ADR 0068)
  'reviews.no-authority': { status: 403, message: 'reviews.error.noAuthority', field: 'form' },
  'reviews.not-treated': { status: 409, message: 'reviews.error.notTreated', field: 'form' },
  'reviews.already-written': { status: 409, message: 'reviews.error.alreadyWritten', field: 'form' },
  'reviews.rating-invalid': { status: 400, message: 'reviews.error.rating', field: 'rating' },
  'reviews.text-too-short': {
    status: 400,
    message: 'reviews.error.textShort',
    field: 'text',
    values: (r) => ({ min: Number(r['min']) }),
  },
  'reviews.text-too-long': { status: 400, message: 'reviews.error.textLong', field: 'text', values: atMost },
  'reviews.display-name-too-long': {
    status: 400,
    message: 'reviews.error.displayNameLong',
    field: 'displayName',
    values: atMost,
  },
  'reviews.display-name-personal': {
    status: 400,
    message: 'reviews.error.displayNamePersonal',
    field: 'displayName',
  },
  'reviews.offer-unknown': { status: 400, message: 'reviews.error.offer', field: 'offer' },
  'reviews.not-found': notYours,
  'reviews.not-awaiting': { status: 409, message: 'reviews.error.notAwaiting', field: 'form' },
  'reviews.not-published': { status: 409, message: 'reviews.error.notPublished', field: 'form' },
  'reviews.reason-missing': { status: 400, message: 'reviews.error.reason', field: 'reason' },
  'reviews.reply-not-allowed': { status: 403, message: 'reviews.error.replyNotAllowed', field: 'form' },
  'reviews.already-replied': { status: 409, message: 'reviews.error.alreadyReplied', field: 'form' },
  'reviews.reply-too-short': { status: 400, message: 'reviews.error.replyShort', field: 'reply' },
  'reviews.reply-too-long': {
    status: 400,
    message: 'reviews.error.replyLong',
    field: 'reply',
    values: atMost,
  },
  'reviews.reply-personal-data': { status: 400, message: 'reviews.error.replyPersonal', field: 'reply' },
  'reviews.report-reason-missing': { status: 400, message: 'reviews.error.reportReason', field: 'reason' },
  'reviews.report-details-too-long': {
    status: 400,
    message: 'reviews.error.reportDetailsLong',
    field: 'details',
    values: atMost,
  },
  'reviews.report-throttled': {
    status: 429,
    message: 'reviews.error.reportThrottled',
    field: 'reason',
    values: (r) => ({ minutes: minutesOf(r) }),
  },
} satisfies Record<string, RefusalEntry>

export type RefusalCode = keyof typeof refusalTable
/** A refusal as the domain and use cases return it: a code and the values its message needs. */
export type Refusal = { code: RefusalCode } & Record<string, unknown>

export function isRefusalCode(code: string): code is RefusalCode {
  return Object.hasOwn(refusalTable, code)
}

export function refusalEntry(code: RefusalCode): RefusalEntry {
  return refusalTable[code]
}
