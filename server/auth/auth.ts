import { passkey } from '@better-auth/passkey'
import { betterAuth } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { magicLink, twoFactor } from 'better-auth/plugins'
import { and, eq, like } from 'drizzle-orm'
import { accountLimits } from '#domain/accounts/account-limits.ts'
import type { Db } from '../db/client.ts'
import * as schema from '../db/schema.ts'
import type { EmailRequest } from '../mail/templates.ts'
import { attemptLimits } from './attempt-limits-plugin.ts'
import { attemptThrottle } from './attempt-throttle.ts'
import { accountInputLimits } from './input-limits-plugin.ts'
import { secondStepForLinks } from './second-step-plugin.ts'

export type AuthDeps = {
  db: Db
  secret: string
  publicUrl: string
  production: boolean
  sendEmail: (request: EmailRequest) => Promise<void>
}

// better-auth owns passwords, sessions, email verification, TOTP and passkeys
// (docs/decisions/0005-accounts-with-better-auth.md). Pages call it through
// server/auth/auth-api.ts so every journey works as a plain HTML form.
export function createAuth(deps: AuthDeps) {
  const url = new URL(deps.publicUrl)
  return betterAuth({
    appName: 'Waypoint',
    baseURL: deps.publicUrl,
    basePath: '/api/auth',
    secret: deps.secret,
    trustedOrigins: [url.origin],
    database: drizzleAdapter(deps.db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        twoFactor: schema.twoFactor,
        passkey: schema.passkey,
      },
    }),
    user: {
      additionalFields: {
        // Roles are granted by Waypoint, never chosen at sign-up.
        role: { type: 'string', required: true, defaultValue: 'patient', input: false },
        locale: { type: 'string', required: true, defaultValue: 'en', input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: accountLimits.passwordMin,
      maxPasswordLength: accountLimits.passwordMax,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      // better-auth spends only the link that was used: every other reset
      // link of the account (an older email) would still set a password.
      async onPasswordReset({ user }) {
        await deps.db
          .delete(schema.verification)
          .where(
            and(
              like(schema.verification.identifier, 'reset-password:%'),
              eq(schema.verification.value, user.id),
            ),
          )
        // The owner hears of every change, so a reset they did not ask for does not go unnoticed.
        await deps.sendEmail({
          template: 'password-changed',
          to: user.email,
          locale: String((user as { locale?: string }).locale ?? 'en'),
          params: { name: user.name, url: new URL('/forgot-password', deps.publicUrl).href },
        })
      },
      // Sign-up never reveals whether an email is registered; the owner is told instead.
      async onExistingUserSignUp({ user }) {
        await deps.sendEmail({
          template: 'account-exists',
          to: user.email,
          locale: String((user as { locale?: string }).locale ?? 'en'),
          params: { name: user.name, url: new URL('/sign-in', deps.publicUrl).href },
        })
      },
      async sendResetPassword({ user, url }) {
        await deps.sendEmail({
          template: 'reset-password',
          to: user.email,
          locale: String((user as { locale?: string }).locale ?? 'en'),
          params: { name: user.name, url },
        })
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 60 * 60,
      async sendVerificationEmail({ user, url }) {
        await deps.sendEmail({
          template: 'verify-email',
          to: user.email,
          locale: String((user as { locale?: string }).locale ?? 'en'),
          params: { name: user.name, url },
        })
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // The attempt limits (attemptLimits below, docs/decisions/0033) guard every
    // endpoint that checks a secret, in every mode and across instances; this
    // in-memory limiter is a second, coarser fence in production only.
    // Counted per client address (advanced.ipAddress below). better-auth's own rule for
    // /sign-in/email (3 in 10 s) is loosened to a fence behind our limits.
    rateLimit: {
      enabled: deps.production,
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: 30 } },
    },
    advanced: {
      cookiePrefix: 'waypoint',
      // A session and its user in one query (server/db/schema/auth.ts has the
      // relations): every signed-in page starts with this lookup.
      database: { joins: true },
      // The shell writes the socket's address here (and overwrites anything a client sent).
      ipAddress: { ipAddressHeaders: ['x-waypoint-client-ip'] },
      useSecureCookies: deps.production,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: deps.production },
    },
    // Its messages go to the console, which the server writes as JSON (server/logger.ts).
    logger: { disableColors: true },
    plugins: [
      attemptLimits(attemptThrottle(deps.db)),
      accountInputLimits(),
      // No account lock: anyone holding the password could lock a staff member
      // out with ten wrong codes. Codes are limited per device and address instead.
      twoFactor({ issuer: 'Waypoint', accountLockout: { enabled: false } }),
      secondStepForLinks(),
      magicLink({
        expiresIn: 15 * 60,
        // Only people who already have an account get a link; sign-up stays explicit.
        disableSignUp: true,
        async sendMagicLink({ email, url }) {
          const [known] = await deps.db
            .select({
              name: schema.user.name,
              locale: schema.user.locale,
              twoFactorEnabled: schema.user.twoFactorEnabled,
            })
            .from(schema.user)
            .where(eq(schema.user.email, email.toLowerCase()))
          // A link alone would skip the second step (second-step-plugin.ts):
          // such an account is told to sign in with its password and code.
          await deps.sendEmail(
            known?.twoFactorEnabled
              ? {
                  template: 'magic-link-second-step',
                  to: email,
                  locale: known.locale ?? 'en',
                  params: { name: known.name, url: new URL('/sign-in', deps.publicUrl).href },
                }
              : {
                  template: 'magic-link',
                  to: email,
                  locale: known?.locale ?? 'en',
                  params: { name: known?.name, url },
                },
          )
        },
      }),
      passkey({ rpID: url.hostname, rpName: 'Waypoint', origin: url.origin }),
    ],
  })
}

export type Auth = ReturnType<typeof createAuth>
