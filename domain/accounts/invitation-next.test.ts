import { expect, test } from 'vitest'
import { invitationKindOf } from './invitation-next.ts'

test('an invitation link behind sign-in is known by its kind; any other page is not', () => {
  expect(invitationKindOf('/clinic-invitations/abc123')).toBe('team')
  expect(invitationKindOf('/invitations/abc123')).toBe('case')
  expect(invitationKindOf('/clinic-invitations/')).toBeNull()
  expect(invitationKindOf('/clinic-invitations/abc/extra')).toBeNull()
  expect(invitationKindOf('/patient/cases')).toBeNull()
  expect(invitationKindOf('')).toBeNull()
})
