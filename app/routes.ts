import { type RouteConfig, index, prefix, route } from '@react-router/dev/routes'

// Every URL of Waypoint, in one readable file (docs/decisions/0003-explicit-routes.md).
// tests/e2e/access-matrix (issue 5) reads this file; keep one route per line.
export default [
  index('routes/public/home.tsx'),
  route('language', 'routes/resources/language.ts'),
  route('i18n/:file', 'routes/resources/messages-module.ts'),
  route('api/auth/*', 'routes/resources/auth-api.ts'),
  route('providers', 'routes/public/providers.tsx'),
  route('providers/:providerSlug', 'routes/public/provider.tsx'),
  route('compare', 'routes/public/compare.tsx'),
  route('conditions/:conditionSlug', 'routes/public/condition.tsx'),
  route('guides/stem-cells-for-als', 'routes/public/stem-cell-guide.tsx'),
  route('how-we-rank', 'routes/public/how-we-rank.tsx'),
  route('cost-estimator', 'routes/public/cost-estimator.tsx'),
  route('sitemap.xml', 'routes/resources/sitemap.ts'),
  route('robots.txt', 'routes/resources/robots.ts'),

  route('sign-up', 'routes/auth/sign-up.tsx'),
  route('sign-up/check-email', 'routes/auth/check-email.tsx'),
  route('sign-in', 'routes/auth/sign-in.tsx'),
  route('sign-in/two-factor', 'routes/auth/sign-in-two-factor.tsx'),
  route('sign-in/email-link', 'routes/auth/magic-link.tsx'),
  route('forgot-password', 'routes/auth/forgot-password.tsx'),
  route('reset-password', 'routes/auth/reset-password.tsx'),
  route('sign-out', 'routes/auth/sign-out.tsx'),

  ...prefix('account', [
    index('routes/account/account.tsx'),
    route('two-factor', 'routes/account/two-factor.tsx'),
    route('erase', 'routes/account/erase.tsx'),
  ]),

  route('patient', 'routes/patient/home.tsx'),
  ...prefix('patient/cases/:caseId', [
    index('routes/patient/cases/case.tsx'),
    route('questions/:questionId', 'routes/patient/cases/question.tsx'),
    route('no-authority', 'routes/patient/cases/no-authority.tsx'),
    route('alsfrs-result', 'routes/patient/cases/alsfrs-result.tsx'),
    route('providers', 'routes/patient/cases/providers.tsx'),
    route('evidence', 'routes/patient/cases/evidence.tsx'),
    route('documents', 'routes/patient/cases/documents.tsx'),
    route('consent', 'routes/patient/cases/consent.tsx'),
    route('sharing', 'routes/patient/cases/sharing.tsx'),
    route('check-answers', 'routes/patient/cases/check-answers.tsx'),
    route('submitted', 'routes/patient/cases/submitted.tsx'),
    route('messages', 'routes/patient/cases/messages.tsx'),
    route('people', 'routes/patient/cases/people.tsx'),
    route('privacy', 'routes/patient/cases/privacy.tsx'),
    route('export/fhir', 'routes/patient/cases/export-fhir.ts'),
    route('export/pdf', 'routes/patient/cases/export-pdf.ts'),
  ]),
  route('invitations/:token', 'routes/patient/invitation.tsx'),
  route('cases/:caseId/documents/:documentId', 'routes/resources/document-download.ts'),
  route('coordinator', 'routes/coordinator/home.tsx'),
  route('coordinator/cases', 'routes/coordinator/cases.tsx'),
  route('coordinator/cases/:caseId', 'routes/coordinator/case.tsx'),
  route('coordinator/cases/:caseId/messages', 'routes/coordinator/case-messages.tsx'),
  route('clinic', 'routes/clinic/home.tsx'),
  route('clinic/referrals', 'routes/clinic/referrals.tsx'),
  route('clinic/referrals/:caseId', 'routes/clinic/referral.tsx'),
  route('reviewer', 'routes/reviewer/home.tsx'),
  route('reviewer/withheld-offers', 'routes/reviewer/withheld-offers.tsx'),
  route('admin', 'routes/admin/home.tsx'),

  ...prefix('dev/mailbox', [
    index('routes/dev/mailbox.tsx'),
    route(':emailId', 'routes/dev/mailbox-email.tsx'),
  ]),
  route('dev/patterns', 'routes/dev/patterns.tsx'),

  route('*', 'routes/public/not-found.tsx'),
] satisfies RouteConfig
