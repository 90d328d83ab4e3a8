import { expect, test } from 'vitest'
import { confirmEnding } from './confirm-ending.ts'

test('ending a referral needs its own box ticked; the refusal names that box', () => {
  expect(confirmEnding('decline', true)).toEqual({ ok: true, value: null })
  expect(confirmEnding('decline', false)).toEqual({
    ok: false,
    error: { code: 'referral.end-not-confirmed', field: 'confirm-decline' },
  })
  expect(confirmEnding('declare-not-eligible', false)).toMatchObject({
    error: { field: 'confirm-declare-not-eligible' },
  })
})
