import type { BetterAuthPlugin } from 'better-auth'
import { createAuthMiddleware } from 'better-auth/api'
import { deleteSessionCookie } from 'better-auth/cookies'

// better-auth's twoFactor plugin asks for the second step only after a
// password (/sign-in/email): an emailed sign-in link signed a person with
// two-step sign-in on straight in, so whoever could read their email needed
// nothing else (better-auth issues 9552, 11287). Such accounts are sent no
// link (server/auth/auth.ts); a link sent before the second step was set up,
// or asked for through the API, ends here: its session is deleted at once and
// the person is sent to sign in with the password and the code.
export const linkRefusedPath = '/sign-in?link=second-step'

export function secondStepForLinks(): BetterAuthPlugin {
  return {
    id: 'waypoint-second-step-for-links',
    hooks: {
      after: [
        {
          matcher: (ctx) => ctx.path === '/magic-link/verify',
          handler: createAuthMiddleware(async (ctx) => {
            const made = ctx.context.newSession
            if (!made?.user.twoFactorEnabled) return
            await ctx.context.internalAdapter.deleteSession(made.session.token)
            deleteSessionCookie(ctx)
            throw ctx.redirect(linkRefusedPath)
          }),
        },
      ],
    },
  }
}
