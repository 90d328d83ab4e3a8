import { decideSignInThrottle } from './sign-in-throttle.ts'

// Every way into an account that checks a secret is limited, whichever door
// it comes through (a form or better-auth's own API): docs/decisions/0033.
// The shell counts attempts per key; this decides from the counts.

/** What is being tried. */
export type AttemptKind =
  /** A password: sign-in, and the pages that ask for it again (TOTP set-up). */
  | 'password'
  /** A TOTP or backup code at sign-in or set-up. */
  | 'code'
  /** The token in a reset, sign-in or confirmation link. */
  | 'link-token'
  /** Asking for a reset or sign-in link to be emailed. */
  | 'link-request'
  /** A report about a listing from the public (ADR 0059): it costs a reviewer's time and sends an email. */
  | 'listing-report'
  /** A report about a published review from the public (ADR 0068): it costs a reviewer's time. */
  | 'review-report'

/** Who or what the attempts are counted against. */
export type AttemptScope = 'account' | 'device' | 'address'

export type AttemptRule = {
  scope: AttemptScope
  max: number
  windowMs: number
  /** Failures count for secrets; every request counts for emails sent (they cost the recipient). */
  counts: 'failures' | 'requests'
}

const minutes = (m: number) => m * 60_000

export const attemptRules: Record<AttemptKind, readonly AttemptRule[]> = {
  // As before: 5 per account, 30 per address (a family may share a network).
  password: [
    { scope: 'account', max: 5, windowMs: minutes(15), counts: 'failures' },
    { scope: 'address', max: 30, windowMs: minutes(15), counts: 'failures' },
  ],
  // Never per account: anyone holding the password could then lock a staff
  // member out. Per device (the browser, from its address) and per address.
  code: [
    { scope: 'device', max: 5, windowMs: minutes(15), counts: 'failures' },
    { scope: 'address', max: 10, windowMs: minutes(15), counts: 'failures' },
  ],
  'link-token': [{ scope: 'address', max: 10, windowMs: minutes(15), counts: 'failures' }],
  'link-request': [
    { scope: 'account', max: 3, windowMs: minutes(15), counts: 'requests' },
    { scope: 'address', max: 10, windowMs: minutes(15), counts: 'requests' },
  ],
  // "account" is the address the answers go to (the account's, or the one typed).
  'listing-report': [
    { scope: 'account', max: 3, windowMs: minutes(15), counts: 'requests' },
    { scope: 'address', max: 5, windowMs: minutes(15), counts: 'requests' },
  ],
  // No email is asked, so only the network address (and a signed-in reporter's account) is counted.
  'review-report': [
    { scope: 'account', max: 5, windowMs: minutes(15), counts: 'requests' },
    { scope: 'address', max: 5, windowMs: minutes(15), counts: 'requests' },
  ],
}

/** The longest window of any rule: how far back the shell needs to read. */
export const longestWindowMs = Math.max(
  ...Object.values(attemptRules).flatMap((r) => r.map((x) => x.windowMs)),
)

export type AttemptDecision =
  { allowed: true } | { allowed: false; scope: AttemptScope; retryAfterMs: number }

/**
 * Whether one more attempt of this kind may be made, from the times of the
 * earlier ones counted against each scope. When several scopes refuse, the
 * one that lasts longest is reported, so the wait shown is the real one.
 */
export function decideAttempt(
  kind: AttemptKind,
  history: Partial<Record<AttemptScope, readonly Date[]>>,
  now: Date,
): AttemptDecision {
  let refused: AttemptDecision = { allowed: true }
  for (const rule of attemptRules[kind]) {
    const times = history[rule.scope]
    if (!times) continue
    const decision = decideSignInThrottle(times, now, { maxFailures: rule.max, windowMs: rule.windowMs })
    if (!decision.allowed && (refused.allowed || decision.retryAfterMs > refused.retryAfterMs))
      refused = { allowed: false, scope: rule.scope, retryAfterMs: decision.retryAfterMs }
  }
  return refused
}

/** Which scopes a kind counts, and whether failures or every request. */
export function scopesOf(kind: AttemptKind): readonly AttemptScope[] {
  return attemptRules[kind].map((r) => r.scope)
}
