import { expect, test } from 'vitest'
import {
  hasEvidenceToRead,
  needsEvidenceAcknowledgement,
  unconfirmedOffers,
} from './evidence-acknowledgement.ts'

test.each([
  ['listable', 'standard-care', false],
  ['listable-with-warnings', 'standard-care', true],
  ['listable', 'registered-trial', true],
])('an offer %s on the %s pathway needs its evidence read: %s', (verdict, pathway, expected) => {
  expect(needsEvidenceAcknowledgement({ verdict, pathway })).toBe(expected)
})

test('offers still to confirm keep their order', () => {
  const offers = [{ offerId: 'a' }, { offerId: 'b' }, { offerId: 'c' }]
  expect(unconfirmedOffers(offers, ['b'])).toEqual([{ offerId: 'a' }, { offerId: 'c' }])
})

test('evidence is left to read only while a warned or trial offer is unacknowledged', () => {
  expect(hasEvidenceToRead([{ verdict: 'listable', pathway: 'registered-trial', acknowledged: true }])).toBe(
    false,
  )
  expect(hasEvidenceToRead([{ verdict: 'listable-with-warnings', pathway: 'x', acknowledged: false }])).toBe(
    true,
  )
})
