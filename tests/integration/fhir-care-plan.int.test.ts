import { describe, expect, it } from 'vitest'
import { carePlanBundle } from '../../domain/fhir/care-plan.ts'
import { aHomeDoctorRecord } from '../../domain/fhir/care-plan-examples.ts'
import { r4Issues } from '../support/fhir-r4.ts'

// The home doctor's Bundle (issue 17, ADR 0066) validates as FHIR R4 with the
// maintained validator the case export already uses (tests/support/fhir-r4.ts).
describe('the home doctor’s CarePlan Bundle as FHIR R4', () => {
  it.each([
    ['discharged, with visits planned', aHomeDoctorRecord()],
    ['in treatment, nothing planned yet', aHomeDoctorRecord({ dischargedOn: null, followUp: [] })],
    [
      'before any treatment',
      aHomeDoctorRecord({ treatment: null, dischargedOn: null, followUp: [], provider: null }),
    ],
    [
      'another condition, no birth year',
      aHomeDoctorRecord({
        condition: { kind: 'other', name: 'PLS' },
        patient: { name: 'A', birthYear: null },
      }),
    ],
  ])('validates %s: the Bundle and every entry', (_name, record) => {
    const bundle = carePlanBundle(record, { baseUrl: 'https://waypoint.example' })
    expect(r4Issues(bundle)).toEqual([])
    for (const entry of bundle.entry ?? []) expect(r4Issues(entry.resource!), entry.fullUrl).toEqual([])
  })

  it('fails a CarePlan with a status R4 does not know, so the test above can fail', () => {
    const bundle = carePlanBundle(aHomeDoctorRecord(), { baseUrl: 'https://waypoint.example' })
    const plan = bundle.entry!.find((e) => e.resource!.resourceType === 'CarePlan')!.resource!
    expect(r4Issues({ ...plan, status: 'planned' } as never)).not.toEqual([])
  })
})
