import { expect, test } from 'vitest'
import { decideProcessingConsent } from './processing-consent.ts'

test('consent is given only with the box ticked', () => {
  expect(decideProcessingConsent({ withdraw: false, agreed: true })).toEqual({
    ok: true,
    value: { given: true },
  })
  expect(decideProcessingConsent({ withdraw: false, agreed: false })).toEqual({
    ok: false,
    error: { code: 'consent.not-given' },
  })
})

test('withdrawing needs nothing ticked', () => {
  expect(decideProcessingConsent({ withdraw: true, agreed: false })).toEqual({
    ok: true,
    value: { given: false },
  })
})
