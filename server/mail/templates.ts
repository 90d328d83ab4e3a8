import { translator } from '#domain/i18n/translate.ts'
import { formatDate } from '#domain/i18n/format.ts'
import { isLocale, localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { zoneName } from '#domain/intake/time-zones.ts'

/** Emails someone may receive without having asked (a mistyped address, another person's invitation). */
const mayBeIgnored: ReadonlySet<string> = new Set([
  'verify-email',
  'reset-password',
  'magic-link',
  'magic-link-second-step',
  'account-exists',
  'case-invitation',
  'clinic-invitation',
])

export type EmailTemplate =
  | 'verify-email'
  | 'reset-password'
  | 'password-changed'
  | 'magic-link'
  | 'magic-link-second-step'
  | 'account-exists'
  | 'case-submitted'
  | 'case-received'
  | 'case-stage-changed'
  | 'case-withdrawn'
  | 'consent-withdrawn'
  | 'consent-withdrawn-clinic'
  | 'case-invitation'
  | 'case-access-ended'
  | 'clinic-invitation'
  | 'case-message'
  | 'referral-received'
  | 'referral-deadline-moved'
  | 'referral-changed'
  | 'referral-news'
  | 'referral-question'
  | 'referral-update'
  | 'referral-closed'
  | 'quote-expired'
  | 'consultation-booked'
  | 'consultation-rescheduled'
  | 'consultation-cancelled'
  | 'consultation-cancelled-by-clinic'
  | 'consultation-cancelled-referral-ended'
  | 'second-opinion-asked'
  | 'second-opinion-agreed'
  | 'second-opinion-agreed-coordinator'
  | 'second-opinion-answered'
  | 'coordinator-digest'
  | 'review-decided'
  | 'credential-expiring'
  | 'listing-report-received'
  | 'listing-report-closed'
  | 'visa-news'
  | 'serious-adverse-event'
  | 'adverse-event-fatal'
  | 'family-reported-serious-event'
  | 'treatment-paused'
  | 'follow-up-due'
  | 'follow-up-missed'
  | 'adverse-event-unresolved'
  | 'adverse-event-escalated'
  | 'plan-changed'
  | 'plan-confirmed'
  | 'plan-change-accepted'
  | 'plan-change-declined'
  | 'plan-change-withdrawn'
  | 'plan-change-outlasts-visa'

/** A file sent with an email: the calendar invitation (text/calendar), as nodemailer's icalEvent sends it. */
export type EmailInvitation = { method: 'REQUEST' | 'CANCEL'; filename: string; content: string }

export type EmailRequest = {
  template: EmailTemplate
  to: string
  locale: string
  // Case emails carry the reference only: no names, conditions or message text (they may be read on shared screens).
  params: {
    name?: string
    url: string
    reference?: string
    stage?: string
    due?: string
    /** A referral's status, for staff only (the family's email says only that there is news). */
    status?: string
    /** A consultation: when it starts (ISO instant), how long, in which zone the recipient reads it, and its room. */
    startsAt?: string
    minutes?: number
    timeZone?: string
    meetingUrl?: string
    /** The coordinator's daily digest: case references only, comma-separated, and how many. */
    overdue?: string
    fresh?: string
    overdueCount?: number
    newCount?: number
    /** A reviewer's decision for a clinic: the item's new status and name, the reason code and the reviewer's note. */
    outcome?: string
    item?: string
    /** A review's reason code, or why a clinic called a consultation off (domain/consultations/clinic-cancel-reasons.ts). */
    reason?: string
    note?: string
    /** A clinic's credential about to lapse: its kind (`review.credentialKind.*`) and how many days are left. */
    credentialKind?: string
    daysLeft?: number
    /** Where a trip's invitation letter and visa stand (ADR 0061): a status, never a name or passport number. */
    visaStatus?: string
    /** A case invitation: the name of the member who sent it, so the person can tell whether they know them. */
    inviter?: string
    /** A clinic team invitation: which clinic, and in which role (a ClinicRole). */
    clinic?: string
    clinicRole?: string
  }
  /** A calendar invitation (consultations), sent as the text/calendar part and an attachment. */
  invitation?: EmailInvitation
}

export type RenderedEmail = { subject: string; text: string; html: string; locale: Locale }

const parts: Record<EmailTemplate, { subject: string; body: string; action: string }> = {
  'verify-email': {
    subject: 'email.verify.subject',
    body: 'email.verify.body',
    action: 'email.verify.action',
  },
  'reset-password': {
    subject: 'email.reset.subject',
    body: 'email.reset.body',
    action: 'email.reset.action',
  },
  'password-changed': {
    subject: 'email.passwordChanged.subject',
    body: 'email.passwordChanged.body',
    action: 'email.passwordChanged.action',
  },
  'magic-link': { subject: 'email.magic.subject', body: 'email.magic.body', action: 'email.magic.action' },
  'magic-link-second-step': {
    subject: 'email.magicSecondStep.subject',
    body: 'email.magicSecondStep.body',
    action: 'email.magicSecondStep.action',
  },
  'account-exists': {
    subject: 'email.exists.subject',
    body: 'email.exists.body',
    action: 'email.exists.action',
  },
  'case-submitted': {
    subject: 'email.caseSubmitted.subject',
    body: 'email.caseSubmitted.body',
    action: 'email.case.action',
  },
  'case-received': {
    subject: 'email.caseReceived.subject',
    body: 'email.caseReceived.body',
    action: 'email.case.action',
  },
  'case-stage-changed': {
    subject: 'email.caseStage.subject',
    body: 'email.caseStage.body',
    action: 'email.case.action',
  },
  // The family stopped their case: for the coordinators, who had it.
  'case-withdrawn': {
    subject: 'email.caseWithdrawn.subject',
    body: 'email.caseWithdrawn.body',
    action: 'email.case.action',
  },
  // The family withdrew consent: the coordinators, and each clinic still working on the case, lose it at once.
  'consent-withdrawn': {
    subject: 'email.consentWithdrawn.subject',
    body: 'email.consentWithdrawn.body',
    action: 'email.case.action',
  },
  'consent-withdrawn-clinic': {
    subject: 'email.consentWithdrawn.subject',
    body: 'email.consentWithdrawnClinic.body',
    action: 'email.case.action',
  },
  'case-access-ended': {
    subject: 'email.accessEnded.subject',
    body: 'email.accessEnded.body',
    action: 'email.accessEnded.action',
  },
  'case-invitation': {
    subject: 'email.invitation.subject',
    body: 'email.invitation.body',
    action: 'email.invitation.action',
  },
  'clinic-invitation': {
    subject: 'email.clinicInvitation.subject',
    body: 'email.clinicInvitation.body',
    action: 'email.clinicInvitation.action',
  },
  'case-message': {
    subject: 'email.caseMessage.subject',
    body: 'email.caseMessage.body',
    action: 'email.case.action',
  },
  'referral-received': {
    subject: 'email.referralReceived.subject',
    body: 'email.referralReceived.body',
    action: 'email.case.action',
  },
  'referral-deadline-moved': {
    subject: 'email.referralDeadlineMoved.subject',
    body: 'email.referralDeadlineMoved.body',
    action: 'email.case.action',
  },
  'referral-changed': {
    subject: 'email.referralChanged.subject',
    body: 'email.referralChanged.body',
    action: 'email.case.action',
  },
  'referral-news': {
    subject: 'email.referralNews.subject',
    body: 'email.referralNews.body',
    action: 'email.case.action',
  },
  // A clinic asks the family something: it waits on their answer, so the email says so.
  'referral-question': {
    subject: 'email.referralQuestion.subject',
    body: 'email.referralQuestion.body',
    action: 'email.case.action',
  },
  'referral-update': {
    subject: 'email.referralUpdate.subject',
    body: 'email.referralUpdate.body',
    action: 'email.case.action',
  },
  // The family accepted another clinic's plan: the clinic hears why its referral closed, never which clinic.
  'referral-closed': {
    subject: 'email.referralClosed.subject',
    body: 'email.referralClosed.body',
    action: 'email.case.action',
  },
  'quote-expired': {
    subject: 'email.quoteExpired.subject',
    body: 'email.quoteExpired.body',
    action: 'email.case.action',
  },
  'consultation-booked': {
    subject: 'email.consultationBooked.subject',
    body: 'email.consultationBooked.body',
    action: 'email.case.action',
  },
  'consultation-rescheduled': {
    subject: 'email.consultationRescheduled.subject',
    body: 'email.consultationRescheduled.body',
    action: 'email.case.action',
  },
  'consultation-cancelled': {
    subject: 'email.consultationCancelled.subject',
    body: 'email.consultationCancelled.body',
    action: 'email.case.action',
  },
  'consultation-cancelled-by-clinic': {
    subject: 'email.consultationCancelledByClinic.subject',
    body: 'email.consultationCancelledByClinic.body',
    action: 'email.case.action',
  },
  // The clinic's referral ended: its call with the family has no purpose left.
  'consultation-cancelled-referral-ended': {
    subject: 'email.consultationCancelled.subject',
    body: 'email.consultationCancelledReferralEnded.body',
    action: 'email.case.action',
  },
  'second-opinion-asked': {
    subject: 'email.secondOpinionAsked.subject',
    body: 'email.secondOpinionAsked.body',
    action: 'email.case.action',
  },
  'second-opinion-agreed': {
    subject: 'email.secondOpinionAgreed.subject',
    body: 'email.secondOpinionAgreed.body',
    action: 'email.case.action',
  },
  'second-opinion-agreed-coordinator': {
    subject: 'email.secondOpinionAgreedCoordinator.subject',
    body: 'email.secondOpinionAgreedCoordinator.body',
    action: 'email.case.action',
  },
  'second-opinion-answered': {
    subject: 'email.secondOpinionAnswered.subject',
    body: 'email.secondOpinionAnswered.body',
    action: 'email.case.action',
  },
  'coordinator-digest': {
    subject: 'email.digest.subject',
    body: 'email.digest.body',
    action: 'email.digest.action',
  },
  'review-decided': {
    subject: 'email.reviewDecided.subject',
    body: 'email.reviewDecided.body',
    action: 'email.reviewDecided.action',
  },
  'credential-expiring': {
    subject: 'email.credentialExpiring.subject',
    body: 'email.credentialExpiring.body',
    action: 'email.credentialExpiring.action',
  },
  'listing-report-received': {
    subject: 'email.reportReceived.subject',
    body: 'email.reportReceived.body',
    action: 'email.report.action',
  },
  'listing-report-closed': {
    subject: 'email.reportClosed.subject',
    body: 'email.reportClosed.body',
    action: 'email.report.action',
  },
  'visa-news': {
    subject: 'email.visaNews.subject',
    body: 'email.visaNews.body',
    action: 'email.case.action',
  },
  'serious-adverse-event': {
    subject: 'email.seriousAdverseEvent.subject',
    body: 'email.seriousAdverseEvent.body',
    action: 'email.case.action',
  },
  'adverse-event-fatal': {
    subject: 'email.adverseEventFatal.subject',
    body: 'email.adverseEventFatal.body',
    action: 'email.case.action',
  },
  'family-reported-serious-event': {
    subject: 'email.familySeriousEvent.subject',
    body: 'email.familySeriousEvent.body',
    action: 'email.case.action',
  },
  'treatment-paused': {
    subject: 'email.treatmentPaused.subject',
    body: 'email.treatmentPaused.body',
    action: 'email.case.action',
  },
  'follow-up-due': {
    subject: 'email.followUpDue.subject',
    body: 'email.followUpDue.body',
    action: 'email.followUpDue.action',
  },
  'follow-up-missed': {
    subject: 'email.followUpMissed.subject',
    body: 'email.followUpMissed.body',
    action: 'email.case.action',
  },
  'adverse-event-unresolved': {
    subject: 'email.adverseEventUnresolved.subject',
    body: 'email.adverseEventUnresolved.body',
    action: 'email.case.action',
  },
  'adverse-event-escalated': {
    subject: 'email.adverseEventEscalated.subject',
    body: 'email.adverseEventEscalated.body',
    action: 'email.case.action',
  },
  'plan-changed': {
    subject: 'email.planChanged.subject',
    body: 'email.planChanged.body',
    action: 'email.case.action',
  },
  'plan-confirmed': {
    subject: 'email.planConfirmed.subject',
    body: 'email.planConfirmed.body',
    action: 'email.case.action',
  },
  'plan-change-accepted': {
    subject: 'email.planChangeAccepted.subject',
    body: 'email.planChangeAccepted.body',
    action: 'email.case.action',
  },
  'plan-change-declined': {
    subject: 'email.planChangeDeclined.subject',
    body: 'email.planChangeDeclined.body',
    action: 'email.case.action',
  },
  'plan-change-withdrawn': {
    subject: 'email.planChangeWithdrawn.subject',
    body: 'email.planChangeWithdrawn.body',
    action: 'email.case.action',
  },
  'plan-change-outlasts-visa': {
    subject: 'email.planChangeOutlastsVisa.subject',
    body: 'email.planChangeOutlastsVisa.body',
    action: 'email.case.action',
  },
}

/**
 * "Tuesday, 30 March 2027, 15:00–15:30, India Standard Time": a
 * consultation's time where the recipient reads it, with the zone named as the
 * pages name it, in the recipient's language, never by its raw IANA id.
 */
function whenText(locale: Locale, params: EmailRequest['params']): string {
  if (!params.startsAt || !params.timeZone) return ''
  const start = new Date(params.startsAt)
  const end = new Date(start.getTime() + (params.minutes ?? 0) * 60_000)
  const time = new Intl.DateTimeFormat(localeInfo[locale].intl, {
    timeZone: params.timeZone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).formatRange(start, end)
  return translator(locale)('email.consultation.when', {
    time,
    zone: zoneName(locale, params.timeZone, start),
  })
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Every email has a text and an HTML part, in the recipient's language. */
export function renderEmail(request: EmailRequest): RenderedEmail {
  const locale: Locale = isLocale(request.locale) ? request.locale : 'en'
  const t = translator(locale)
  const p = parts[request.template]
  const values = {
    reference: request.params.reference ?? '',
    stage: request.params.stage ? t(`case.stage.${request.params.stage}` as never) : '',
    due: request.params.due ? formatDate(locale, new Date(request.params.due)) : '',
    status: request.params.status ? t(`referral.status.${request.params.status}` as never) : '',
    reason:
      request.params.reason && request.template === 'consultation-cancelled-by-clinic'
        ? t(`slots.cancelReason.${request.params.reason}` as never)
        : '',
    when: whenText(locale, request.params),
    overdue: request.params.overdue || '—',
    fresh: request.params.fresh || '—',
    overdueCount: request.params.overdueCount ?? 0,
    newCount: request.params.newCount ?? 0,
    // A reviewer's decision for a clinic, or a listing report's outcome code (ADR 0059).
    outcome: !request.params.outcome
      ? ''
      : request.template === 'listing-report-closed'
        ? t(`report.outcome.${request.params.outcome}` as never)
        : t(`review.status.${request.params.outcome}` as never),
    item: request.params.item ?? '',
    kind: request.params.credentialKind
      ? t(`review.credentialKind.${request.params.credentialKind}` as never)
      : '',
    daysLeft: request.params.daysLeft ?? 0,
    visa: request.params.visaStatus ? t(`travel.status.${request.params.visaStatus}` as never) : '',
    // Invitations queued before the inviter was named still read well.
    inviter: request.params.inviter || t('email.invitation.someone'),
    // Invitations queued before the clinic and role were named still read well.
    clinic: request.params.clinic || t('email.clinicInvitation.someClinic'),
    clinicRole: request.params.clinicRole
      ? t(`email.clinicInvitation.role.${request.params.clinicRole}` as never)
      : t('email.clinicInvitation.someRole'),
  }
  const subject = t(p.subject as never, values)
  const greeting = request.params.name ? t('email.greeting', { name: request.params.name }) : ''
  const body = t(p.body as never, values)
  const action = t(p.action as never)
  const url = request.params.url
  const meeting = request.params.meetingUrl
  const meetingLine = meeting ? `${t('email.consultation.join')}: ${meeting}` : ''
  // A reviewer's reason, in the clinic member's language, and the reviewer's own words as written.
  const reviewLines =
    request.template !== 'review-decided'
      ? []
      : [
          ...(request.params.reason
            ? [
                t('email.reviewDecided.reason', {
                  reason: t(`review.reason.${request.params.reason}` as never),
                }),
              ]
            : []),
          ...(request.params.note ? [t('email.reviewDecided.note', { note: request.params.note })] : []),
        ]
  // "Ignore this if you did not ask for it" fits only what a person asks for
  // (a link, an invitation), never news of their case or a safety alert.
  // An invitation names who sent it, so the person can tell whether they know them.
  const ignore = !mayBeIgnored.has(request.template)
    ? ''
    : request.template === 'case-invitation' && request.params.inviter
      ? t('email.ignoreInvitation', { inviter: request.params.inviter })
      : t('email.ignore')
  const text = [
    greeting,
    body,
    ...reviewLines.flatMap((line) => ['', line]),
    ...(meeting ? ['', meetingLine] : []),
    '',
    `${action}: ${url}`,
    ...(ignore ? ['', ignore] : []),
    '',
    t('email.signoff'),
  ]
    .filter((line, i) => i > 0 || line)
    .join('\n')
  const dir = localeInfo[locale].dir
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:system-ui,sans-serif;font-size:18px;line-height:1.5">
${greeting ? `<p>${escapeHtml(greeting)}</p>` : ''}<p>${escapeHtml(body)}</p>
${reviewLines.map((line) => `<p style="white-space:pre-line">${escapeHtml(line)}</p>`).join('')}
${meeting ? `<p>${escapeHtml(t('email.consultation.join'))}: <a href="${escapeHtml(meeting)}">${escapeHtml(meeting)}</a></p>` : ''}
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;background:#0b5394;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(action)}</a></p>
<p style="word-break:break-all">${escapeHtml(url)}</p>
${ignore ? `<p>${escapeHtml(ignore)}</p>` : ''}<p>${escapeHtml(t('email.signoff'))}</p></body></html>`
  return { subject, text, html, locale }
}
