import { describe, expect, test } from 'vitest'
import type { Role } from '../accounts/roles.ts'
import type { MemberRole } from '../cases/case-members.ts'
import {
  COMMENT_MAX_CHARS,
  commentPredatesPlans,
  decideAsk,
  decideComment,
  decideFamilyAnswer,
  decideWithdraw,
  doctorMayRead,
  secondOpinionStatuses,
  type SecondOpinionState,
  type SecondOpinionStatus,
} from './second-opinion.ts'

const doctor = { role: 'second-opinion-doctor' as Role, worksForCaseClinic: false }
const at = (status: SecondOpinionStatus, version = 1): SecondOpinionState => ({ status, version })
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code)

describe('asking for a second opinion', () => {
  const ask = (overrides: Partial<Parameters<typeof decideAsk>[0]> = {}) =>
    decideAsk({ asker: 'coordinator', stage: 'records-submitted', doctor, open: null, ...overrides })

  test('a coordinator asks a reviewing doctor about a sent case: the family is asked next', () => {
    expect(ask()).toEqual({ ok: true, value: { status: 'awaiting-family' } })
  })

  test.each<[string, Partial<Parameters<typeof decideAsk>[0]>, string]>([
    ['a clinic member cannot ask', { asker: 'clinic-staff' }, 'second-opinion.not-allowed'],
    ['a patient cannot ask', { asker: 'patient' }, 'second-opinion.not-allowed'],
    ['not before the case is sent', { stage: 'inquiry' }, 'second-opinion.case-not-open'],
    ['not once the case is closed', { stage: 'withdrawn' }, 'second-opinion.case-not-open'],
    ['not once treatment has begun', { stage: 'in-treatment' }, 'second-opinion.treatment-begun'],
    ['not in follow-up', { stage: 'follow-up' }, 'second-opinion.treatment-begun'],
    [
      'still after a plan is accepted, before travel',
      { stage: 'travel-booked', open: at('agreed') },
      'second-opinion.already-open',
    ],
    ['nobody is not a doctor', { doctor: null }, 'second-opinion.not-a-reviewing-doctor'],
    [
      'clinic staff are not reviewing doctors',
      { doctor: { role: 'clinic-staff', worksForCaseClinic: false } },
      'second-opinion.not-a-reviewing-doctor',
    ],
    [
      'a doctor of a clinic the case is referred to is not independent',
      { doctor: { ...doctor, worksForCaseClinic: true } },
      'second-opinion.not-independent',
    ],
    ['one open request at a time', { open: at('agreed') }, 'second-opinion.already-open'],
  ])('%s', (_, overrides, expected) => {
    expect(code(ask(overrides))).toBe(expected)
  })
})

describe('the family agrees or declines', () => {
  test.each<[MemberRole, 'agree' | 'decline', string]>([
    ['patient', 'agree', 'ok'],
    ['representative', 'decline', 'ok'],
    ['caregiver', 'agree', 'second-opinion.not-allowed'],
  ])('a %s who answers %s: %s', (role, answer, expected) => {
    expect(code(decideFamilyAnswer(at('awaiting-family'), { role }, answer, 1))).toBe(expected)
  })

  test('agreeing and declining lead to their statuses', () => {
    expect(decideFamilyAnswer(at('awaiting-family'), { role: 'patient' }, 'agree', 1)).toEqual({
      ok: true,
      value: { status: 'agreed' },
    })
    expect(decideFamilyAnswer(at('awaiting-family'), { role: 'patient' }, 'decline', 1)).toEqual({
      ok: true,
      value: { status: 'declined' },
    })
  })

  test('a page seen before a change is stale; an answered request cannot be answered again', () => {
    expect(code(decideFamilyAnswer(at('awaiting-family', 2), { role: 'patient' }, 'agree', 1))).toBe(
      'second-opinion.stale',
    )
    expect(code(decideFamilyAnswer(at('withdrawn'), { role: 'patient' }, 'agree', 1))).toBe(
      'second-opinion.not-open',
    )
    expect(code(decideFamilyAnswer(null, { role: 'patient' }, 'agree', 1))).toBe('second-opinion.not-open')
  })
})

describe('the doctor comments', () => {
  test('only once the family agreed, once', () => {
    expect(decideComment(at('agreed'), doctor, '  The plan is sound.  ', 1)).toEqual({
      ok: true,
      value: { status: 'answered', comment: 'The plan is sound.' },
    })
    for (const status of ['awaiting-family', 'declined', 'answered', 'withdrawn'] as const)
      expect(code(decideComment(at(status), doctor, 'x', 1)), status).toBe('second-opinion.not-open')
  })

  test('a double submit is stale', () => {
    expect(code(decideComment(at('agreed', 2), doctor, 'x', 1))).toBe('second-opinion.stale')
  })

  test('an empty or overlong comment is refused', () => {
    expect(code(decideComment(at('agreed'), doctor, '   ', 1))).toBe('second-opinion.comment-empty')
    expect(code(decideComment(at('agreed'), doctor, 'x'.repeat(COMMENT_MAX_CHARS + 1), 1))).toBe(
      'second-opinion.comment-too-long',
    )
  })

  test('a doctor who has joined a clinic on the case may no longer comment', () => {
    expect(code(decideComment(at('agreed'), { ...doctor, worksForCaseClinic: true }, 'x', 1))).toBe(
      'second-opinion.not-independent',
    )
  })
})

describe('withdrawing', () => {
  test.each<[SecondOpinionStatus, string]>([
    ['awaiting-family', 'ok'],
    ['agreed', 'ok'],
    ['declined', 'second-opinion.not-open'],
    ['answered', 'second-opinion.not-open'],
    ['withdrawn', 'second-opinion.not-open'],
  ])('a request %s: %s', (status, expected) => {
    expect(code(decideWithdraw(at(status), 1))).toBe(expected)
  })

  test('a stale page cannot withdraw', () => {
    expect(code(decideWithdraw(at('agreed', 3), 2))).toBe('second-opinion.stale')
  })
})

test('the doctor reads the case only while the family agreement stands', () => {
  expect(secondOpinionStatuses.filter(doctorMayRead)).toEqual(['agreed', 'answered'])
})

test('a comment written before a plan was sent is about an earlier plan', () => {
  const answered = new Date('2027-02-03T10:00:00Z')
  expect(commentPredatesPlans(answered, [new Date('2027-02-01T10:00:00Z')])).toBe(false)
  expect(
    commentPredatesPlans(answered, [new Date('2027-02-01T10:00:00Z'), new Date('2027-02-04T09:00:00Z')]),
  ).toBe(true)
  expect(commentPredatesPlans(null, [new Date('2027-02-04T09:00:00Z')])).toBe(false)
})
