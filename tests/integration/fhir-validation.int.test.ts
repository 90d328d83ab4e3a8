import type { Coding, Resource } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { caseToFhirBundle } from '../../domain/fhir/case-bundle.ts'
import {
  aCaregiverFiledCaseExport,
  aMinimalCaseExport,
  anAlsCaseExport,
  aPatientFiledCaseExport,
} from '../../domain/fhir/case-export-examples.ts'
import { caseResourceIds } from '../../domain/fhir/case-resource-ids.ts'
import { consultationAppointment } from '../../domain/fhir/consultation-appointment.ts'
import { quoteContract, type QuoteStanding } from '../../domain/fhir/quote-contract.ts'
import { checkQuote } from '../../domain/quotes/check-quote.ts'
import type { ConsultationId, ProviderId } from '../../domain/shared/ids.ts'
import { r4Issues } from '../support/fhir-r4.ts'

// The case export validates as FHIR R4 (tests/support/fhir-r4.ts says how).
describe('the case export as FHIR R4', () => {
  const cases = {
    'an ALS case with everything, filled in by her son with her permission': anAlsCaseExport(),
    'a case filled in by a legal representative, with answers from a caregiver she invited':
      aCaregiverFiledCaseExport(),
    'a case the patient filled in herself, with an answer taken by a coordinator': aPatientFiledCaseExport(),
    'a minimal case': aMinimalCaseExport(),
  }

  for (const [name, x] of Object.entries(cases)) {
    it(`validates ${name}: the Bundle and every entry`, () => {
      const bundle = caseToFhirBundle(x, { baseUrl: 'https://waypoint.example' })
      expect(r4Issues(bundle)).toEqual([])
      for (const entry of bundle.entry ?? []) {
        expect(r4Issues(entry.resource!), `${entry.fullUrl}`).toEqual([])
      }
    })
  }

  it('validates the referrals in the export, whatever their status, as ServiceRequests', () => {
    const x = anAlsCaseExport()
    const statuses = ['sent', 'information-requested', 'accepted', 'not-eligible', 'closed'] as const
    const bundle = caseToFhirBundle(
      { ...x, referrals: statuses.map((status, i) => ({ ...x.referrals[0]!, id: `ref-${i}`, status })) },
      { baseUrl: 'https://waypoint.example' },
    )
    const requests = bundle.entry!.filter((e) => e.resource?.resourceType === 'ServiceRequest')
    expect(requests).toHaveLength(statuses.length)
    for (const entry of requests) expect(r4Issues(entry.resource!), entry.fullUrl).toEqual([])
  })

  // Mapped now, exported once consultations and quotes are stored.
  const ids = caseResourceIds('case-1')
  const patient = { reference: `Patient/${ids.patient}` }

  it.each(['booked', 'cancelled'] as const)('validates a %s consultation as an Appointment', (status) => {
    const appointment = consultationAppointment(
      {
        consultation: { id: 'c-1' as ConsultationId, clinicId: 'prov-1' as ProviderId, status },
        slot: { start: new Date('2027-03-28T07:30:00Z'), minutes: 45, timeZone: 'Europe/Berlin' },
        providerName: 'Lotus Neuro Centre (demo)',
        referralId: 'ref-1',
        bookedAt: new Date('2027-03-01T10:00:00Z'),
      },
      ids,
      patient,
    )
    expect(r4Issues(appointment)).toEqual([])
  })

  it.each(['offered', 'accepted', 'declined', 'expired', 'withdrawn'] as QuoteStanding[])(
    'validates an %s quote in yen and in dinars as a Contract',
    (standing) => {
      for (const [currency, unitPrice] of [
        ['JPY', '15000'],
        ['KWD', '1.250'],
      ]) {
        const quote = checkQuote(
          {
            currency: currency!,
            validUntil: '2027-01-31',
            inclusions: ['Airport pickup'],
            exclusions: ['Flights'],
            lines: [
              { category: 'sessions', description: 'Rehabilitation', quantity: '3', unitPrice: unitPrice! },
              {
                category: 'contingency',
                description: 'Unplanned tests',
                quantity: '',
                unitPrice: unitPrice!,
              },
            ],
          },
          {
            now: new Date('2026-12-02T09:00:00Z'),
            timeZone: 'Asia/Tokyo',
            locale: 'en',
            fee: { basisPoints: 800 },
          },
        )
        if (!quote.ok) throw new Error(JSON.stringify(quote.error))
        const contract = quoteContract(
          {
            id: 'quote-1',
            referralId: 'ref-1',
            providerId: 'prov-1',
            providerName: 'Lotus Neuro Centre (demo)',
            quote: quote.value,
            standing,
            issuedAt: new Date('2026-12-02T09:00:00Z'),
          },
          ids,
          patient,
        )
        expect(r4Issues(contract), currency).toEqual([])
      }
    },
  )

  // The validator must be able to fail, or the tests above prove nothing.
  describe('rejects what is not R4', () => {
    const observation = { resourceType: 'Observation', status: 'final', code: { text: 'x' } } as const

    it('accepts the baseline', () => {
      expect(r4Issues(observation)).toEqual([])
    })

    it('an Observation with a status R4 does not define', () => {
      const bad = { ...observation, status: 'bogus' } as unknown as Resource
      expect(r4Issues(bad)).toEqual([expect.stringContaining('Observation.status')])
    })

    it('an Observation without its required code', () => {
      const { code: _code, ...bad } = observation
      expect(r4Issues(bad as unknown as Resource).join()).toContain('Missing required property')
    })

    // Validating the Bundle alone did not evaluate this invariant on the
    // resource inside it (Medplum 5.2.13), which is why every entry is also
    // validated on its own above.
    it('a Consent in the Bundle with neither policy nor policyRule (invariant ppc-1)', () => {
      const bundle = caseToFhirBundle(anAlsCaseExport(), { baseUrl: 'https://waypoint.example' })
      const consent = bundle.entry!.find((e) => e.resource?.resourceType === 'Consent')!.resource!
      delete (consent as { policyRule?: unknown }).policyRule
      const issues = [bundle, ...bundle.entry!.map((e) => e.resource!)].flatMap(r4Issues)
      expect(issues.join()).toContain('ppc-1')
    })

    it('a Condition whose clinical status is outside its required value set', () => {
      const bundle = caseToFhirBundle(aMinimalCaseExport(), { baseUrl: 'https://waypoint.example' })
      const condition = bundle.entry![1]!.resource as { clinicalStatus?: { coding: Coding[] } }
      condition.clinicalStatus = { coding: [{ system: 'http://example.org/made-up', code: 'active' }] }
      expect(r4Issues(bundle).join()).toContain('condition-clinical')
    })

    it('a ServiceRequest whose intent R4 does not define', () => {
      const bundle = caseToFhirBundle(anAlsCaseExport(), { baseUrl: 'https://waypoint.example' })
      const request = bundle.entry!.find((e) => e.resource?.resourceType === 'ServiceRequest')!.resource!
      expect(r4Issues({ ...request, intent: 'referral' } as unknown as Resource).join()).toContain(
        'ServiceRequest.intent',
      )
    })

    it('a Contract whose status R4 does not define', () => {
      const bad = { resourceType: 'Contract', status: 'quoted' } as unknown as Resource
      expect(r4Issues(bad).join()).toContain('Contract.status')
    })

    it('money in a currency ISO 4217 does not have', () => {
      const bad = {
        resourceType: 'Contract',
        status: 'offered',
        extension: [{ url: 'http://waypoint.example/x', valueMoney: { value: 1, currency: 'XQQ' } }],
      } as unknown as Resource
      expect(r4Issues(bad).join()).toContain('XQQ is not an ISO 4217 currency')
    })

    it('a badly formed date', () => {
      expect(r4Issues({ resourceType: 'Patient', birthDate: '14/07/1961' }).join()).toContain('Invalid date')
    })
  })
})
