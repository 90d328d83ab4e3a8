import { expect, test } from 'vitest'
import { roles } from './roles.ts'
import { decideErasure } from './erasure.ts'

test.each(roles)('a %s account erases itself only if it is not staff, and only once confirmed', (role) => {
  const staff = role !== 'patient' && role !== 'caregiver'
  expect(decideErasure(role, true)).toEqual(
    staff ? { ok: false, error: { code: 'erase.staff' } } : { ok: true, value: null },
  )
  expect(decideErasure(role, false).ok).toBe(false)
})
