import { expect, test } from 'vitest'
import { decideAnswerDeadline, MAX_DEADLINE_DAYS } from './answer-deadline.ts'

const now = new Date('2026-12-04T10:00:00Z')

test('a date gives a deadline at the end of that day (UTC)', () => {
  expect(decideAnswerDeadline('evaluating', '2026-12-10', now)).toEqual({
    ok: true,
    value: new Date('2026-12-10T23:59:59.999Z'),
  })
})

test('today is still a possible deadline', () => {
  expect(decideAnswerDeadline('sent', '2026-12-04', now).ok).toBe(true)
})

test.each([
  ['sent', '2026-12-03', 'deadline.past'],
  ['sent', '2026-02-30', 'deadline.no-such-day'],
  ['sent', '10/12/2026', 'deadline.invalid'],
  ['sent', '2027-03-01', 'deadline.too-far'],
  ['accepted', '2026-12-10', 'referral.final'],
  ['withdrawn', '2026-12-10', 'referral.final'],
] as const)('a %s referral with %s is refused: %s', (status, raw, code) => {
  const decided = decideAnswerDeadline(status, raw, now)
  expect(decided.ok ? null : decided.error.code).toBe(code)
})

test('a deadline typed in Arabic-Indic digits is the same date, and 30 February is still no day', () => {
  expect(decideAnswerDeadline('evaluating', '٢٠٢٦-١٢-١٠', now)).toEqual({
    ok: true,
    value: new Date('2026-12-10T23:59:59.999Z'),
  })
  expect(decideAnswerDeadline('evaluating', '٢٠٢٧-٠٢-٣٠', now)).toEqual({
    ok: false,
    error: { code: 'deadline.no-such-day' },
  })
})

test('once the clinic has answered, its deadline is no longer set: the family has the move', () => {
  for (const status of ['plan-proposed', 'information-requested'] as const)
    expect(decideAnswerDeadline(status, '2026-12-10', now)).toEqual({
      ok: false,
      error: { code: 'deadline.clinic-answered' },
    })
  expect(decideAnswerDeadline('information-provided', '2026-12-10', now).ok).toBe(true)
})

test('the 60th day is allowed at any time of day, the 61st never', () => {
  for (const now of [new Date('2026-12-07T00:30:00Z'), new Date('2026-12-07T23:30:00Z')]) {
    expect(decideAnswerDeadline('sent', '2027-02-05', now).ok, now.toISOString()).toBe(true)
    expect(decideAnswerDeadline('sent', '2027-02-06', now), now.toISOString()).toEqual({
      ok: false,
      error: { code: 'deadline.too-far', max: MAX_DEADLINE_DAYS },
    })
  }
})
