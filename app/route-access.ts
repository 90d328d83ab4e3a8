import type { Role } from '#domain/accounts/roles.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Who may use each route, keyed by its module in app/routes.ts. The access
// matrix test (tests/e2e/access-matrix.e2e.ts) visits every route as every
// role and fails when a route has no entry here.
export type Audience =
  /** Anyone, signed in or not. */
  | { kind: 'anyone' }
  /** Only people who are not signed in (signed-in people are sent on). */
  | { kind: 'guests' }
  /** Anyone signed in. */
  | { kind: 'signed-in' }
  /** Only these roles; everyone else gets "not found". */
  | { kind: 'roles'; roles: Role[] }
  /** Outside production only (development tools). */
  | { kind: 'development' }

export type RouteAccess = {
  audience: Audience
  /** A concrete URL to visit. */ sample: string
  /** What those allowed get from the sample (200 unless said): a sample of an id no demo data has is a 404. */
  status?: number
  /** The same route with someone else's ids (a case nobody in the demo belongs to, say): 404 for every role. */
  foreign?: string | string[]
}

// Demo cases (content/demo/cases.json): a draft and a sent case of the demo
// patient, with the demo caregiver as a member; the sent one is shared with
// and referred to the demo clinic. The foreign case is another family's, shared with nobody.
export const demoDraftCase = demoIds.case.draft
export const demoSentCase = demoIds.case.sent
export const demoSentDocument = demoIds.sentDocument
export const foreignCase = demoIds.case.foreign

const patientSide = { kind: 'roles', roles: ['patient', 'caregiver'] } as const satisfies Audience
const draft = (path: string): RouteAccess => ({
  audience: patientSide,
  sample: `/patient/cases/${demoDraftCase}${path}`,
  foreign: `/patient/cases/${foreignCase}${path}`,
})
const sent = (path: string): RouteAccess => ({
  audience: patientSide,
  sample: `/patient/cases/${demoSentCase}${path}`,
  foreign: `/patient/cases/${foreignCase}${path}`,
})

// A route for these roles only, with nothing of anyone else's to try.
const onlyFor = (roles: Role[], sample: string): RouteAccess => ({
  audience: { kind: 'roles', roles },
  sample,
})

// Coordinators serve every family, so there is no "someone else's" case for them.
const coordinatorCase = (path: string): RouteAccess => ({
  audience: { kind: 'roles', roles: ['coordinator', 'admin'] },
  sample: `/coordinator/cases/${demoSentCase}${path}`,
})

