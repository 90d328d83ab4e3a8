import { describe, expect, test } from 'vitest'
import {
  holdsSessions,
  mayAnswerRevision,
  mayRevisePlan,
  mayWithdrawRevision,
  parseSignature,
  revisionKind,
  revisionState,
  type RevisionFacts,
} from './plan-revision.ts'

describe('a changed plan after arrival', () => {
  test('the same currency and total is a confirmed plan; any other price needs the family again', () => {
    const accepted = { currency: 'INR', overallMinor: 16_200_000 }
    expect(revisionKind(accepted, { currency: 'INR', overallMinor: 16_200_000 })).toBe('confirmed')
    expect(revisionKind(accepted, { currency: 'INR', overallMinor: 19_440_000 })).toBe('price-changed')
    expect(revisionKind(accepted, { currency: 'INR', overallMinor: 10_000_000 })).toBe('price-changed')
    expect(revisionKind(accepted, { currency: 'EUR', overallMinor: 16_200_000 })).toBe('price-changed')
  })

  const facts = (o: Partial<RevisionFacts> = {}): RevisionFacts => ({
    referralAccepted: true,
    assessed: true,
    discharged: false,
    pendingRevision: false,
    ...o,
  })

  test('follows the assessment, on an accepted plan, before discharge, one at a time', () => {
    expect(mayRevisePlan(facts())).toEqual({ ok: true, value: true })
    expect(mayRevisePlan(facts({ referralAccepted: false }))).toMatchObject({
      error: { code: 'treatment.not-accepted' },
    })
    expect(mayRevisePlan(facts({ assessed: false }))).toMatchObject({
      error: { code: 'treatment.assessment-missing' },
    })
    expect(mayRevisePlan(facts({ discharged: true }))).toMatchObject({
      error: { code: 'treatment.discharged' },
    })
    expect(mayRevisePlan(facts({ pendingRevision: true }))).toMatchObject({
      error: { code: 'revision.pending' },
    })
  })

  test('a signature is a typed name and a ticked box', () => {
    expect(parseSignature({ signature: '  Karim   Haddad ', confirm: 'yes' })).toEqual({
      ok: true,
      value: 'Karim Haddad',
    })
    expect(parseSignature({ signature: ' ', confirm: undefined })).toEqual({
      ok: false,
      error: [
        { code: 'revision.signature-missing', field: 'signature' },
        { code: 'revision.confirm-missing', field: 'confirm' },
      ],
    })
    // An initial or a mark is not a name; two letters in any script are.
    for (const mark of ['K', 'K.', '✓', '1234', 'K 1'])
      expect(parseSignature({ signature: mark, confirm: 'yes' })).toEqual({
        ok: false,
        error: [{ code: 'revision.signature-too-short', field: 'signature' }],
      })
    for (const name of ['Li', 'سلمى', 'Zoë'])
      expect(parseSignature({ signature: name, confirm: 'yes' })).toEqual({ ok: true, value: name })
    expect(parseSignature({ signature: 'x'.repeat(201), confirm: 'yes' })).toEqual({
      ok: false,
      error: [{ code: 'revision.signature-too-long', field: 'signature', max: 200 }],
    })
  })
})

