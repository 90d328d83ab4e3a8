import { describe, expect, test } from 'vitest'
import { trialWithCredentials, type ClinicCredential } from './trial-evidence.ts'

const today = '2027-01-10'
const credential = (more: Partial<ClinicCredential>): ClinicCredential => ({
  kind: 'ethics-committee',
  reference: 'ECR/1234/INST/KA/2025',
  reviewStatus: 'approved',
  standing: 'current',
  validTo: '2030-12-31',
  ...more,
})
const trial = { registryId: 'CTRI/2025/03/012345' }

describe('a trial’s permissions from the clinic’s credentials', () => {
  test('approved, current credentials make each permission verified', () => {
    const result = trialWithCredentials(
      trial,
      [
        credential({}),
        credential({ kind: 'icscr', reference: 'NAC-SCRT/IC-SCR/2024/07' }),
        credential({ kind: 'trial-registration', reference: 'ctri/2025/03/012345' }),
      ],
      today,
    )
    expect(result).toEqual({
      registryId: 'CTRI/2025/03/012345',
      ethicsApproval: { reference: 'ECR/1234/INST/KA/2025', verification: 'verified' },
      icscrRegistration: { reference: 'NAC-SCRT/IC-SCR/2024/07', verification: 'verified' },
      regulatorPermission: { reference: 'ctri/2025/03/012345', verification: 'verified' },
    })
  })

  test('a pending one is unverified, a rejected or lapsed one failed; the best one wins', () => {
    expect(
      trialWithCredentials(trial, [credential({ reviewStatus: 'pending' })], today)?.ethicsApproval,
    ).toEqual({ reference: 'ECR/1234/INST/KA/2025', verification: 'unverified' })
    expect(
      trialWithCredentials(trial, [credential({ reviewStatus: 'rejected' })], today)?.ethicsApproval,
    ).toEqual({ reference: 'ECR/1234/INST/KA/2025', verification: 'failed' })
    expect(
      trialWithCredentials(trial, [credential({ validTo: '2027-01-09' })], today)?.ethicsApproval,
    ).toEqual({ reference: 'ECR/1234/INST/KA/2025', verification: 'failed' })
    expect(trialWithCredentials(trial, [credential({ standing: 'expired' })], today)?.ethicsApproval).toEqual(
      { reference: 'ECR/1234/INST/KA/2025', verification: 'failed' },
    )
    const mixed = [
      credential({ reviewStatus: 'rejected', reference: 'old' }),
      credential({ reference: 'new' }),
    ]
    expect(trialWithCredentials(trial, mixed, today)?.ethicsApproval).toEqual({
      reference: 'new',
      verification: 'verified',
    })
  })

  test('a trial registration proves only the trial it names', () => {
    const other = credential({ kind: 'trial-registration', reference: 'CTRI/2024/11/000001' })
    expect(trialWithCredentials(trial, [other], today)?.regulatorPermission).toBeUndefined()
  })

  test('what the offer states is kept, and an offer without a trial has none', () => {
    const stated = {
      ...trial,
      ethicsApproval: { reference: 'from content', verification: 'verified' as const },
    }
    expect(
      trialWithCredentials(stated, [credential({ reviewStatus: 'rejected' })], today)?.ethicsApproval,
    ).toEqual({ reference: 'from content', verification: 'verified' })
    expect(trialWithCredentials(null, [credential({})], today)).toBeNull()
  })
})
