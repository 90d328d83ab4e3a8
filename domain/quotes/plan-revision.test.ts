import { describe, expect, test } from 'vitest'
import { mayRevisePlan, parseSignature, revisionKind, type RevisionFacts } from './plan-revision.ts'

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
    expect(parseSignature({ signature: 'x'.repeat(201), confirm: 'yes' })).toEqual({
      ok: false,
      error: [{ code: 'revision.signature-too-long', field: 'signature', max: 200 }],
    })
  })
})
