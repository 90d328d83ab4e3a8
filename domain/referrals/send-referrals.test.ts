import { describe, expect, test } from 'vitest'
import { asProviderId } from '../shared/ids.ts'
import { decideSendReferrals, type SendReferralsInput } from './send-referrals.ts'

const lotus = asProviderId('demo-lotus-neuro')
const rhein = asProviderId('demo-rheinufer')
const hanbit = asProviderId('demo-hanbit')
// A Thursday: three working days later is the next Tuesday.
const thursday = new Date('2026-12-03T10:00:00Z')

const input = (over: Partial<SendReferralsInput> = {}): SendReferralsInput => ({
  stage: 'records-submitted',
  requested: [lotus, rhein],
  chosen: [lotus, rhein, hanbit],
  consented: [lotus, rhein],
  alreadySent: [],
  ...over,
})

describe('sending a case to the chosen providers', () => {
  test('each chosen and consented provider gets a referral, due in three working days', () => {
    expect(decideSendReferrals(input(), thursday)).toEqual({
      ok: true,
      value: { providerIds: [lotus, rhein], answerDueAt: new Date('2026-12-08T10:00:00Z') },
    })
  })

  test('a provider named twice is sent the case once', () => {
    const sent = decideSendReferrals(input({ requested: [lotus, lotus] }), thursday)
    expect(sent.ok && sent.value.providerIds).toEqual([lotus])
  })

  test.each([
    ['nothing picked', input({ requested: [] }), { code: 'referral.none-chosen' }],
    [
      'a provider the family did not choose',
      input({ requested: [asProviderId('demo-other')] }),
      {
        code: 'referral.provider-not-chosen',
        providerId: 'demo-other',
      },
    ],
    [
      'a chosen provider the family did not consent to share with',
      input({ requested: [hanbit] }),
      {
        code: 'referral.provider-not-consented',
        providerId: hanbit,
      },
    ],
    [
      'a provider already sent the case',
      input({ alreadySent: [rhein] }),
      {
        code: 'referral.already-sent',
        providerId: rhein,
      },
    ],
    ['a draft', input({ stage: 'inquiry' }), { code: 'referral.case-not-sendable', stage: 'inquiry' }],
    [
      'an accepted plan',
      input({ stage: 'plan-accepted' }),
      {
        code: 'referral.case-not-sendable',
        stage: 'plan-accepted',
      },
    ],
  ] as const)('refuses %s', (_what, given, error) => {
    expect(decideSendReferrals(given, thursday)).toEqual({ ok: false, error })
  })
})
