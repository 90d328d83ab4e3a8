import { describe, expect, test } from 'vitest'
import { decideAttempt } from '../accounts/attempt-limits.ts'
import { asUserId } from '../shared/ids.ts'
import {
  checkListingReport,
  decideCloseReport,
  decideTakeReport,
  isSafeEvidenceUrl,
  MAX_DETAILS,
  MAX_NOTE,
  MIN_DETAILS,
  reportReasons,
  reportReference,
  type ReportInput,
} from './listing-report.ts'

const details = 'The page promises that the injections reverse ALS in three weeks.'
const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  reason: 'misleading-claims',
  details,
  evidenceUrl: '',
  email: '',
  offer: '',
  ...over,
})
const anonymous = { accountEmail: null, offerIds: ['offer-a', 'offer-b'] }
const codes = (r: ReturnType<typeof checkListingReport>) => (r.ok ? [] : r.error.map((e) => e.code))

describe('a report from the public', () => {
  test.each(reportReasons)('the reason %s is accepted', (reason) => {
    expect(checkListingReport(input({ reason }), anonymous).ok).toBe(true)
  })

  test('a report without a reason, or with a made-up one, is refused on the reason', () => {
    expect(checkListingReport(input({ reason: '' }), anonymous)).toEqual({
      ok: false,
      error: [{ code: 'report.reason-missing', field: 'reason' }],
    })
    expect(codes(checkListingReport(input({ reason: 'spam' }), anonymous))).toEqual(['report.reason-missing'])
  })

  test('details must say enough to act on, and not more than a reviewer can read', () => {
    expect(codes(checkListingReport(input({ details: 'bad' }), anonymous))).toEqual([
      'report.details-too-short',
    ])
    expect(codes(checkListingReport(input({ details: '   ' }), anonymous))).toEqual([
      'report.details-too-short',
    ])
    expect(codes(checkListingReport(input({ details: 'x'.repeat(MAX_DETAILS + 1) }), anonymous))).toEqual([
      'report.details-too-long',
    ])
    expect(checkListingReport(input({ details: 'x'.repeat(MAX_DETAILS) }), anonymous).ok).toBe(true)
  })

  test('Arabic details are counted by the letters a person typed, not by bytes', () => {
    const arabic = 'ع'.repeat(MIN_DETAILS)
    expect(checkListingReport(input({ details: arabic }), anonymous).ok).toBe(true)
    expect(codes(checkListingReport(input({ details: 'ع'.repeat(MIN_DETAILS - 1) }), anonymous))).toEqual([
      'report.details-too-short',
    ])
  })

  test.each([
    'javascript:alert(1)',
    'data:text/html,<b>hi</b>',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'example.com/page',
    'https://user:secret@example.com/',
    'https://exa mple.com/',
  ])('the evidence address %s is refused', (evidenceUrl) => {
    expect(codes(checkListingReport(input({ evidenceUrl }), anonymous))).toEqual(['report.evidence-invalid'])
  })

  test('an http(s) evidence address is kept; none at all is fine', () => {
    const given = checkListingReport(input({ evidenceUrl: ' https://example.com/ad?id=4 ' }), anonymous)
    expect(given.ok && given.value.evidenceUrl).toBe('https://example.com/ad?id=4')
    const none = checkListingReport(input(), anonymous)
    expect(none.ok && none.value.evidenceUrl).toBeNull()
    expect(isSafeEvidenceUrl('http://example.org')).toBe(true)
  })

  test('a very long evidence address is refused as too long', () => {
    expect(
      codes(checkListingReport(input({ evidenceUrl: `https://example.com/${'a'.repeat(2000)}` }), anonymous)),
    ).toEqual(['report.evidence-too-long'])
  })

  test('an email is optional; when given it must look like one, and is kept in lower case', () => {
    const none = checkListingReport(input(), anonymous)
    expect(none.ok && none.value.email).toBeNull()
    const given = checkListingReport(input({ email: ' Someone@Example.COM ' }), anonymous)
    expect(given.ok && given.value.email).toBe('someone@example.com')
    expect(codes(checkListingReport(input({ email: 'not an address' }), anonymous))).toEqual([
      'report.email-invalid',
    ])
  })

  test('a signed-in reporter is answered at their account address, whatever the form says', () => {
    const r = checkListingReport(input({ email: 'someone-else@example.com' }), {
      ...anonymous,
      accountEmail: 'Me@Example.com',
    })
    expect(r.ok && r.value.email).toBe('me@example.com')
  })

  test('the offer named must be one of this listing’s public offers; none means the whole listing', () => {
    const one = checkListingReport(input({ offer: 'offer-b' }), anonymous)
    expect(one.ok && one.value.offerId).toBe('offer-b')
    expect(codes(checkListingReport(input({ offer: 'someone-elses-offer' }), anonymous))).toEqual([
      'report.offer-unknown',
    ])
  })

  test('every problem is named at once, each on its field', () => {
    const r = checkListingReport(
      { reason: '', details: '', evidenceUrl: 'nope', email: 'nope', offer: '' },
      anonymous,
    )
    expect(r.ok ? [] : r.error.map((e) => ('field' in e ? e.field : null))).toEqual([
      'reason',
      'details',
      'evidenceUrl',
      'email',
    ])
  })
})

