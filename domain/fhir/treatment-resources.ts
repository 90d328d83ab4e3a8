import type { AdverseEvent, Observation, Patient, Procedure, Reference, Resource } from '@medplum/fhirtypes'
import type { CourseView } from '../treatment/course-view.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { coding, extensionUrls, fvcPercentPredictedLoinc, systems } from './codes.ts'

// The treatment course in the case export (issue 17, ADR 0062): the
// assessment on arrival as Observations (ALSFRS-R total, FVC % predicted,
// body weight), each session as a completed Procedure, each adverse event as
// an R4 AdverseEvent. R4 severity is only mild/moderate/severe and has no
// CTCAE element, so the grade and the CTCAE version travel in an extension
// (formats reference, AdverseEvent); severity is derived from the grade for
// readers that know only R4.
export type ExportedTreatment = {
  assessment: { id: string; date: string; alsfrsTotal: number; fvcPercent: number; weightKg: number } | null
  sessions: { id: string; date: string; procedure: string; route: string; dose: string; doctor: string }[]
  events: {
    id: string
    onset: string
    grade: number
    ctcaeVersion: string
    serious: boolean
    outcome: 'resolved' | 'recovering' | 'ongoing' | 'resolvedWithSequelae' | 'fatal' | 'unknown'
    relation: string
    description: string
    reportedAt: Date
  }[]
}

const severityOf = (grade: number) => (grade <= 1 ? 'mild' : grade === 2 ? 'moderate' : 'severe')
const aeSystem = (name: string) => `http://terminology.hl7.org/CodeSystem/adverse-event-${name}`

function observation(
  id: string,
  date: string,
  subject: Reference<Patient>,
  category: 'survey' | 'procedure' | 'vital-signs',
  code: Observation['code'],
  value: Pick<Observation, 'valueQuantity' | 'valueInteger'>,
): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: systems.observationCategory, code: category }] }],
    code,
    subject,
    effectiveDateTime: date,
    ...value,
  }
}

export function treatmentResources(
  t: ExportedTreatment,
  ids: CaseResourceIds,
  subject: Reference<Patient>,
): Resource[] {
  const a = t.assessment
  const observations: Observation[] = a
    ? [
        observation(
          ids.treatmentObservation(a.id, 'alsfrs-total'),
          a.date,
          subject,
          'survey',
          {
            coding: [coding(systems.loinc, '82953-1', 'ALSFRS-R total score')],
            text: 'ALSFRS-R total, on arrival',
          },
          { valueInteger: a.alsfrsTotal },
        ),
        observation(
          ids.treatmentObservation(a.id, 'fvc'),
          a.date,
          subject,
          'procedure',
          {
            coding: [
              coding(
                systems.loinc,
                fvcPercentPredictedLoinc.code,
                fvcPercentPredictedLoinc.display,
                fvcPercentPredictedLoinc.verified,
              ),
            ],
            text: 'Forced vital capacity, % of predicted, on arrival',
          },
          { valueQuantity: { value: a.fvcPercent, unit: '%', system: systems.ucum, code: '%' } },
        ),
        observation(
          ids.treatmentObservation(a.id, 'weight'),
          a.date,
          subject,
          'vital-signs',
          { coding: [coding(systems.loinc, '29463-7', 'Body weight')], text: 'Body weight, on arrival' },
          { valueQuantity: { value: a.weightKg, unit: 'kg', system: systems.ucum, code: 'kg' } },
        ),
      ]
    : []
  const procedures: Procedure[] = t.sessions.map((s) => ({
    resourceType: 'Procedure',
    id: ids.session(s.id),
    status: 'completed',
    code: { text: s.procedure },
    subject,
    performedDateTime: s.date,
    performer: [{ actor: { display: s.doctor } }],
    note: [{ text: `Route: ${s.route}${s.dose ? `; dose: ${s.dose}` : ''}` }],
  }))
  const events: AdverseEvent[] = t.events.map((e) => {
    // The session most recently before the onset is the suspect, when there is one.
    const suspect = t.sessions.filter((s) => s.date <= e.onset).at(-1)
    return {
      resourceType: 'AdverseEvent',
      id: ids.adverseEvent(e.id),
      extension: [
        {
          url: extensionUrls.ctcaeGrade,
          extension: [
            { url: 'grade', valueInteger: e.grade },
            { url: 'version', valueString: e.ctcaeVersion },
          ],
        },
      ],
      actuality: 'actual',
      event: { text: e.description },
      subject,
      date: e.onset,
      recordedDate: e.reportedAt.toISOString(),
      seriousness: {
        coding: [
          e.serious
            ? { system: aeSystem('seriousness'), code: 'Serious', display: 'Serious' }
            : { system: aeSystem('seriousness'), code: 'Non-serious', display: 'Non-serious' },
        ],
      },
      severity: { coding: [{ system: aeSystem('severity'), code: severityOf(e.grade) }] },
      outcome: { coding: [{ system: aeSystem('outcome'), code: e.outcome }] },
      ...(suspect
        ? {
            suspectEntity: [
              {
                instance: { reference: `Procedure/${ids.session(suspect.id)}` },
                causality: [{ assessment: { text: e.relation } }],
              },
            ],
          }
        : {}),
    }
  })
  return [...observations, ...procedures, ...events]
}

/** The treatment course as the export carries it; null before anything was recorded (ADR 0062). */
export function exportedTreatment(course: CourseView): ExportedTreatment | null {
  if (!course.assessment && course.sessions.length === 0 && course.events.length === 0) return null
  const a = course.assessment
  return {
    assessment: a && {
      id: a.id,
      date: a.date,
      alsfrsTotal: a.alsfrsTotal,
      fvcPercent: a.fvcPercent,
      weightKg: a.weightKg,
    },
    sessions: course.sessions.map(({ id, date, procedure, route, dose, doctor }) => ({
      id,
      date,
      procedure,
      route,
      dose,
      doctor,
    })),
    events: course.events.map((e) => ({
      id: e.id,
      onset: e.onset,
      grade: e.grade,
      ctcaeVersion: e.ctcaeVersion,
      serious: e.serious,
      outcome: e.outcome,
      relation: e.relation,
      description: e.description,
      reportedAt: e.reportedAt,
    })),
  }
}