describe("the family's answer to a changed price", () => {
  const at = new Date('2026-12-10T09:00:00Z')
  const row = (
    o: Partial<Record<'acceptedAt' | 'supersededAt' | 'declinedAt' | 'withdrawnAt', Date>> = {},
  ) => ({
    acceptedAt: null,
    supersededAt: null,
    declinedAt: null,
    withdrawnAt: null,
    ...o,
  })

  test('a change waits until it is accepted or declined; an accepted one may later be replaced', () => {
    expect(revisionState(row())).toBe('pending')
    expect(revisionState(row({ acceptedAt: at }))).toBe('accepted')
    expect(revisionState(row({ declinedAt: at }))).toBe('declined')
    expect(revisionState(row({ acceptedAt: at, supersededAt: at }))).toBe('superseded')
    expect(revisionState(row({ withdrawnAt: at }))).toBe('withdrawn')
  })

  test('only a waiting change holds sessions back: once declined, the agreed plan is in force again', () => {
    expect(holdsSessions('pending')).toBe(true)
    expect(holdsSessions('declined')).toBe(false)
    expect(holdsSessions('withdrawn')).toBe(false)
    expect(holdsSessions('accepted')).toBe(false)
  })

  test('the family answers a waiting change once; a second answer says where it stands', () => {
    expect(mayAnswerRevision('family', 'pending')).toEqual({ ok: true, value: true })
    // A caregiver helping the family does not commit the patient to a new price (ADR 0089).
    expect(mayAnswerRevision('caregiver', 'pending')).toEqual({
      ok: false,
      error: { code: 'revision.patient-side-only', field: 'form' },
    })
    expect(mayAnswerRevision('family', 'declined')).toEqual({
      ok: false,
      error: { code: 'revision.already-declined', field: 'form' },
    })
    expect(mayAnswerRevision('family', 'accepted')).toEqual({
      ok: false,
      error: { code: 'revision.already-accepted', field: 'form' },
    })
    expect(mayAnswerRevision('family', 'superseded')).toMatchObject({
      error: { code: 'revision.already-accepted' },
    })
    expect(mayAnswerRevision('family', null)).toEqual({ ok: false, error: { code: 'revision.not-found' } })
    // A page left open after the clinic took the change back.
    expect(mayAnswerRevision('family', 'withdrawn')).toEqual({
      ok: false,
      error: { code: 'revision.withdrawn', field: 'form' },
    })
  })

  test('nobody answers a price for the family', () => {
    expect(mayAnswerRevision('coordinator', 'pending')).toMatchObject({
      error: { code: 'revision.family-only' },
    })
    expect(mayAnswerRevision('clinic', 'pending')).toMatchObject({ error: { code: 'revision.family-only' } })
  })
})

describe('the clinic takes back a changed plan', () => {
  test('only while it waits for the family; afterwards it says where the change stands', () => {
    expect(mayWithdrawRevision('clinic', 'pending', 'treating-doctor')).toEqual({ ok: true, value: true })
    expect(mayWithdrawRevision('clinic', 'accepted', 'treating-doctor')).toEqual({
      ok: false,
      error: { code: 'revision.already-accepted', field: 'form' },
    })
    expect(mayWithdrawRevision('clinic', 'superseded', 'treating-doctor')).toMatchObject({
      error: { code: 'revision.already-accepted' },
    })
    expect(mayWithdrawRevision('clinic', 'declined', 'treating-doctor')).toEqual({
      ok: false,
      error: { code: 'revision.already-declined', field: 'form' },
    })
    // A double submit.
    expect(mayWithdrawRevision('clinic', 'withdrawn', 'treating-doctor')).toEqual({
      ok: false,
      error: { code: 'revision.already-withdrawn', field: 'form' },
    })
    expect(mayWithdrawRevision('clinic', null, 'treating-doctor')).toEqual({
      ok: false,
      error: { code: 'revision.not-found' },
    })
  })

  test('who may sign a plan may take a change back: the treating doctor, not the desk or the administrator', () => {
    for (const role of ['international-desk', 'clinic-administrator'] as const)
      expect(mayWithdrawRevision('clinic', 'pending', role)).toEqual({
        ok: false,
        error: { code: 'revision.doctor-only', field: 'form' },
      })
  })

  test('only the clinic that sent it: neither the family nor a coordinator withdraws it for them', () => {
    expect(mayWithdrawRevision('family', 'pending', null)).toMatchObject({
      error: { code: 'revision.clinic-only' },
    })
    expect(mayWithdrawRevision('coordinator', 'pending', null)).toMatchObject({
      error: { code: 'revision.clinic-only' },
    })
  })
})
