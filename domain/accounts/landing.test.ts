import { describe, expect, test } from 'vitest'
import { landingAfterSignIn } from './landing.ts'

describe('where a person lands after signing in', () => {
  test('a family with one open case goes back to it', () => {
    expect(landingAfterSignIn('patient', [{ id: 'c1', stage: 'inquiry' }])).toBe('/patient/cases/c1')
    expect(
      landingAfterSignIn('caregiver', [
        { id: 'c1', stage: 'closed' },
        { id: 'c2', stage: 'records-submitted' },
      ]),
    ).toBe('/patient/cases/c2')
  })
  test('a family with no case, or several, sees its dashboard', () => {
    expect(landingAfterSignIn('patient', [])).toBe('/patient')
    expect(
      landingAfterSignIn('patient', [
        { id: 'c1', stage: 'inquiry' },
        { id: 'c2', stage: 'records-submitted' },
      ]),
    ).toBe('/patient')
  })
  test('staff land in their own area', () => {
    expect(landingAfterSignIn('coordinator', [])).toBe('/coordinator')
    expect(landingAfterSignIn('clinic-staff', [])).toBe('/clinic')
  })
})
