import { describe, expect, test } from 'vitest'
import { ethicsFields, type EthicsCredential, type EthicsFields } from './ethics-fields.ts'

const today = '2027-03-10'
const verifiedAt = new Date('2027-03-01T09:00:00Z')

const aCredential = (over: Partial<EthicsCredential> = {}): EthicsCredential => ({
  id: 'cred-1',
  kind: 'ethics-committee',
  issuer: 'CDSCO ethics committee registry',
  reference: 'ECR/123/Inst/MH/2025',
  reviewStatus: 'approved',
  standing: 'current',
  validTo: '2028-01-01',
  verifiedAt,
  verificationMethod: 'registry-checked',
  ...over,
})

const none: EthicsFields = { ethicsCommittee: null, icscr: null }
const seeded: EthicsFields = {
  ethicsCommittee: { reference: 'SEED-EC', registeredWith: 'CDSCO', verification: 'verified' },
  icscr: { reference: 'SEED-IC', verification: 'verified' },
}

describe('ethics fields from credentials', () => {
  test('an approved ethics-committee credential becomes the verified committee, with when and how', () => {
    expect(ethicsFields(none, [aCredential()], today).ethicsCommittee).toEqual({
      reference: 'ECR/123/Inst/MH/2025',
      registeredWith: 'CDSCO ethics committee registry',
      verification: 'verified',
      credentialId: 'cred-1',
      verifiedAt: verifiedAt.toISOString(),
      verificationMethod: 'registry-checked',
    })
  })

  test('an approved IC-SCR credential fills the IC-SCR field', () => {
    const fields = ethicsFields(
      none,
      [aCredential({ id: 'ic', kind: 'icscr', reference: 'IC-SCR/9' })],
      today,
    )
    expect(fields.icscr).toMatchObject({
      reference: 'IC-SCR/9',
      credentialId: 'ic',
      verification: 'verified',
    })
    expect(fields.ethicsCommittee).toBeNull()
  })

  test.each([
    ['pending', { reviewStatus: 'pending' }],
    ['withdrawn', { reviewStatus: 'withdrawn' }],
    ['rejected', { reviewStatus: 'rejected' }],
    ['expired by the job', { standing: 'expired' }],
    ['past its last valid day', { validTo: '2027-03-09' }],
  ] as const)('a %s credential fills nothing, and clears what a credential wrote', (_, over) => {
    const written = ethicsFields(none, [aCredential()], today)
    expect(ethicsFields(written, [aCredential(over)], today).ethicsCommittee).toBeNull()
  })

  test('the most recently verified of two holding credentials wins', () => {
    const older = aCredential({ id: 'old', reference: 'OLD', verifiedAt: new Date('2026-01-01T00:00:00Z') })
    const newer = aCredential({ id: 'new', reference: 'NEW' })
    expect(ethicsFields(none, [older, newer], today).ethicsCommittee?.reference).toBe('NEW')
  })

  test('reviewed content no credential wrote is kept when there is no credential', () => {
    expect(ethicsFields(seeded, [aCredential({ reviewStatus: 'withdrawn' })], today)).toEqual(seeded)
  })
})