export const routeAccess: Record<string, RouteAccess> = {
  'routes/public/home.tsx': { audience: { kind: 'anyone' }, sample: '/' },
  'routes/resources/language.ts': { audience: { kind: 'anyone' }, sample: '/language', status: 302 },
  'routes/resources/messages-module.ts': { audience: { kind: 'anyone' }, sample: '/i18n/en.000000000000.js' },
  'routes/resources/auth-api.ts': { audience: { kind: 'anyone' }, sample: '/api/auth/ok' },
  'routes/public/providers.tsx': { audience: { kind: 'anyone' }, sample: '/providers?q=als' },
  'routes/public/provider.tsx': {
    audience: { kind: 'anyone' },
    sample: `/providers/${demoIds.providerSlug.lotusNeuro}`,
  },
  'routes/public/provider-outcomes.tsx': {
    audience: { kind: 'anyone' },
    sample: `/providers/${demoIds.providerSlug.lotusNeuro}/outcomes`,
  },
  'routes/public/compare.tsx': {
    audience: { kind: 'anyone' },
    sample: `/compare?offer=${demoIds.offer.lotusMdt}`,
  },
  'routes/public/condition.tsx': { audience: { kind: 'anyone' }, sample: '/conditions/als' },
  'routes/public/stem-cell-guide.tsx': { audience: { kind: 'anyone' }, sample: '/guides/stem-cells-for-als' },
  'routes/public/how-we-rank.tsx': { audience: { kind: 'anyone' }, sample: '/how-we-rank' },
  'routes/public/how-we-work.tsx': { audience: { kind: 'anyone' }, sample: '/how-we-work' },
  'routes/public/report-listing.tsx': {
    audience: { kind: 'anyone' },
    sample: `/providers/${demoIds.providerSlug.lotusNeuro}/report`,
  },
  // No demo review is published: the form is "not found"; after sending, the thanks shows to anyone.
  'routes/public/report-review.tsx': {
    audience: { kind: 'anyone' },
    sample: `/providers/${demoIds.providerSlug.lotusNeuro}/reviews/00000000-0000-4000-8000-000000000000/report?sent=1`,
  },
  'routes/public/report-listing-thanks.tsx': {
    audience: { kind: 'anyone' },
    sample: `/providers/${demoIds.providerSlug.lotusNeuro}/report/thanks?ref=R-00000000&emailed=1`,
  },
  'routes/public/cost-estimator.tsx': { audience: { kind: 'anyone' }, sample: '/cost-estimator?purpose=mdt' },
  'routes/resources/sitemap.ts': { audience: { kind: 'anyone' }, sample: '/sitemap.xml' },
  'routes/resources/robots.ts': { audience: { kind: 'anyone' }, sample: '/robots.txt' },
  'routes/auth/sign-up.tsx': { audience: { kind: 'guests' }, sample: '/sign-up' },
  'routes/auth/check-email.tsx': { audience: { kind: 'anyone' }, sample: '/sign-up/check-email' },
  'routes/auth/sign-in.tsx': { audience: { kind: 'guests' }, sample: '/sign-in' },
  'routes/auth/sign-in-two-factor.tsx': { audience: { kind: 'anyone' }, sample: '/sign-in/two-factor' },
  'routes/auth/magic-link.tsx': { audience: { kind: 'anyone' }, sample: '/sign-in/email-link' },
  'routes/auth/forgot-password.tsx': { audience: { kind: 'anyone' }, sample: '/forgot-password' },
  'routes/auth/reset-password.tsx': { audience: { kind: 'anyone' }, sample: '/reset-password?token=abc' },
  'routes/auth/sign-out.tsx': { audience: { kind: 'signed-in' }, sample: '/sign-out' },
  'routes/auth/signed-in.ts': { audience: { kind: 'signed-in' }, sample: '/signed-in', status: 302 },
  'routes/account/account.tsx': { audience: { kind: 'signed-in' }, sample: '/account' },
  'routes/account/settings.tsx': { audience: { kind: 'signed-in' }, sample: '/account/settings' },
  'routes/account/password.tsx': { audience: { kind: 'signed-in' }, sample: '/account/password' },
  'routes/account/two-factor.tsx': { audience: { kind: 'signed-in' }, sample: '/account/two-factor' },
  'routes/account/erase.tsx': { audience: { kind: 'signed-in' }, sample: '/account/erase' },
  'routes/patient/home.tsx': onlyFor(['patient', 'caregiver'], '/patient'),
  'routes/patient/cases/case.tsx': draft(''),
  'routes/patient/cases/question.tsx': draft('/questions/who-for'),
  'routes/patient/cases/no-authority.tsx': draft('/no-authority'),
  'routes/patient/cases/alsfrs-result.tsx': sent('/alsfrs-result'),
  'routes/patient/cases/providers.tsx': draft('/providers'),
  'routes/patient/cases/evidence.tsx': draft('/evidence'),
  'routes/patient/cases/documents.tsx': draft('/documents'),
  'routes/patient/cases/consent.tsx': draft('/consent'),
  'routes/patient/cases/sharing.tsx': sent('/sharing'),
  'routes/patient/cases/check-answers.tsx': draft('/check-answers'),
  'routes/patient/cases/submitted.tsx': sent('/submitted'),
  'routes/patient/cases/messages.tsx': sent('/messages'),
  'routes/patient/cases/quotes.tsx': sent('/quotes'),
  // The demo case has no quote yet: the family reaches the route and finds no such quote.
  'routes/patient/cases/quote-pdf.ts': {
    ...sent('/quotes/00000000-0000-4000-8000-000000000000/pdf'),
    status: 404,
  },
  'routes/patient/cases/consultations.tsx': sent('/consultations'),
  'routes/patient/cases/second-opinion.tsx': sent('/second-opinion'),
  'routes/patient/cases/travel.tsx': sent('/travel'),
  'routes/patient/cases/itinerary.tsx': sent('/itinerary'),
  'routes/patient/cases/people.tsx': sent('/people'),
  'routes/patient/cases/privacy.tsx': sent('/privacy'),
  'routes/patient/cases/stop.tsx': sent('/stop'),
  'routes/patient/cases/export-fhir.ts': sent('/export/fhir'),
  'routes/patient/cases/export-pdf.ts': sent('/export/pdf'),
  'routes/patient/cases/treatment.tsx': sent('/treatment'),
  'routes/patient/cases/follow-up.tsx': sent('/follow-up'),
  // Before discharge the check-in's pages explain that follow-up starts after treatment.
  'routes/patient/cases/check-in.tsx': sent('/follow-up/check-in/check'),
  // The demo case reached no treatment: the page says no provider can be reviewed yet.
  'routes/patient/cases/reviews.tsx': sent('/reviews'),
  // A link that names no open invitation answers 404, with a sentence saying why.
  'routes/patient/invitation.tsx': {
    audience: { kind: 'signed-in' },
    sample: '/invitations/not-a-real-token',
    status: 404,
  },
  // The home doctor's link (ADR 0066): anyone holding a live token; a made-up one finds nothing.
  'routes/patient/cases/home-doctor.tsx': sent('/home-doctor'),
  'routes/home-doctor/home-doctor.tsx': {
    audience: { kind: 'anyone' },
    sample: '/home-doctor/not-a-real-token',
    status: 404,
  },
  'routes/home-doctor/home-doctor-fhir.ts': {
    audience: { kind: 'anyone' },
    sample: '/home-doctor/not-a-real-token/fhir',
    status: 404,
  },
  'routes/resources/document-download.ts': {
    // Members, coordinators and the clinic the sent case is referred to and shared with; nobody else.
    audience: { kind: 'roles', roles: ['patient', 'caregiver', 'coordinator', 'clinic-staff', 'admin'] },
    sample: `/cases/${demoSentCase}/documents/${demoSentDocument}`,
    foreign: `/cases/${foreignCase}/documents/${demoSentDocument}`,
  },
  'routes/resources/trip-calendar.ts': {
    // As the trip pages: members, coordinators and the clinics the case is referred to (an empty calendar
    // before a plan is accepted). No foreign sample: coordinators serve every case, so no case is foreign to
    // every role; another family's and another clinic's refusals are tested in trip-plan.int.test.ts.
    audience: { kind: 'roles', roles: ['patient', 'caregiver', 'coordinator', 'clinic-staff', 'admin'] },
    sample: `/cases/${demoSentCase}/itinerary.ics`,
  },
  'routes/coordinator/cases.tsx': onlyFor(['coordinator', 'admin'], '/coordinator/cases'),
  'routes/coordinator/case.tsx': coordinatorCase(''),
  'routes/coordinator/case-messages.tsx': coordinatorCase('/messages'),
  'routes/coordinator/case-second-opinion.tsx': coordinatorCase('/second-opinion'),
  'routes/coordinator/case-travel.tsx': coordinatorCase('/travel'),
  'routes/coordinator/case-trip.tsx': coordinatorCase('/trip'),
  'routes/coordinator/case-treatment.tsx': coordinatorCase('/treatment'),
  'routes/coordinator/case-follow-up.tsx': coordinatorCase('/follow-up'),
  'routes/coordinator/case-check-in.tsx': coordinatorCase('/follow-up/check-in/check'),
  'routes/clinic/referrals.tsx': onlyFor(['clinic-staff', 'admin'], '/clinic/referrals'),
  'routes/clinic/referral.tsx': {
    // Only staff of a provider the case was referred to, while the family shares
    // with it: the demo clinic, not an administrator (ADR 0046).
    audience: { kind: 'roles', roles: ['clinic-staff'] },
    sample: `/clinic/referrals/${demoSentCase}`,
    foreign: [
      `/clinic/referrals/${foreignCase}`,
      // Shared with the demo clinic but not yet referred to it.
      `/clinic/referrals/${demoIds.case.routed}`,
      // The demo clinic's own referral, asked for as another provider's.
      `/clinic/referrals/${demoSentCase}?provider=${demoIds.provider.rheinufer}`,
    ],
  },
  'routes/clinic/referral-plan.tsx': {
    // As the referral itself: staff of a clinic the case was shared with and sent to.
    audience: { kind: 'roles', roles: ['clinic-staff'] },
    sample: `/clinic/referrals/${demoSentCase}/plan`,
    foreign: [
      `/clinic/referrals/${foreignCase}/plan`,
      `/clinic/referrals/${demoIds.case.routed}/plan`,
      `/clinic/referrals/${demoSentCase}/plan?provider=${demoIds.provider.rheinufer}`,
    ],
  },
  'routes/clinic/referral-travel.tsx': {
    // As the referral itself; the trip shows only to the clinic whose plan was accepted (ADR 0061).
    audience: { kind: 'roles', roles: ['clinic-staff'] },
    sample: `/clinic/referrals/${demoSentCase}/travel`,
    foreign: [
      `/clinic/referrals/${foreignCase}/travel`,
      `/clinic/referrals/${demoIds.case.routed}/travel`,
      `/clinic/referrals/${demoSentCase}/travel?provider=${demoIds.provider.rheinufer}`,
    ],
  },
  'routes/clinic/referral-itinerary.tsx': {
    // As the travel page: the trip shows only to the clinic whose plan was accepted (ADR 0064).
    audience: { kind: 'roles', roles: ['clinic-staff'] },
    sample: `/clinic/referrals/${demoSentCase}/itinerary`,
    foreign: [
      `/clinic/referrals/${foreignCase}/itinerary`,
      `/clinic/referrals/${demoIds.case.routed}/itinerary`,
      `/clinic/referrals/${demoSentCase}/itinerary?provider=${demoIds.provider.rheinufer}`,
    ],
  },
  'routes/clinic/referral-treatment.tsx': {
    // As the referral: staff of a clinic the case was shared with and sent to (who may record only once the plan is accepted).
    audience: { kind: 'roles', roles: ['clinic-staff'] },
    sample: `/clinic/referrals/${demoSentCase}/treatment`,
    foreign: [
      `/clinic/referrals/${foreignCase}/treatment`,
      `/clinic/referrals/${demoIds.case.routed}/treatment`,
      `/clinic/referrals/${demoSentCase}/treatment?provider=${demoIds.provider.rheinufer}`,
    ],
  },
  'routes/clinic/team.tsx': {
    // Members of the clinic only: the demo desk sees its own clinic's team, never another's.
    audience: { kind: 'roles', roles: ['clinic-staff'] },
    sample: `/clinic/teams/${demoIds.provider.lotusNeuro}`,
    foreign: `/clinic/teams/${demoIds.provider.rheinufer}`,
  },
  'routes/clinic/onboarding.tsx': {
    // Members of the clinic only (issue 16): the demo desk reads its own clinic's onboarding, never another's.
    audience: { kind: 'roles', roles: ['clinic-staff'] },
    sample: `/clinic/onboarding/${demoIds.provider.lotusNeuro}`,
    foreign: `/clinic/onboarding/${demoIds.provider.rheinufer}`,
  },
  // Anyone signed in may open it; an account that cannot apply is told so on the page.
  'routes/clinic/apply.tsx': { audience: { kind: 'signed-in' }, sample: '/clinics/apply' },
  // A link that names no open invitation answers 404, with a sentence saying why.
  'routes/clinic/team-invitation.tsx': {
    audience: { kind: 'signed-in' },
    sample: '/clinic-invitations/not-a-real-token',
    status: 404,
  },
  'routes/coordinator/home.tsx': onlyFor(['coordinator', 'admin'], '/coordinator'),
  'routes/clinic/home.tsx': onlyFor(['clinic-staff', 'admin'], '/clinic'),
  // A clinic's own slots only: the page lists the providers the member works for; another clinic's id is not found.
  'routes/clinic/consultation-slots.tsx': {
    ...onlyFor(['clinic-staff', 'admin'], '/clinic/consultation-slots'),
    foreign: `/clinic/consultation-slots?clinic=${demoIds.provider.rheinufer}`,
  },
  'routes/reviewer/home.tsx': onlyFor(['reviewer', 'admin'], '/reviewer'),
  'routes/reviewer/withheld-offers.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/withheld-offers'),
  'routes/reviewer/rules.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/rules'),
  'routes/reviewer/rule.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/rules/in-cell-based'),
  'routes/reviewer/evidence-records.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/evidence'),
  'routes/reviewer/evidence-record.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/evidence/als-bm-mnc'),
  'routes/reviewer/queue.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/queues/offers'),
  // Any submitted item, approved or not: the demo offers came approved, with no decision yet.
  'routes/reviewer/item.tsx': onlyFor(
    ['reviewer', 'admin'],
    `/reviewer/items/offer/${demoIds.offer.lotusMdt}`,
  ),
  'routes/reviewer/document-download.ts': {
    ...onlyFor(['reviewer', 'admin'], '/reviewer/documents/no-such-document'),
    status: 404,
  },
  'routes/reviewer/reports.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/reports'),
  'routes/reviewer/reviews.tsx': onlyFor(['reviewer', 'admin'], '/reviewer/reviews'),
  // No demo review exists: a reviewer gets "not found", everyone else too.
  'routes/reviewer/review.tsx': {
    audience: { kind: 'roles', roles: ['reviewer', 'admin'] },
    sample: '/reviewer/reviews/00000000-0000-4000-8000-000000000000',
    status: 404,
  },
  // A clinic's own published reviews only: the page lists the providers the member works for.
  'routes/clinic/reviews.tsx': onlyFor(['clinic-staff', 'admin'], '/clinic/reviews'),
  'routes/clinic/review-reply.tsx': {
    audience: { kind: 'roles', roles: ['clinic-staff', 'admin'] },
    sample: '/clinic/reviews/00000000-0000-4000-8000-000000000000',
    status: 404,
  },
  // No demo report exists: a reviewer gets "not found", everyone else too.
  'routes/reviewer/report.tsx': {
    audience: { kind: 'roles', roles: ['reviewer', 'admin'] },
    sample: '/reviewer/reports/00000000-0000-4000-8000-000000000000',
    status: 404,
  },
  'routes/second-opinions/home.tsx': onlyFor(['second-opinion-doctor', 'admin'], '/second-opinions'),
  'routes/second-opinions/case.tsx': {
    // Only the doctor the family agreed to show the demo sent case; any other case is not found.
    audience: { kind: 'roles', roles: ['second-opinion-doctor'] },
    sample: `/second-opinions/${demoSentCase}`,
    foreign: `/second-opinions/${foreignCase}`,
  },
  'routes/admin/home.tsx': onlyFor(['admin'], '/admin'),
  'routes/dev/mailbox.tsx': { audience: { kind: 'development' }, sample: '/dev/mailbox' },
  'routes/dev/patterns.tsx': { audience: { kind: 'development' }, sample: '/dev/patterns' },
  'routes/dev/mailbox-attachment.ts': {
    audience: { kind: 'development' },
    sample: '/dev/mailbox/00000000-0000-0000-0000-000000000000/attachments/0',
    status: 404,
  },
  'routes/dev/mailbox-email.tsx': {
    audience: { kind: 'development' },
    sample: '/dev/mailbox/00000000-0000-0000-0000-000000000000',
    status: 404,
  },
  'routes/public/not-found.tsx': { audience: { kind: 'anyone' }, sample: '/no-such-page', status: 404 },
}
