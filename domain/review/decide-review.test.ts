import { describe, expect, test } from 'vitest'
import {
  currentApprovers,
  evidenceText,
  readEvidence,
  decideReview,
  isCellBasedOffer,
  wasApprovedBefore,
  type DecisionInput,
  type PastDecision,
  type ReviewCase,
  type ReviewItem,
} from './decide-review.ts'

const today = '2026-12-04'
const at = (day: number) => new Date(Date.UTC(2026, 11, day, 9))
const ada = { id: 'ada', role: 'reviewer', providerIds: [] } as const
const bea = { id: 'bea', role: 'reviewer', providerIds: [] } as const
const insider = { id: 'ines', role: 'reviewer', providerIds: ['clinic-1'] } as const
const admin = { id: 'sam', role: 'admin', providerIds: [] } as const

const offer = (overrides: Partial<Extract<ReviewItem, { subject: 'offer' }>> = {}): ReviewItem => ({
  subject: 'offer',
  verdict: 'listable',
  cellBased: false,
  clinicStatus: 'approved',
  ...overrides,
})
const credential = (overrides: Partial<Extract<ReviewItem, { subject: 'credential' }>> = {}): ReviewItem => ({
  subject: 'credential',
  kind: 'accreditation',
  validFrom: '2025-02-01',
  validTo: '2028-01-31',
  clinicStatus: 'approved',
  ...overrides,
})

function aReview(
  item: ReviewItem,
  decisions: PastDecision[] = [],
  more: Partial<ReviewCase> = {},
): ReviewCase {
  return { item, providerId: 'clinic-1', status: 'pending', submittedAt: at(1), decisions, ...more }
}
const approve = (more: Partial<DecisionInput> = {}): DecisionInput => ({
  decision: 'approve',
  reasonCode: null,
  note: '',
  evidence: '',
  verificationMethod: null,
  seenDecisions: 0,
  ...more,
})
const approvedBy = (reviewerId: string, day = 2): PastDecision => ({
  decision: 'approve',
  reviewerId,
  decidedAt: at(day),
})

describe('deciding a review', () => {
  test('one approval makes an ordinary offer approved', () => {
    expect(decideReview(aReview(offer()), ada, approve(), today)).toEqual({
      ok: true,
      value: { status: 'approved', approvals: 1, needed: 1, settled: true },
    })
  })

  test('a cell-based offer stays pending at one of two approvals, and is approved by a second reviewer', () => {
    const item = offer({ cellBased: true })
    expect(decideReview(aReview(item), ada, approve(), today)).toEqual({
      ok: true,
      value: { status: 'pending', approvals: 1, needed: 2, settled: false },
    })
    expect(
      decideReview(aReview(item, [approvedBy('ada')]), bea, approve({ seenDecisions: 1 }), today),
    ).toEqual({ ok: true, value: { status: 'approved', approvals: 2, needed: 2, settled: true } })
  })

  test('an administrator does not count as either reviewer of a cell-based offer, but may turn it back', () => {
    const current = aReview(offer({ cellBased: true }), [approvedBy('ada')])
    expect(decideReview(current, admin, approve({ seenDecisions: 1 }), today)).toEqual({
      ok: false,
      error: { code: 'review.reviewers-only', field: 'decision' },
    })
    expect(decideReview(aReview(offer({ cellBased: true })), admin, approve(), today)).toMatchObject({
      ok: false,
      error: { code: 'review.reviewers-only' },
    })
    expect(
      decideReview(
        current,
        admin,
        approve({ decision: 'request-changes', reasonCode: 'missing-information', seenDecisions: 1 }),
        today,
      ),
    ).toMatchObject({ ok: true, value: { status: 'changes-requested' } })
    // An ordinary offer takes one approval, which an administrator supporting the console may give.
    expect(decideReview(aReview(offer()), admin, approve(), today)).toMatchObject({ ok: true })
  })

  test('the same reviewer cannot give the second approval', () => {
    const current = aReview(offer({ cellBased: true }), [approvedBy('ada')])
    expect(decideReview(current, ada, approve({ seenDecisions: 1 }), today)).toEqual({
      ok: false,
      error: { code: 'review.already-approved' },
    })
  })

  test.each(['approve', 'reject', 'request-changes'] as const)(
    'a reviewer on the clinic’s staff cannot %s its items',
    (decision) => {
      expect(
        decideReview(aReview(offer()), insider, approve({ decision, reasonCode: 'other' }), today),
      ).toEqual({ ok: false, error: { code: 'review.own-clinic' } })
    },
  )

  test.each(['blocked', 'needs-documents', 'needs-review'])(
    'an offer the policy holds back (%s) cannot be approved; the policy is not overruled',
    (verdict) => {
      expect(decideReview(aReview(offer({ verdict })), ada, approve(), today)).toEqual({
        ok: false,
        error: { code: 'review.policy-blocked', verdict },
      })
    },
  )

  test('a blocked offer can still be rejected, with a reason', () => {
    const decided = decideReview(
      aReview(offer({ verdict: 'blocked' })),
      ada,
      approve({ decision: 'reject', reasonCode: 'listing-policy' }),
      today,
    )
    expect(decided).toEqual({
      ok: true,
      value: { status: 'rejected', approvals: 0, needed: 1, settled: true },
    })
  })

  test.each([
    ['offer', offer({ clinicStatus: 'pending' })],
    ['credential', credential({ clinicStatus: 'changes-requested' })],
  ] as const)('a %s of a clinic not yet approved cannot be approved', (_, item) => {
    expect(
      decideReview(aReview(item), ada, approve({ verificationMethod: 'document-checked' }), today),
    ).toEqual({
      ok: false,
      error: { code: 'review.clinic-not-approved' },
    })
  })

  test('a clinic itself is approved on its own', () => {
    const decided = decideReview(aReview({ subject: 'provider' }), ada, approve(), today)
    expect(decided.ok && decided.value.status).toBe('approved')
  })

  test.each(['reject', 'request-changes'] as const)('to %s, a reviewer gives a reason', (decision) => {
    expect(decideReview(aReview(offer()), ada, approve({ decision }), today)).toEqual({
      ok: false,
      error: { code: 'review.reason-required', field: 'reasonCode' },
    })
  })

  test('"another reason" needs the note it points the clinic to', () => {
    for (const decision of ['reject', 'request-changes'] as const) {
      expect(
        decideReview(aReview(offer()), ada, approve({ decision, reasonCode: 'other', note: '  ' }), today),
      ).toEqual({ ok: false, error: { code: 'review.note-required', field: 'note' } })
      expect(
        decideReview(
          aReview(offer()),
          ada,
          approve({ decision, reasonCode: 'other', note: 'The price list is missing.' }),
          today,
        ),
      ).toMatchObject({ ok: true })
    }
  })

  test('asking for changes leaves the item with the clinic', () => {
    const decided = decideReview(
      aReview(credential()),
      ada,
      approve({ decision: 'request-changes', reasonCode: 'document-unreadable' }),
      today,
    )
    expect(decided.ok && decided.value.status).toBe('changes-requested')
  })

  test('a credential is approved only with how it was verified', () => {
    expect(decideReview(aReview(credential()), ada, approve(), today)).toEqual({
      ok: false,
      error: { code: 'review.method-required', field: 'verificationMethod' },
    })
    const decided = decideReview(
      aReview(credential()),
      ada,
      approve({ verificationMethod: 'registry-checked' }),
      today,
    )
    expect(decided.ok && decided.value.status).toBe('approved')
  })

  test('an expired credential is not approved; one valid through today is', () => {
    const method = approve({ verificationMethod: 'document-checked' })
    expect(decideReview(aReview(credential({ validTo: '2026-12-03' })), ada, method, today)).toEqual({
      ok: false,
      error: { code: 'review.credential-expired', field: 'decision' },
    })
    expect(decideReview(aReview(credential({ validTo: today })), ada, method, today).ok).toBe(true)
  })

  test('an accreditation without its validity dates is not approved; another credential may have none', () => {
    const method = approve({ verificationMethod: 'document-checked' })
    expect(decideReview(aReview(credential({ validTo: null })), ada, method, today)).toEqual({
      ok: false,
      error: { code: 'review.dates-missing', field: 'decision' },
    })
    const registration = credential({ kind: 'practitioner-registration', validFrom: null, validTo: null })
    expect(decideReview(aReview(registration), ada, method, today).ok).toBe(true)
  })

  test('a decision made on a page that missed another reviewer’s decision is stale', () => {
    const current = aReview(offer({ cellBased: true }), [approvedBy('bea')])
    expect(decideReview(current, ada, approve({ seenDecisions: 0 }), today)).toEqual({
      ok: false,
      error: { code: 'review.stale' },
    })
  })

  test('an item that is no longer pending is not decided again', () => {
    const current = aReview(offer(), [approvedBy('bea')], { status: 'approved' })
    expect(decideReview(current, ada, approve({ seenDecisions: 1 }), today)).toEqual({
      ok: false,
      error: { code: 'review.not-pending', status: 'approved' },
    })
  })
})

