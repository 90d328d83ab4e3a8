import type { Role } from '#domain/accounts/roles.ts'

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
  status?: number
}

export const routeAccess: Record<string, RouteAccess> = {
  'routes/public/home.tsx': { audience: { kind: 'anyone' }, sample: '/' },
  'routes/resources/language.ts': { audience: { kind: 'anyone' }, sample: '/language', status: 302 },
  'routes/resources/auth-api.ts': { audience: { kind: 'anyone' }, sample: '/api/auth/ok' },
  'routes/public/providers.tsx': { audience: { kind: 'anyone' }, sample: '/providers?q=als' },
  'routes/public/provider.tsx': {
    audience: { kind: 'anyone' },
    sample: '/providers/lotus-neuro-care-bengaluru',
  },
  'routes/public/compare.tsx': { audience: { kind: 'anyone' }, sample: '/compare?offer=offer-lotus-mdt' },
  'routes/public/condition.tsx': { audience: { kind: 'anyone' }, sample: '/conditions/als' },
  'routes/public/stem-cell-guide.tsx': { audience: { kind: 'anyone' }, sample: '/guides/stem-cells-for-als' },
  'routes/public/how-we-rank.tsx': { audience: { kind: 'anyone' }, sample: '/how-we-rank' },
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
  'routes/account/account.tsx': { audience: { kind: 'signed-in' }, sample: '/account' },
  'routes/account/two-factor.tsx': { audience: { kind: 'signed-in' }, sample: '/account/two-factor' },
  'routes/patient/home.tsx': {
    audience: { kind: 'roles', roles: ['patient', 'caregiver'] },
    sample: '/patient',
  },
  'routes/coordinator/home.tsx': {
    audience: { kind: 'roles', roles: ['coordinator', 'admin'] },
    sample: '/coordinator',
  },
  'routes/clinic/home.tsx': {
    audience: { kind: 'roles', roles: ['clinic-staff', 'admin'] },
    sample: '/clinic',
  },
  'routes/reviewer/home.tsx': {
    audience: { kind: 'roles', roles: ['reviewer', 'admin'] },
    sample: '/reviewer',
  },
  'routes/reviewer/withheld-offers.tsx': {
    audience: { kind: 'roles', roles: ['reviewer', 'admin'] },
    sample: '/reviewer/withheld-offers',
  },
  'routes/admin/home.tsx': { audience: { kind: 'roles', roles: ['admin'] }, sample: '/admin' },
  'routes/dev/mailbox.tsx': { audience: { kind: 'development' }, sample: '/dev/mailbox' },
  'routes/dev/mailbox-email.tsx': {
    audience: { kind: 'development' },
    sample: '/dev/mailbox/00000000-0000-0000-0000-000000000000',
    status: 404,
  },
  'routes/public/not-found.tsx': { audience: { kind: 'anyone' }, sample: '/no-such-page', status: 404 },
}