describe('a report’s life', () => {
  const reviewer = asUserId('reviewer-1')
  const other = asUserId('reviewer-2')

  test('a received report is taken by a reviewer and is then under review by them', () => {
    expect(decideTakeReport({ status: 'received', reviewerId: null }, reviewer)).toEqual({
      ok: true,
      value: { status: 'under-review', reviewerId: reviewer },
    })
  })

  test('another reviewer may take over a report under review', () => {
    const r = decideTakeReport({ status: 'under-review', reviewerId: reviewer }, other)
    expect(r.ok && r.value.reviewerId).toBe(other)
  })

  test('a missing report is not found; a closed one cannot be taken or closed again', () => {
    expect(decideTakeReport(null, reviewer)).toEqual({ ok: false, error: { code: 'report.not-found' } })
    const closed = { status: 'closed', reviewerId: reviewer } as const
    expect(decideTakeReport(closed, reviewer)).toEqual({
      ok: false,
      error: { code: 'report.already-closed' },
    })
    expect(decideCloseReport(closed, reviewer, { outcome: 'no-change-needed', note: '' })).toEqual({
      ok: false,
      error: [{ code: 'report.already-closed' }],
    })
  })

  test.each(['received', 'under-review'] as const)(
    'a %s report closes with an outcome and a note',
    (status) => {
      expect(
        decideCloseReport({ status, reviewerId: null }, reviewer, {
          outcome: 'listing-changed',
          note: ' Asked the clinic to remove the claim. ',
        }),
      ).toEqual({
        ok: true,
        value: {
          status: 'closed',
          reviewerId: reviewer,
          outcome: 'listing-changed',
          note: 'Asked the clinic to remove the claim.',
          action: null,
        },
      })
    },
  )

  test('"offer suspended" suspends the offer the report names', () => {
    const open = { status: 'under-review', reviewerId: reviewer, offerId: 'offer-9' } as const
    const r = decideCloseReport(open, reviewer, { outcome: 'offer-suspended', note: '' })
    expect(r.ok && r.value.action).toEqual({ kind: 'suspend-offer', offerId: 'offer-9' })
  })

  test('"offer suspended" is refused on the outcome when the report names no offer', () => {
    const open = { status: 'under-review', reviewerId: reviewer, offerId: null } as const
    const r = decideCloseReport(open, reviewer, { outcome: 'offer-suspended', note: '' })
    expect(r).toEqual({ ok: false, error: [{ code: 'report.no-offer-named', field: 'outcome' }] })
  })

  test('"clinic suspended" suspends the clinic, with or without an offer named', () => {
    for (const offerId of [null, 'offer-9']) {
      const open = { status: 'received', reviewerId: null, offerId } as const
      const r = decideCloseReport(open, reviewer, { outcome: 'clinic-suspended', note: '' })
      expect(r.ok && r.value.action).toEqual({ kind: 'suspend-clinic' })
    }
  })

  test.each(['listing-changed', 'no-change-needed', 'listing-removed'])(
    '"%s" records what was done and changes nothing itself',
    (outcome) => {
      const open = { status: 'under-review', reviewerId: reviewer, offerId: 'offer-9' } as const
      const r = decideCloseReport(open, reviewer, { outcome, note: '' })
      expect(r.ok && r.value.action).toBeNull()
    },
  )

  test('closing needs a known outcome, and a note of reasonable length', () => {
    const open = { status: 'under-review', reviewerId: reviewer } as const
    const r = decideCloseReport(open, reviewer, { outcome: 'ignored', note: 'x'.repeat(MAX_NOTE + 1) })
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(['report.outcome-missing', 'report.note-too-long'])
    const empty = decideCloseReport(open, reviewer, { outcome: 'listing-removed', note: '  ' })
    expect(empty.ok && empty.value.note).toBeNull()
  })
})

test('a reference is short, upper case and made from the id alone', () => {
  expect(reportReference('3f9a2c1b-0000-4000-8000-000000000000')).toBe('R-3F9A2C1B')
})

describe('how many reports one person may send (the attempt limits, ADR 0033)', () => {
  const now = new Date('2026-12-04T10:00:00Z')
  const times = (n: number) => Array.from({ length: n }, (_, i) => new Date(now.getTime() - (i + 1) * 60_000))

  test('three reports answered at one email address in a quarter of an hour, then a wait', () => {
    expect(decideAttempt('listing-report', { account: times(2) }, now)).toEqual({ allowed: true })
    expect(decideAttempt('listing-report', { account: times(3) }, now)).toMatchObject({
      allowed: false,
      scope: 'account',
    })
  })

  test('five reports from one network address, whatever the emails', () => {
    expect(decideAttempt('listing-report', { address: times(4) }, now)).toEqual({ allowed: true })
    expect(decideAttempt('listing-report', { address: times(5) }, now)).toMatchObject({
      allowed: false,
      scope: 'address',
    })
  })
})
