import { describe, expect, test } from 'vitest'
import { checkCredential, isCredentialDocumentKind, type CredentialInput } from './credential-form.ts'

const jci: CredentialInput = {
  credentialKind: 'accreditation',
  accreditor: 'JCI',
  reference: 'JCI-IN-2024-117',
  scope: 'Hospital programme',
  'validFrom-day': '1',
  'validFrom-month': '4',
  'validFrom-year': '2025',
  'validTo-day': '31',
  'validTo-month': '3',
  'validTo-year': '2028',
}
const codesOf = (input: CredentialInput) => {
  const r = checkCredential(input)
  return r.ok ? [] : r.error.map((p) => `${p.field}:${p.code}`)
}

describe('a credential as a clinic submits it', () => {
  test('a JCI accreditation with its period', () => {
    expect(checkCredential(jci)).toEqual({
      ok: true,
      value: {
        kind: 'accreditation',
        issuer: 'JCI',
        reference: 'JCI-IN-2024-117',
        scope: 'Hospital programme',
        holderName: null,
        validFrom: '2025-04-01',
        validTo: '2028-03-31',
      },
    })
  })

  test('another accreditor is written in', () => {
    expect(codesOf({ ...jci, accreditor: 'other' })).toEqual(['issuer:onboarding.missing'])
    const r = checkCredential({ ...jci, accreditor: 'other', issuer: 'ACHSI' })
    expect(r.ok && r.value.issuer).toBe('ACHSI')
  })

  test.each([
    [
      { 'validTo-day': '31', 'validTo-month': '2', 'validTo-year': '2028' },
      'validTo-day:credential.date-invalid',
    ],
    [
      { 'validTo-day': '99', 'validTo-month': '99', 'validTo-year': '9999' },
      'validTo-day:credential.date-invalid',
    ],
    [
      { 'validFrom-day': '1', 'validFrom-month': '4', 'validFrom-year': '25' },
      'validFrom-day:credential.date-invalid',
    ],
    [{ 'validTo-day': '', 'validTo-month': '', 'validTo-year': '' }, 'validTo-day:onboarding.missing'],
    [
      { 'validTo-day': '31', 'validTo-month': '3', 'validTo-year': '2024' },
      'validTo-day:credential.dates-order',
    ],
    [{ accreditor: 'ISO' }, 'accreditor:onboarding.choose'],
    [{ reference: '  ' }, 'reference:onboarding.missing'],
    [{ credentialKind: 'diploma' }, 'credentialKind:onboarding.choose'],
  ] as const)('%o is refused on its field', (change, expected) => {
    expect(codesOf({ ...jci, ...change })).toEqual([expected])
  })

  test('a practitioner’s registration names the doctor and the council', () => {
    const input: CredentialInput = { credentialKind: 'practitioner-registration', reference: 'KMC-88123' }
    expect(codesOf(input)).toEqual(['issuer:onboarding.missing', 'holderName:onboarding.missing'])
    const r = checkCredential({ ...input, issuer: 'Karnataka Medical Council', holderName: 'Dr A. Rao' })
    expect(r).toMatchObject({ ok: true, value: { holderName: 'Dr A. Rao', validTo: null } })
  })

  test('a trial registration is a registry id of a known format; its registry is the issuer', () => {
    expect(codesOf({ credentialKind: 'trial-registration', reference: 'CTRI/2025/3/1' })).toEqual([
      'reference:credential.registry-id-invalid',
    ])
    expect(
      checkCredential({ credentialKind: 'trial-registration', reference: ' nct01234567 ' }),
    ).toMatchObject({
      ok: true,
      value: { issuer: 'NCT', reference: 'NCT01234567' },
    })
    expect(
      checkCredential({ credentialKind: 'trial-registration', reference: 'CTRI/2025/03/012345' }),
    ).toMatchObject({
      ok: true,
      value: { issuer: 'CTRI' },
    })
  })

  test('only a PDF or a picture proves a credential', () => {
    expect(['pdf', 'jpeg', 'png'].every((k) => isCredentialDocumentKind(k as 'pdf'))).toBe(true)
    expect(isCredentialDocumentKind('zip')).toBe(false)
    expect(isCredentialDocumentKind('dicom')).toBe(false)
  })
})
