import { describe, expect, test } from 'vitest'
import {
  decideRegistration,
  decideRoleChange,
  decideTeamAcceptance,
  decideTeamInvite,
  decideTeamRemoval,
} from './clinic-team.ts'

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code)

describe('a clinic team', () => {
  test('only its administrators invite, and never someone already in or already invited', () => {
    const fresh = { isMember: false, hasOpenInvitation: false }
    expect(code(decideTeamInvite('clinic-administrator', fresh))).toBe('ok')
    expect(code(decideTeamInvite('treating-doctor', fresh))).toBe('team.not-allowed')
    expect(code(decideTeamInvite('international-desk', fresh))).toBe('team.not-allowed')
    expect(code(decideTeamInvite(null, fresh))).toBe('team.not-allowed')
    expect(code(decideTeamInvite('clinic-administrator', { ...fresh, isMember: true }))).toBe(
      'team.already-member',
    )
    expect(code(decideTeamInvite('clinic-administrator', { ...fresh, hasOpenInvitation: true }))).toBe(
      'team.already-invited',
    )
  })

  test('keeps at least one administrator', () => {
    const admin = { role: 'clinic-administrator' as const }
    expect(code(decideTeamRemoval('clinic-administrator', admin, 1))).toBe('team.last-administrator')
    expect(code(decideTeamRemoval('clinic-administrator', admin, 2))).toBe('ok')
    expect(code(decideTeamRemoval('clinic-administrator', { role: 'treating-doctor' }, 1))).toBe('ok')
    expect(code(decideTeamRemoval('treating-doctor', { role: 'international-desk' }, 1))).toBe(
      'team.not-allowed',
    )
    expect(code(decideTeamRemoval('clinic-administrator', null, 3))).toBe('team.member-not-found')
  })

  test('an administrator changes a role, but never leaves the clinic without an administrator', () => {
    const admin = { role: 'clinic-administrator' as const }
    expect(code(decideRoleChange('clinic-administrator', admin, 'treating-doctor', 1))).toBe(
      'team.last-administrator',
    )
    expect(code(decideRoleChange('clinic-administrator', admin, 'treating-doctor', 2))).toBe('ok')
    expect(code(decideRoleChange('clinic-administrator', admin, 'clinic-administrator', 1))).toBe('ok')
    expect(
      code(
        decideRoleChange('clinic-administrator', { role: 'international-desk' }, 'clinic-administrator', 1),
      ),
    ).toBe('ok')
    expect(
      code(decideRoleChange('treating-doctor', { role: 'international-desk' }, 'treating-doctor', 1)),
    ).toBe('team.not-allowed')
    expect(code(decideRoleChange('clinic-administrator', null, 'treating-doctor', 2))).toBe(
      'team.member-not-found',
    )
  })

  test('an invitation is accepted only by the verified account of its address', () => {
    const invitation = { email: 'desk@clinic.example' }
    const account = {
      email: 'Desk@Clinic.example',
      emailVerified: true,
      role: 'patient' as const,
      onCases: false,
    }
    expect(decideTeamAcceptance(invitation, account)).toEqual({ ok: true, value: { becomesStaff: true } })
    expect(code(decideTeamAcceptance(invitation, { ...account, emailVerified: false }))).toBe(
      'team.wrong-account',
    )
    expect(code(decideTeamAcceptance(invitation, { ...account, email: 'other@clinic.example' }))).toBe(
      'team.wrong-account',
    )
    expect(decideTeamAcceptance(invitation, { ...account, role: 'clinic-staff' })).toEqual({
      ok: true,
      value: { becomesStaff: false },
    })
  })

  test('a family account, a coordinator or a reviewer never becomes clinic staff by a link', () => {
    const invitation = { email: 'a@b.example' }
    const base = { email: 'a@b.example', emailVerified: true, onCases: false }
    expect(code(decideTeamAcceptance(invitation, { ...base, role: 'patient', onCases: true }))).toBe(
      'team.account-in-use',
    )
    for (const role of ['caregiver', 'coordinator', 'reviewer', 'admin'] as const)
      expect(code(decideTeamAcceptance(invitation, { ...base, role }))).toBe('team.account-in-use')
  })

  test("an administrator records a treating doctor's registration: number and council, both required", () => {
    const doctor = { role: 'treating-doctor' as const }
    expect(
      decideRegistration('clinic-administrator', doctor, { number: ' KMC-1 ', council: ' Karnataka ' }),
    ).toEqual({
      ok: true,
      value: { number: 'KMC-1', council: 'Karnataka' },
    })
    expect(
      decideRegistration('clinic-administrator', doctor, { number: '', council: 'x'.repeat(81) }),
    ).toEqual({
      ok: false,
      error: [
        { code: 'team.registration-number-missing', field: 'registrationNumber' },
        { code: 'team.registration-too-long', field: 'registrationCouncil', max: 80 },
      ],
    })
    // Both left empty: each box says what it lacks, so the summary does not read the same line twice.
    expect(decideRegistration('clinic-administrator', doctor, { number: ' ', council: '' })).toEqual({
      ok: false,
      error: [
        { code: 'team.registration-number-missing', field: 'registrationNumber' },
        { code: 'team.registration-council-missing', field: 'registrationCouncil' },
      ],
    })
    // Printed on every plan the doctor signs: punctuation alone is no registration.
    expect(decideRegistration('clinic-administrator', doctor, { number: '!!!', council: 'x' })).toEqual({
      ok: false,
      error: [{ code: 'team.registration-unreadable', field: 'registrationNumber' }],
    })
    expect(decideRegistration('clinic-administrator', doctor, { number: 'كم-١٢', council: 'مجلس' }).ok).toBe(
      true,
    )
    expect(
      decideRegistration(
        'clinic-administrator',
        { role: 'international-desk' },
        { number: '1', council: 'c' },
      ),
    ).toEqual({ ok: false, error: [{ code: 'team.not-a-doctor' }] })
    expect(decideRegistration('treating-doctor', doctor, { number: '1', council: 'c' })).toEqual({
      ok: false,
      error: [{ code: 'team.not-allowed' }],
    })
    expect(decideRegistration('clinic-administrator', null, { number: '1', council: 'c' })).toEqual({
      ok: false,
      error: [{ code: 'team.member-not-found' }],
    })
  })
})
