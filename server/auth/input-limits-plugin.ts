import type { BetterAuthPlugin } from 'better-auth'
import { APIError, createAuthMiddleware } from 'better-auth/api'
import { accountInputProblems, type AccountField } from '#domain/accounts/account-limits.ts'

// better-auth stores what its endpoints are given: a 100,000-character name,
// any string as a locale. The forms had limits; the API now has the same ones
// (domain/accounts/account-limits.ts), on every endpoint that writes the user.
const writers = new Set(['/sign-up/email', '/update-user'])

export function accountInputLimits(): BetterAuthPlugin {
  return {
    id: 'waypoint-account-input-limits',
    hooks: {
      before: [
        {
          matcher: (ctx) => writers.has(ctx.path ?? ''),
          handler: createAuthMiddleware(async (ctx) => {
            const body = (ctx.body ?? {}) as Record<string, unknown>
            const fields = ['name', 'email', 'locale', 'image'] as const
            const input: Partial<Record<AccountField, unknown>> = {}
            for (const field of fields) if (Object.hasOwn(body, field)) input[field] = body[field]
            const problems = accountInputProblems(input)
            if (problems.length > 0) {
              throw new APIError('BAD_REQUEST', {
                code: 'INVALID_ACCOUNT_INPUT',
                message: `Not accepted: ${problems.join(', ')}`,
                fields: problems,
              })
            }
          }),
        },
      ],
    },
  }
}