describe('which approvals count', () => {
  test('approvals of an earlier version do not count after the clinic changed it', () => {
    const decisions = [approvedBy('ada', 2), approvedBy('bea', 3)]
    expect(currentApprovers(decisions, 2, at(4))).toEqual([])
    expect(wasApprovedBefore(decisions, 2, at(4))).toBe(true)
    // Re-submitted after one approval: the same reviewer may approve the new version.
    const decided = decideReview(
      aReview(offer({ cellBased: true }), [approvedBy('ada', 2)], { submittedAt: at(4) }),
      ada,
      approve({ seenDecisions: 1 }),
      today,
    )
    expect(decided.ok && decided.value.approvals).toBe(1)
  })

  test('a request for changes starts the count again', () => {
    const decisions: PastDecision[] = [
      approvedBy('ada', 2),
      { decision: 'request-changes', reviewerId: 'bea', decidedAt: at(3) },
    ]
    expect(currentApprovers(decisions, 2, null)).toEqual([])
    expect(wasApprovedBefore(decisions, 2, null)).toBe(false)
  })

  test('an offer is cell-based by its class, or by what the policy read in its words', () => {
    expect(isCellBasedOffer({ treatmentClass: 'cell-based-intervention', reasons: [] })).toBe(true)
    expect(
      isCellBasedOffer({
        treatmentClass: 'rehabilitation',
        reasons: [{ code: 'offer.cell-product-in-text' }],
      }),
    ).toBe(true)
    expect(isCellBasedOffer({ treatmentClass: 'rehabilitation', reasons: [{ code: 'claim.cure' }] })).toBe(
      false,
    )
  })
})

describe('evidence', () => {
  test.each([
    [null, '  ', null],
    [null, 'https://registry.example/123', 'https://registry.example/123'],
    ['registry-checked', '', 'registry-checked'],
    ['document-checked', 'certificate page 2', 'document-checked: certificate page 2'],
  ] as const)('method %s with “%s” is stored as %s and read back', (method, text, stored) => {
    expect(evidenceText(method, text)).toBe(stored)
    expect(readEvidence(stored)).toEqual({ method, text: stored === null ? '' : text.trim() })
  })

  test('a reviewer’s words that merely start like a method stay words', () => {
    expect(readEvidence('registry-checkedX')).toEqual({ method: null, text: 'registry-checkedX' })
  })
})
