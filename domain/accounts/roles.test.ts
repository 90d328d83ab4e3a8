import { describe, expect, test } from 'vitest'
import { decideAreaAccess, homeAreaOf, mayEnter, roles, staffRoles, type Area, type Role } from './roles.ts'

const areas: Area[] = ['patient', 'coordinator', 'clinic', 'reviewer', 'second-opinions', 'admin']
const viewer = (
  role: Role,
  overrides: Partial<{ emailVerified: boolean; twoFactorEnabled: boolean }> = {},
) => ({
  role,
  emailVerified: true,
  twoFactorEnabled: true,
  ...overrides,
})

describe('who may enter which area', () => {
  const expected: Record<Role, Area[]> = {
    patient: ['patient'],
    caregiver: ['patient'],
    coordinator: ['coordinator'],
    'clinic-staff': ['clinic'],
    reviewer: ['reviewer'],
    'second-opinion-doctor': ['second-opinions'],
    admin: ['coordinator', 'clinic', 'reviewer', 'second-opinions', 'admin'],
  }
  test.each(roles)('%s', (role) => {
    expect(areas.filter((a) => mayEnter(role, a))).toEqual(expected[role])
  })
})

describe('area access decisions', () => {
  test('nobody signed in is sent to sign in', () => {
    expect(decideAreaAccess(null, 'patient')).toEqual({ kind: 'sign-in' })
  })

  test.each(staffRoles)('a %s without TOTP must enrol before any staff page', (role) => {
    const area = homeAreaOf(role)
    expect(decideAreaAccess(viewer(role, { twoFactorEnabled: false }), area)).toEqual({
      kind: 'enrol-two-factor',
    })
    expect(decideAreaAccess(viewer(role), area)).toEqual({ kind: 'allow' })
  })

  test('patients do not need TOTP', () => {
    expect(decideAreaAccess(viewer('patient', { twoFactorEnabled: false }), 'patient')).toEqual({
      kind: 'allow',
    })
  })

  test("another role's area is not found rather than forbidden", () => {
    expect(decideAreaAccess(viewer('patient'), 'coordinator')).toEqual({ kind: 'not-found' })
    expect(decideAreaAccess(viewer('coordinator'), 'patient')).toEqual({ kind: 'not-found' })
  })

  test('an unconfirmed email cannot reach an area', () => {
    expect(decideAreaAccess(viewer('patient', { emailVerified: false }), 'patient')).toEqual({
      kind: 'verify-email',
    })
  })
})
