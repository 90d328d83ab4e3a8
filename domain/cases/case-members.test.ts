import { expect, test } from 'vitest'
import { decideInvite, decideRevoke, mayBeRemovedBy, roleOfOpener } from './case-members.ts'

test('a caregiver cannot invite or revoke', () => {
  expect(decideInvite({ id: 'm1', role: 'caregiver' }, null)).toEqual({
    ok: false,
    error: { code: 'members.not-allowed' },
  })
  expect(decideRevoke({ id: 'm1', role: 'caregiver' }, 'm2')).toEqual({
    ok: false,
    error: { code: 'members.not-allowed' },
  })
})

test('someone already invited or helping is not invited twice', () => {
  expect(decideInvite({ id: 'm1', role: 'patient' }, { id: 'm2' })).toEqual({
    ok: false,
    error: { code: 'members.already-invited' },
  })
  expect(decideInvite({ id: 'm1', role: 'representative' }, null)).toEqual({ ok: true, value: null })
  // Their own address: said so, rather than "already invited".
  expect(decideInvite({ id: 'm1', role: 'patient' }, { id: 'm1' })).toEqual({
    ok: false,
    error: { code: 'members.own-address' },
  })
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

test('the people page offers to remove a caregiver, to someone who manages the case', () => {
  const patient = { id: 'm1', role: 'patient' as const }
  const helper = { id: 'm2', role: 'caregiver' as const }
  expect(mayBeRemovedBy(helper, patient)).toBe(true)
  expect(mayBeRemovedBy(patient, patient)).toBe(false)
  expect(mayBeRemovedBy(helper, { id: 'm3', role: 'caregiver' })).toBe(false)
  expect(mayBeRemovedBy({ id: 'm4', role: 'representative' }, patient)).toBe(false)
})
