import type { Coding, Resource } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { caseToFhirBundle } from '../../domain/fhir/case-bundle.ts'
import {
  aCaregiverFiledCaseExport,
  aMinimalCaseExport,
  anAlsCaseExport,
  aPatientFiledCaseExport,
} from '../../domain/fhir/case-export-examples.ts'
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

    it('a badly formed date', () => {
      expect(r4Issues({ resourceType: 'Patient', birthDate: '14/07/1961' }).join()).toContain('Invalid date')
    })
  })
})
