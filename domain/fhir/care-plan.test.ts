import type { AdverseEvent, CarePlan, Observation, Patient, Procedure } from '@medplum/fhirtypes'
import { describe, expect, test } from 'vitest'
import { alsfrsTotalsOf, carePlanBundle } from './care-plan.ts'
import { aHomeDoctorRecord } from './care-plan-examples.ts'

const of = <T>(bundle: ReturnType<typeof carePlanBundle>, type: string) =>
  (bundle.entry ?? []).map((e) => e.resource!).filter((r) => r.resourceType === type) as T[]

describe('the home doctor’s Bundle', () => {
  const record = aHomeDoctorRecord()
  const bundle = carePlanBundle(record, { baseUrl: 'https://waypoint.example/' })
  const [plan] = of<CarePlan>(bundle, 'CarePlan')

  test('is an active plan for the ALS condition, one activity per follow-up visit after the treatment', () => {
    expect(plan).toMatchObject({ status: 'active', intent: 'plan', period: { start: '2026-12-18' } })
    expect(plan!.addresses).toEqual([{ reference: 'Condition/case-hd-1-condition' }])
    const visits = plan!.activity!.filter((a) => a.detail?.status === 'scheduled')
    expect(visits.map((v) => [v.detail!.scheduledPeriod!.start, v.detail!.description])).toEqual(
      record.followUp.map((v) => [
        v.dueOn,
        `Follow-up visit ${v.monthsAfter} months after treatment, due ${v.dueOn}`,
      ]),
    )
    expect(visits.slice(0, 4).map((v) => v.detail!.scheduledPeriod!.start)).toEqual([
      '2027-01-18',
      '2027-03-18',
      '2027-06-18',
      '2027-12-18',
    ])
  })

  test('references the treatment’s Procedures, which are in the Bundle', () => {
    const treatment = plan!.activity![0]!
    expect(treatment.detail).toMatchObject({
      status: 'completed',
      description: 'Treatment at Lotus Neuro Centre',
      scheduledPeriod: { start: '2026-12-11', end: '2026-12-18' },
    })
    const procedures = of<Procedure>(bundle, 'Procedure').map((p) => `Procedure/${p.id}`)
    expect(treatment.outcomeReference!.map((r) => r.reference)).toEqual(procedures)
    expect(procedures).toHaveLength(2)
  })

  test('carries the adverse event with its CTCAE grade and every ALSFRS-R total over time', () => {
    const [event] = of<AdverseEvent>(bundle, 'AdverseEvent')
    expect(event!.extension![0]!.extension).toEqual([
      { url: 'grade', valueInteger: 3 },
      { url: 'version', valueString: '5.0' },
    ])
    const totals = of<Observation>(bundle, 'Observation')
      .filter((o) => o.code.coding?.[0]?.code === '82953-1')
      .map((o) => [o.effectiveDateTime, o.valueInteger])
      .sort()
    expect(totals).toEqual([
      ['2026-09-01', 36],
      ['2026-12-10', 35],
      ['2027-01-18', 33],
    ])
    expect(alsfrsTotalsOf(record).map((t) => t.when)).toEqual(['home', 'arrival', 'follow-up'])
    // Check-ins taken on the day of arrival still come after it.
    const sameDay = {
      ...record,
      alsfrsHistory: record.alsfrsHistory.map((h) => ({ ...h, date: '2026-12-10' })),
    }
    expect(alsfrsTotalsOf(sameDay).map((t) => t.when)).toEqual(['home', 'arrival', 'follow-up'])
    const resolvable = new Set(bundle.entry!.map((e) => `${e.resource!.resourceType}/${e.resource!.id}`))
    for (const r of plan!.supportingInfo ?? []) expect(resolvable.has(r.reference!), r.reference).toBe(true)
  })

  test('names the person and their birth year, and nothing else about them', () => {
    const [patient] = of<Patient>(bundle, 'Patient')
    expect(patient).toEqual({
      resourceType: 'Patient',
      id: 'case-hd-1-patient',
      name: [{ text: 'Meera Iyer' }],
      birthDate: '1961',
    })
    expect(JSON.stringify(bundle)).not.toMatch(/passport|telecom|DocumentReference|Consent/)
  })

  test('is the same, byte for byte, for the same record', () => {
    expect(JSON.stringify(carePlanBundle(aHomeDoctorRecord(), { baseUrl: 'https://waypoint.example' }))).toBe(
      JSON.stringify(bundle),
    )
  })

  test('before discharge: the treatment is in progress and no visit is planned yet', () => {
    const early = carePlanBundle(aHomeDoctorRecord({ dischargedOn: null, followUp: [] }), {
      baseUrl: 'https://waypoint.example',
    })
    const [p] = of<CarePlan>(early, 'CarePlan')
    expect(p!.period).toBeUndefined()
    expect(p!.activity!.map((a) => a.detail!.status)).toEqual(['in-progress'])
  })
})
