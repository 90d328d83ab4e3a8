import type { ServiceRequest } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { referralStatuses, type ReferralStatus } from '../referrals/referral.ts'
import { caseToFhirBundle } from './case-bundle.ts'
import { anAlsCaseExport } from './case-export-examples.ts'
import { extensionUrls } from './codes.ts'
import { serviceRequestStatus } from './referral-resources.ts'

const requests = (x = anAlsCaseExport()) =>
  (caseToFhirBundle(x, { baseUrl: 'https://waypoint.example' }).entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is ServiceRequest => r?.resourceType === 'ServiceRequest')

describe('a referral as a ServiceRequest', () => {
  it.each([
    ['sent', 'active'],
    ['information-requested', 'active'],
    ['plan-proposed', 'active'],
    ['accepted', 'completed'],
    ['not-eligible', 'completed'],
    ['declined-by-clinic', 'revoked'],
    ['declined-by-patient', 'revoked'],
    ['expired', 'revoked'],
    ['withdrawn', 'revoked'],
    ['closed', 'revoked'],
  ] as const)('a %s referral is %s, an order, with its own status kept beside', (status, fhir) => {
    const x = anAlsCaseExport()
    const [request] = requests({ ...x, referrals: [{ ...x.referrals[0]!, status }] })
    expect(request).toMatchObject({ status: fhir, intent: 'order' })
    expect(request!.extension).toEqual([{ url: extensionUrls.referralStatus, valueCode: status }])
  })

  it('maps every status Waypoint has', () => {
    expect(Object.keys(serviceRequestStatus).sort()).toEqual([...referralStatuses].sort())
  })

  it('names the clinic as performer and carries exactly the consented scope', () => {
    const [apollo, charite] = requests()
    const refs = (r: ServiceRequest) => (r.supportingInfo ?? []).map((s) => s.reference)
    expect(apollo!.performer).toEqual([
      { reference: 'Organization/prov-apollo-chennai', display: 'Apollo Hospitals, Chennai' },
    ])
    expect(apollo!.subject.reference).toMatch(/^Patient\//)
    expect(refs(apollo!)[0]).toMatch(/^Consent\//)
    // About, condition and ALSFRS-R sections, and both documents it was given; never the goals.
    expect(refs(apollo!)).toEqual(
      expect.arrayContaining(['DocumentReference/doc-1a2b3c', 'DocumentReference/doc-4d5e6f']),
    )
    expect(refs(apollo!).some((r) => r?.startsWith('QuestionnaireResponse/') && r.endsWith('-goals'))).toBe(
      false,
    )
    expect(refs(apollo!).some((r) => r?.startsWith('Condition/'))).toBe(true)
    // Consent withdrawn: only the (inactive) Consent, none of what it once covered.
    expect(refs(charite!)).toEqual([expect.stringMatching(/^Consent\//)])
  })

  it('a case never sent anywhere has none', () => {
    expect(requests(anAlsCaseExport({ referrals: [] }))).toEqual([])
  })

  it.each([['sent'], ['closed']] as [ReferralStatus][])(
    'dates a %s referral by when it was sent',
    (status) => {
      const x = anAlsCaseExport()
      const [request] = requests({ ...x, referrals: [{ ...x.referrals[0]!, status }] })
      expect(request!.authoredOn).toBe('2025-03-04T09:00:00.000Z')
    },
  )
})
