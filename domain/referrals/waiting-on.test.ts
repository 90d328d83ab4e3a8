import { expect, test } from 'vitest'
import { finalReferralStatuses, referralStatuses } from './referral.ts'
import { waitingOn } from './waiting-on.ts'

test('the clinic has the next move until it answers; then the family; an ended referral waits on nobody', () => {
  expect(Object.fromEntries(referralStatuses.map((s) => [s, waitingOn(s)]))).toEqual({
    sent: 'clinic',
    opened: 'clinic',
    evaluating: 'clinic',
    'information-requested': 'family',
    'information-provided': 'clinic',
    'plan-proposed': 'family',
    'not-eligible': 'nobody',
    'declined-by-clinic': 'nobody',
    accepted: 'nobody',
    'declined-by-patient': 'nobody',
    expired: 'nobody',
    withdrawn: 'nobody',
    closed: 'nobody',
  })
  for (const s of finalReferralStatuses) expect(waitingOn(s)).toBe('nobody')
})
