import type { AdverseEvent, Observation, Procedure } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { caseToFhirBundle } from '../../domain/fhir/case-bundle.ts'
import { anAlsCaseExport } from '../../domain/fhir/case-export-examples.ts'
import { extensionUrls } from '../../domain/fhir/codes.ts'
import type { ExportedTreatment } from '../../domain/fhir/treatment-resources.ts'
import { r4Issues } from '../support/fhir-r4.ts'

// The treatment course in the export (ADR 0062) validates as FHIR R4 with the
// maintained validator the export already uses (tests/support/fhir-r4.ts).
const treatment: ExportedTreatment = {
  assessment: { id: 'assess-1', date: '2026-12-10', alsfrsTotal: 33, fvcPercent: 71.5, weightKg: 61.2 },
  sessions: [
    {
      id: 'session-1',
      date: '2026-12-11',
      procedure: 'Intrathecal infusion',
      route: 'intrathecal',
      dose: '2 ml',
      doctor: 'Dr A. Rao',
    },
    {
      id: 'session-2',
      date: '2026-12-14',
      procedure: 'Physiotherapy',
      route: 'not-applicable',
      dose: '',
      doctor: 'Dr B. Sen',
    },
  ],
  events: [
    {
      id: 'event-1',
      onset: '2026-12-12',
      grade: 3,
      ctcaeVersion: '5.0',
      serious: true,
      outcome: 'recovering',
      relation: 'possibly-related',
      description: 'Severe headache and vomiting',
      reportedAt: new Date('2026-12-12T10:00:00Z'),
    },
    {
      id: 'event-2',
      onset: '2026-12-09',
      grade: 1,
      ctcaeVersion: '5.0',
      serious: false,
      outcome: 'resolved',
      relation: 'not-related',
      description: 'A cold before arrival',
      reportedAt: new Date('2026-12-10T10:00:00Z'),
    },
  ],
}

describe('the treatment course as FHIR R4', () => {
  const bundle = caseToFhirBundle(
    { ...anAlsCaseExport(), treatment },
    { baseUrl: 'https://waypoint.example' },
  )
  const of = <T>(type: string) =>
    bundle.entry!.map((e) => e.resource!).filter((r) => r.resourceType === type) as T[]

  it('validates: the Bundle and every entry', () => {
    expect(r4Issues(bundle)).toEqual([])
    for (const entry of bundle.entry ?? []) expect(r4Issues(entry.resource!), entry.fullUrl).toEqual([])
  })

  it('carries each session as a completed Procedure and the assessment as Observations', () => {
    expect(of<Procedure>('Procedure').map((p) => [p.status, p.performedDateTime, p.code?.text])).toEqual([
      ['completed', '2026-12-11', 'Intrathecal infusion'],
      ['completed', '2026-12-14', 'Physiotherapy'],
    ])
    const arrival = of<Observation>('Observation').filter((o) => o.effectiveDateTime === '2026-12-10')
    expect(arrival.map((o) => [o.code.coding?.[0]?.code, o.valueInteger ?? o.valueQuantity?.value])).toEqual([
      ['82953-1', 33],
      ['19872-1', 71.5],
      ['29463-7', 61.2],
    ])
  })

  it('keeps the CTCAE grade and version on each AdverseEvent, and suspects the session before its onset', () => {
    const [serious, cold] = of<AdverseEvent>('AdverseEvent')
    expect(serious!.extension).toEqual([
      {
        url: extensionUrls.ctcaeGrade,
        extension: [
          { url: 'grade', valueInteger: 3 },
          { url: 'version', valueString: '5.0' },
        ],
      },
    ])
    expect(serious!.seriousness?.coding?.[0]?.code).toBe('Serious')
    expect(serious!.severity?.coding?.[0]?.code).toBe('severe')
    expect(serious!.suspectEntity?.[0]?.instance.reference).toBe('Procedure/session-1')
    // Before any session: no suspect to name.
    expect(cold!.suspectEntity).toBeUndefined()
    expect(cold!.seriousness?.coding?.[0]?.code).toBe('Non-serious')
  })
})
