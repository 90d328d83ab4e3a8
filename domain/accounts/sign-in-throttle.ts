// Sign-in throttling: a pure decision over the recent failed attempts, so the
// rule is testable and the shell only counts rows.
export type ThrottlePolicy = { maxFailures: number; windowMs: number }

export const signInPolicy: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60 * 1000 }

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number }

/** `failures` are the times of failed attempts for one key (email or address), any order. */
export function decideSignInThrottle(
  failures: readonly Date[],
  now: Date,
  policy = signInPolicy,
): ThrottleDecision {
  const since = now.getTime() - policy.windowMs
  const recent = failures.map((d) => d.getTime()).filter((t) => t > since && t <= now.getTime())
  if (recent.length < policy.maxFailures) return { allowed: true }
  recent.sort((a, b) => a - b)
  // The window reopens when the oldest failure that still counts falls out of it.
  const oldestCounting = recent[recent.length - policy.maxFailures]!
  return { allowed: false, retryAfterMs: Math.max(0, oldestCounting + policy.windowMs - now.getTime()) }
}
