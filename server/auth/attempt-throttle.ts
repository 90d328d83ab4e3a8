import { createHash } from 'node:crypto'
import { and, eq, gt, inArray, lt } from 'drizzle-orm'
import {
  attemptRules,
  decideAttempt,
  longestWindowMs,
  type AttemptDecision,
  type AttemptKind,
  type AttemptScope,
} from '#domain/accounts/attempt-limits.ts'
import { addressKeyOf } from '#domain/accounts/client-address.ts'
import type { Db } from '../db/client.ts'
import { signInFailure } from '../db/schema/app.ts'

// Counts attempts in the database (table sign_in_failure: a key and a time),
// so every app instance sees the same counts; the rules are in
// domain/accounts/attempt-limits.ts. Accounts and devices are stored as
// hashes, never as the email address.

/** What one attempt is counted against: the values behind each scope of its kind. */
export type Attempt = { kind: AttemptKind } & Partial<Record<AttemptScope, string>>

const hash = (value: string) => createHash('sha256').update(value).digest('hex')

/**
 * The stored key of a scope. Passwords keep the keys the sign-in throttle
 * always used (`email:…`, `ip:…`), so counts survive an upgrade.
 */
export function keyOf(kind: AttemptKind, scope: AttemptScope, value: string): string {
  const stored = scope === 'address' ? addressKeyOf(value) : hash(value.trim().toLowerCase())
  if (kind === 'password') return `${scope === 'address' ? 'ip' : 'email'}:${stored}`
  return `${kind}:${scope}:${stored}`
}

function keysOf(attempt: Attempt, only?: (scope: AttemptScope) => boolean): Map<AttemptScope, string> {
  const keys = new Map<AttemptScope, string>()
  for (const rule of attemptRules[attempt.kind]) {
    const value = attempt[rule.scope]
    if (value && (!only || only(rule.scope))) keys.set(rule.scope, keyOf(attempt.kind, rule.scope, value))
  }
  return keys
}

export type AttemptThrottle = {
  check(attempt: Attempt): Promise<AttemptDecision>
  /** Counts one attempt against every scope (a failure, or a request for kinds that count requests). */
  record(attempt: Attempt): Promise<void>
  /** After a success: the account's or device's failures no longer count (the address's still do). */
  forgive(attempt: Attempt): Promise<void>
}

export function attemptThrottle(db: Db, clock: () => Date = () => new Date()): AttemptThrottle {
  return {
    async check(attempt) {
      const keys = keysOf(attempt)
      if (keys.size === 0) return { allowed: true }
      const now = clock()
      const rows = await db
        .select({ key: signInFailure.key, at: signInFailure.at })
        .from(signInFailure)
        .where(
          and(
            inArray(signInFailure.key, [...keys.values()]),
            gt(signInFailure.at, new Date(now.getTime() - longestWindowMs)),
          ),
        )
      const history: Partial<Record<AttemptScope, Date[]>> = {}
      for (const [scope, key] of keys) history[scope] = rows.filter((r) => r.key === key).map((r) => r.at)
      return decideAttempt(attempt.kind, history, now)
    },

    async record(attempt) {
      const keys = [...keysOf(attempt).values()]
      if (keys.length === 0) return
      const now = clock()
      await db.insert(signInFailure).values(keys.map((key) => ({ key, at: now })))
      // Rows older than any window are never read again.
      await db
        .delete(signInFailure)
        .where(
          and(
            inArray(signInFailure.key, keys),
            lt(signInFailure.at, new Date(now.getTime() - longestWindowMs)),
          ),
        )
    },

    async forgive(attempt) {
      for (const key of keysOf(attempt, (scope) => scope !== 'address').values())
        await db.delete(signInFailure).where(eq(signInFailure.key, key))
    },
  }
}
