import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { asCaseId, asProviderId, asQuoteId, asReferralId } from '../shared/ids.ts'
import { acceptPlan, closeOtherReferrals, consentStandsFor, planStillOpen } from './accept-plan.ts'
import type { Referral, ReferralStatus } from './referral.ts'

const now = new Date('2031-03-14T09:00:00Z')
const caseId = asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c4d')
const quoteOf = (n: number) => ({
  id: asQuoteId(`0b8f3a52-1c1e-4a4e-9d55-5e2f4a3f1a0${n}`),
  validUntil: '2031-04-30' as CalendarDate,
  timeZone: 'Europe/Istanbul',
})
const referral = (n: number, status: ReferralStatus): Referral => ({
  id: asReferralId(`5d0c8f4e-9f5b-4c52-a1c4-8f0e2d7b6c0${n}`),
  caseId,
  providerId: asProviderId(`clinic-${n}`),
  status,
  quote: status === 'plan-proposed' || status === 'accepted' ? quoteOf(n) : null,
})

// Clinic 1 and 2 have sent plans, 3 is still evaluating, 4 found the patient not eligible.
const referrals = [
  referral(1, 'plan-proposed'),
  referral(2, 'plan-proposed'),
  referral(3, 'evaluating'),
  referral(4, 'not-eligible'),
]
const family = { kind: 'patient' } as const

describe('accepting one plan', () => {
  test('closes every other open referral of the case, and leaves ended ones alone', () => {
    const r = acceptPlan(referrals, referrals[0]!.id, quoteOf(1).id, family, now)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.accepted.next.status).toBe('accepted')
    expect(r.value.closed.map((d) => [d.next.providerId, d.next.status])).toEqual([
      ['clinic-2', 'closed'],
      ['clinic-3', 'closed'],
    ])
    for (const d of r.value.closed)
      expect(d.events).toEqual([
        expect.objectContaining({
          type: 'referral.closed',
          acceptedReferralId: referrals[0]!.id,
          by: { kind: 'system' },
          at: now,
        }),
      ])
  })

  test('two tabs accepting two quotes: the second finds one already accepted', () => {
    const first = acceptPlan(referrals, referrals[0]!.id, quoteOf(1).id, family, now)
    if (!first.ok) throw new Error(first.error.code)
    const after = referrals.map(
      (r) => [first.value.accepted, ...first.value.closed].find((d) => d.next.id === r.id)?.next ?? r,
    )
    expect(acceptPlan(after, referrals[1]!.id, quoteOf(2).id, { kind: 'caregiver' }, now)).toEqual({
      ok: false,
      error: { code: 'referral.other-accepted', acceptedReferralId: referrals[0]!.id },
    })
  })

  test('the accepted referral itself follows the life cycle’s rules', () => {
    expect(acceptPlan(referrals, referrals[0]!.id, quoteOf(1).id, { kind: 'coordinator' }, now)).toEqual({
      ok: false,
      error: { code: 'referral.not-allowed', role: 'coordinator', command: 'accept' },
    })
    expect(acceptPlan(referrals, referrals[2]!.id, quoteOf(3).id, family, now)).toMatchObject({
      ok: false,
      error: { code: 'referral.wrong-state', status: 'evaluating' },
    })
  })

  test('a referral that is not one of the case’s is not found', () => {
    expect(
      acceptPlan(referrals, asReferralId('5d0c8f4e-9f5b-4c52-a1c4-8f0e2d7b6c09'), quoteOf(1).id, family, now),
    ).toEqual({
      ok: false,
      error: { code: 'referral.not-yours' },
    })
  })

  test('referrals of two cases together are a bug in the shell', () => {
    const other = { ...referral(5, 'sent'), caseId: asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c4e') }
    expect(() => acceptPlan([...referrals, other], referrals[0]!.id, quoteOf(1).id, family, now)).toThrow(
      /one case/,
    )
  })

  test('closing the others leaves nothing open but the accepted one', () => {
    const closed = closeOtherReferrals(referrals, referrals[1]!.id, now)
    expect(closed.map((d) => d.next.id)).toEqual([referrals[0]!.id, referrals[2]!.id])
  })

  test('whatever the family clicks, in whatever order, a case ends with at most one accepted plan', () => {
    const statuses = ['sent', 'evaluating', 'plan-proposed', 'plan-proposed', 'not-eligible'] as const
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { maxLength: 12 }),
        (clicks) => {
          let state = statuses.map((s, i) => referral(i + 1, s))
          for (const [which, quoteN] of clicks) {
            const r = acceptPlan(state, state[which - 1]!.id, quoteOf(quoteN).id, family, now)
            if (!r.ok) continue
            const changed = [r.value.accepted, ...r.value.closed]
            state = state.map((x) => changed.find((d) => d.next.id === x.id)?.next ?? x)
          }
          expect(state.filter((x) => x.status === 'accepted').length).toBeLessThanOrEqual(1)
          if (state.some((x) => x.status === 'accepted'))
            expect(state.filter((x) => !['accepted', 'closed', 'not-eligible'].includes(x.status))).toEqual(
              [],
            )
        },
      ),
    )
  })
})

describe('a plan goes ahead only with a clinic the family shares the case with', () => {
  test('a clinic the family still shares with may be accepted', () => {
    expect(
      consentStandsFor(asProviderId('clinic-1'), [asProviderId('clinic-1'), asProviderId('clinic-2')]),
    ).toEqual({
      ok: true,
      value: null,
    })
  })

  test('after consent for it was withdrawn, its plan is refused until consent is given again', () => {
    expect(consentStandsFor(asProviderId('clinic-1'), [asProviderId('clinic-2')])).toEqual({
      ok: false,
      error: { code: 'quote.consent-withdrawn' },
    })
  })
})

test('a plan stays open to accept or turn down while it is proposed and no plan is accepted', () => {
  const proposed = { referralStatus: 'plan-proposed', acceptedAt: null }
  expect(planStillOpen(proposed, [proposed, { acceptedAt: null }])).toBe(true)
  expect(planStillOpen(proposed, [proposed, { acceptedAt: '2026-12-07T03:00:00Z' }])).toBe(false)
  expect(planStillOpen({ referralStatus: 'declined-by-patient' }, [proposed])).toBe(false)
})
