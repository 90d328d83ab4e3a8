import { describe, expect, test } from 'vitest'
import { decideSignInThrottle } from './sign-in-throttle.ts'

const now = new Date('2030-01-01T12:00:00Z')
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000)

describe('sign-in throttle', () => {
  test('four recent failures still allow a fifth try', () => {
    expect(decideSignInThrottle([1, 2, 3, 4].map(minutesAgo), now)).toEqual({ allowed: true })
  })

  test('five failures in 15 minutes block until the oldest falls out of the window', () => {
    expect(decideSignInThrottle([1, 2, 3, 4, 10].map(minutesAgo), now)).toEqual({
      allowed: false,
      retryAfterMs: 5 * 60_000,
    })
  })

  test('failures older than the window do not count', () => {
    expect(decideSignInThrottle([16, 20, 30, 40, 50, 1].map(minutesAgo), now)).toEqual({ allowed: true })
  })

  test('the retry time counts from the fifth most recent failure when there are more', () => {
    const decision = decideSignInThrottle([1, 2, 3, 4, 5, 6, 14].map(minutesAgo), now)
    expect(decision).toEqual({ allowed: false, retryAfterMs: 10 * 60_000 })
  })

  test('a custom policy is honoured', () => {
    expect(decideSignInThrottle([1].map(minutesAgo), now, { maxFailures: 1, windowMs: 120_000 })).toEqual({
      allowed: false,
      retryAfterMs: 60_000,
    })
  })
})
