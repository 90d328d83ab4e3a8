import { describe, expect, test } from 'vitest'
import {
  checkReview,
  decideMayReview,
  decidePublish,
  decideReply,
  decideTakeDown,
  treatmentMonth,
} from './review.ts'

const facts = { memberRole: 'patient' as const, accepted: true, sessionsWithProvider: 1, reviewed: false }
const context = { staffNames: ['Dr Anil Rao'], year: 2027, offerIds: ['offer-1'] }
const text = 'The team explained every step and the room had power for the ventilator.'

describe('who may review a provider', () => {
  test('the patient or their representative, once the provider treated them', () => {
    expect(decideMayReview(facts)).toEqual({ ok: true, value: null })
    expect(decideMayReview({ ...facts, memberRole: 'representative' }).ok).toBe(true)
  })
  test.each([
    ['a caregiver', { memberRole: 'caregiver' as const }, 'reviews.no-authority'],
    ['no accepted plan', { accepted: false }, 'reviews.not-treated'],
    ['no session yet', { sessionsWithProvider: 0 }, 'reviews.not-treated'],
    ['a second review', { reviewed: true }, 'reviews.already-written'],
  ])('%s is refused', (_what, change, code) => {
    expect(decideMayReview({ ...facts, ...change })).toMatchObject({ ok: false, error: { code } })
  })
})

describe('what a review says', () => {
  test('is kept whole, with what the check found', () => {
    const checked = checkReview(
      { rating: '4', text: `${text} Dr Rao was patient.`, displayName: ' Sunil ', offer: '' },
      context,
    )
    expect(checked).toEqual({
      ok: true,
      value: {
        rating: 4,
        text: `${text} Dr Rao was patient.`,
        displayName: 'Sunil',
        offerId: null,
        flags: ['staff-name'],
      },
    })
  })
  test('a rating is optional', () => {
    expect(checkReview({ rating: '', text, displayName: '', offer: 'offer-1' }, context)).toMatchObject({
      ok: true,
      value: { rating: null, displayName: null, offerId: 'offer-1', flags: [] },
    })
  })
  test('every problem is refused on its field', () => {
    const checked = checkReview(
      { rating: '6', text: 'Too short', displayName: 'me@example.com', offer: 'x' },
      context,
    )
    expect(checked).toEqual({
      ok: false,
      error: [
        { code: 'reviews.rating-invalid', field: 'rating' },
        { code: 'reviews.text-too-short', field: 'text', min: 30 },
        { code: 'reviews.display-name-personal', field: 'displayName' },
        { code: 'reviews.offer-unknown', field: 'offer' },
      ],
    })
  })
})

describe('moderation and the reply', () => {
  test('only a waiting review is published; rejecting and unpublishing need a reason', () => {
    expect(decidePublish({ status: 'awaiting' })).toEqual({ ok: true, value: 'published' })
    expect(decidePublish({ status: 'published' })).toMatchObject({ ok: false })
    expect(decideTakeDown({ status: 'awaiting' }, 'personal-data')).toEqual({
      ok: true,
      value: { status: 'rejected', reason: 'personal-data' },
    })
    expect(decideTakeDown({ status: 'published' }, 'abusive')).toMatchObject({
      ok: true,
      value: { status: 'unpublished' },
    })
    expect(decideTakeDown({ status: 'published' }, '')).toMatchObject({
      error: { code: 'reviews.reason-missing' },
    })
    expect(decideTakeDown({ status: 'rejected' }, 'abusive')).toMatchObject({
      error: { code: 'reviews.not-awaiting' },
    })
  })
  test('the desk replies once to a published review; a doctor does not speak for the clinic', () => {
    const published = { status: 'published' as const, replied: false }
    expect(decideReply(published, 'international-desk', ' Thank you. ', context)).toEqual({
      ok: true,
      value: 'Thank you.',
    })
    expect(decideReply(published, 'treating-doctor', 'Thank you.', context)).toMatchObject({
      error: { code: 'reviews.reply-not-allowed' },
    })
    expect(
      decideReply({ ...published, replied: true }, 'clinic-administrator', 'Thanks', context),
    ).toMatchObject({
      error: { code: 'reviews.already-replied' },
    })
    expect(
      decideReply(published, 'clinic-administrator', 'Call us on +91 98765 43210', context),
    ).toMatchObject({
      error: { code: 'reviews.reply-personal-data', field: 'reply' },
    })
  })
  test('the month of treatment is the first session’s', () => {
    expect(treatmentMonth('2026-12-11')).toBe('2026-12')
  })
})
