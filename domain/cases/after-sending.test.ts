import { describe, expect, test } from 'vitest'
import { nextStepAfterSending, providerProgress } from './after-sending.ts'

describe('a chosen provider’s status on a sent case', () => {
  test.each([
    ['records-submitted', 'given', 'with-coordinator'],
    ['records-submitted', 'not-shared', 'not-shared'],
    ['records-submitted', null, 'not-shared'],
    ['under-evaluation', 'given', 'reviewing'],
    ['under-evaluation', 'withdrawn', 'consent-withdrawn'],
    ['plan-proposed', 'given', 'in-touch'],
    ['withdrawn', 'given', 'ended'],
    ['closed', 'not-shared', 'ended'],
  ] as const)('sent to it, at %s with consent %s is %s', (stage, share, progress) => {
    expect(providerProgress(stage, share, true)).toBe(progress)
  })

  test.each([
    ['records-submitted', 'with-coordinator'],
    ['under-evaluation', 'not-sent'],
    ['plan-accepted', 'not-sent'],
    ['follow-up', 'not-sent'],
  ] as const)(
    'chosen and shared but never sent, at %s is %s, never as if it had the case',
    (stage, progress) => {
      expect(providerProgress(stage, 'given', false)).toBe(progress)
    },
  )
})

describe('what happens next', () => {
  test('a case just sent expects its first reply on the date the receipt email gave', () => {
    // Sent on a Friday: one working day later is the Monday.
    expect(nextStepAfterSending('records-submitted', new Date('2026-12-04T10:00:00Z'))).toEqual({
      code: 'first-reply',
      due: new Date('2026-12-07T10:00:00Z'),
    })
  })

  test('a changed plan waiting for the family comes first, until the case has ended', () => {
    const sent = new Date('2026-12-04T10:00:00Z')
    expect(nextStepAfterSending('in-treatment', sent, true)).toEqual({ code: 'plan-change' })
    expect(nextStepAfterSending('in-treatment', sent, false)).toEqual({
      code: 'stage',
      stage: 'in-treatment',
    })
    expect(nextStepAfterSending('withdrawn', sent, true)).toEqual({ code: 'stage', stage: 'withdrawn' })
  })

  test('later, the stage says what happens', () => {
    expect(nextStepAfterSending('under-evaluation', new Date('2026-12-04T10:00:00Z'))).toEqual({
      code: 'stage',
      stage: 'under-evaluation',
    })
  })

  test('once every clinic has said no, the page says so rather than that they are still looking', () => {
    const sent = new Date('2026-12-04T10:00:00Z')
    expect(
      nextStepAfterSending('under-evaluation', sent, false, ['declined-by-clinic', 'not-eligible']),
    ).toEqual({
      code: 'clinics-ended',
    })
    expect(nextStepAfterSending('plan-proposed', sent, false, ['declined-by-patient', 'expired'])).toEqual({
      code: 'clinics-ended',
    })
    // One clinic still looking, or no clinic sent the case yet: the stage's own words.
    for (const referrals of [['declined-by-clinic', 'evaluating'], []] as const)
      expect(nextStepAfterSending('under-evaluation', sent, false, referrals)).toEqual({
        code: 'stage',
        stage: 'under-evaluation',
      })
  })

  test('once a plan is accepted, the family is sent to add who is travelling', () => {
    expect(nextStepAfterSending('plan-accepted', new Date('2026-12-04T10:00:00Z'))).toEqual({
      code: 'stage',
      stage: 'plan-accepted',
      go: 'travel',
    })
  })
})
