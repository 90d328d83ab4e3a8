import { expect, test } from 'vitest'
import { decideInvite, decideRevoke, roleOfOpener } from './case-members.ts'

test('a caregiver cannot invite or revoke', () => {
  expect(decideInvite('caregiver', false)).toEqual({ ok: false, error: { code: 'members.not-allowed' } })
  expect(decideRevoke({ id: 'm1', role: 'caregiver' }, 'm2')).toEqual({
    ok: false,
    error: { code: 'members.not-allowed' },
  })
})

test('someone already invited or helping is not invited twice', () => {
  expect(decideInvite('patient', true)).toEqual({ ok: false, error: { code: 'members.already-invited' } })
  expect(decideInvite('representative', false)).toEqual({ ok: true, value: null })
})

test('nobody revokes themselves', () => {
  expect(decideRevoke({ id: 'm1', role: 'patient' }, 'm1')).toEqual({
    ok: false,
    error: { code: 'members.not-found' },
  })
})

test.each([
  ['patient', 'someone-else', 'representative'],
  ['representative', 'self', 'patient'],
  ['caregiver', 'someone-else', 'caregiver'],
] as const)('a %s answering "%s" becomes %s', (role, whoFor, expected) => {
  expect(roleOfOpener(role, whoFor)).toBe(expected)
})
