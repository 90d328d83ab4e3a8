import { expect, test } from 'vitest'
import { decideWithdrawal } from './withdrawal.ts'

test.each(['pending', 'rejected', 'changes-requested'] as const)('a %s item can be withdrawn', (status) => {
  expect(decideWithdrawal(status)).toEqual({ ok: true, value: { wasApproved: false } })
})

test('withdrawing an approved item says it was public, so every instance purges', () => {
  expect(decideWithdrawal('approved')).toEqual({ ok: true, value: { wasApproved: true } })
})

test('an item is withdrawn once', () => {
  expect(decideWithdrawal('withdrawn')).toEqual({
    ok: false,
    error: { code: 'withdrawal.already-withdrawn' },
  })
})
