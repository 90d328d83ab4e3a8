import { describe, expect, test } from 'vitest'
import {
  attemptRules,
  decideAttempt,
  longestWindowMs,
  type AttemptKind,
  type AttemptScope,
} from './attempt-limits.ts'

const now = new Date('2030-01-01T12:00:00Z')
const minutesAgo = (...m: number[]) => m.map((x) => new Date(now.getTime() - x * 60_000))
const times = (n: number, from = 1) => minutesAgo(...Array.from({ length: n }, (_, i) => from + i * 0.1))

type Row = [string, AttemptKind, Partial<Record<AttemptScope, Date[]>>, ReturnType<typeof decideAttempt>]

describe('attempt limits', () => {
  test.each<Row>([
    ['no history', 'password', {}, { allowed: true }],
    ['four wrong passwords for the account', 'password', { account: times(4) }, { allowed: true }],
    [
      'five wrong passwords for the account',
      'password',
      { account: times(5) },
      { allowed: false, scope: 'account', retryAfterMs: 15 * 60_000 - 1.4 * 60_000 },
    ],
    ['29 wrong passwords from the address', 'password', { address: times(29) }, { allowed: true }],
    [
      '30 wrong passwords from the address',
      'password',
      { address: times(30, 10) },
      { allowed: false, scope: 'address', retryAfterMs: 15 * 60_000 - 12.9 * 60_000 },
    ],
    ['four wrong codes on the device', 'code', { device: times(4) }, { allowed: true }],
    [
      'five wrong codes on the device',
      'code',
      { device: times(5) },
      { allowed: false, scope: 'device', retryAfterMs: 15 * 60_000 - 1.4 * 60_000 },
    ],
    [
      'ten wrong codes from the address, spread over devices',
      'code',
      { device: times(1), address: times(10) },
      { allowed: false, scope: 'address', retryAfterMs: 15 * 60_000 - 1.9 * 60_000 },
    ],
    [
      'wrong codes for the account never count: there is no such rule',
      'code',
      { account: times(100) },
      { allowed: true },
    ],
    ['nine wrong link tokens from the address', 'link-token', { address: times(9) }, { allowed: true }],
    [
      'ten wrong link tokens from the address',
      'link-token',
      { address: times(10) },
      { allowed: false, scope: 'address', retryAfterMs: 15 * 60_000 - 1.9 * 60_000 },
    ],
    ['two links asked for one email', 'link-request', { account: times(2) }, { allowed: true }],
    [
      'three links asked for one email',
      'link-request',
      { account: times(3) },
      { allowed: false, scope: 'account', retryAfterMs: 15 * 60_000 - 1.2 * 60_000 },
    ],
    [
      'attempts older than the window are forgotten',
      'password',
      { account: minutesAgo(16, 17, 18, 19, 20) },
      { allowed: true },
    ],
  ])('%s', (_name, kind, history, decision) => {
    const got = decideAttempt(kind, history, now)
    if (!decision.allowed && !got.allowed) {
      expect(got.scope).toBe(decision.scope)
      expect(got.retryAfterMs).toBeCloseTo(decision.retryAfterMs, 0)
    } else expect(got).toEqual(decision)
  })

  test('when two scopes refuse, the longer wait is the one reported', () => {
    const got = decideAttempt('password', { account: times(5, 1), address: times(30, 10) }, now)
    expect(got).toMatchObject({ allowed: false, scope: 'account' })
  })

  test('no kind locks an account on codes, and every rule has a window the shell reads', () => {
    expect(attemptRules.code.map((r) => r.scope)).not.toContain('account')
    for (const rules of Object.values(attemptRules))
      for (const rule of rules) expect(rule.windowMs).toBeLessThanOrEqual(longestWindowMs)
  })
})
