import { expect, test } from 'vitest'
import { decideOfferChoice } from './offer-choice.ts'

const publicIds = new Set(['a', 'b', 'c', 'd', 'e', 'f'])

test('more than five offers are refused', () => {
  expect(
    decideOfferChoice({ offerIds: ['a', 'b', 'c', 'd', 'e', 'f'], helpMeChoose: false }, publicIds),
  ).toEqual({
    ok: false,
    error: { code: 'offers.too-many', max: 5 },
  })
})

test('nothing chosen and no help asked is refused', () => {
  expect(decideOfferChoice({ offerIds: [], helpMeChoose: false }, publicIds)).toEqual({
    ok: false,
    error: { code: 'offers.none' },
  })
})

test('offers that are not public are dropped, whatever the form says', () => {
  expect(decideOfferChoice({ offerIds: ['a', 'blocked', 'a'], helpMeChoose: false }, publicIds)).toEqual({
    ok: true,
    value: { keep: ['a'], helpMeChoose: false },
  })
  expect(decideOfferChoice({ offerIds: ['blocked'], helpMeChoose: false }, publicIds).ok).toBe(false)
})

test('asking for help is enough on its own', () => {
  expect(decideOfferChoice({ offerIds: [], helpMeChoose: true }, publicIds)).toEqual({
    ok: true,
    value: { keep: [], helpMeChoose: true },
  })
})
