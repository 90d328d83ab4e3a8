import { describe, expect, test } from 'vitest'
import type { CaseShare } from '../cases/case-consent.ts'
import { providerMayReadDocument, providerMayReadSection } from '../cases/case-consent.ts'
import { referralStatuses, type ReferralStatus } from './referral.ts'
import { shareThroughReferral } from './records-through-referral.ts'

const share: CaseShare = {
  providerId: 'demo-lotus-neuro',
  status: 'given',
  documentIds: ['doc-letter'],
  sections: ['condition', 'alsfrs'],
}
const reads = (status: ReferralStatus) => {
  const through = shareThroughReferral(share, status)
  return providerMayReadDocument(through, 'doc-letter') || providerMayReadSection(through, 'condition')
}

const open: ReferralStatus[] = [
  'sent',
  'opened',
  'evaluating',
  'information-requested',
  'information-provided',
  'plan-proposed',
  'accepted',
]

describe('the family’s records through a referral', () => {
  test('reach the clinic while it evaluates, plans, waits for the family, and treats', () => {
    for (const status of open) expect(reads(status), status).toBe(true)
  })

  test('stop reaching it once the referral has ended without the family choosing it', () => {
    const ended = referralStatuses.filter((s) => !open.includes(s))
    expect(ended).toEqual([
      'not-eligible',
      'declined-by-clinic',
      'declined-by-patient',
      'expired',
      'withdrawn',
      'closed',
    ])
    for (const status of ended) {
      expect(reads(status), status).toBe(false)
      // The consent itself is the family's and stays as they set it.
      expect(shareThroughReferral(share, status).status).toBe('given')
    }
  })
})
