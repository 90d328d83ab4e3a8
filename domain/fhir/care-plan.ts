import type {
  Bundle,
  CarePlan,
  CarePlanActivity,
  Condition,
  Observation,
  Patient,
  Reference,
  Resource,
} from '@medplum/fhirtypes'
import type { FollowUpVisitPlan } from '../follow-up/follow-up-schedule.ts'
import { caseResourceIds } from './case-resource-ids.ts'
import { alsCodings, coding, systems } from './codes.ts'
import { fhirId } from './fhir-id.ts'
import { treatmentResources, type ExportedTreatment } from './treatment-resources.ts'

// What a patient's home doctor receives through the patient's link (issue 17,
// ADR 0066), as one FHIR R4 Bundle: the Patient (name and birth year only),
// the ALS Condition, the treatment (Procedures, AdverseEvents and the
// assessment on arrival, from the same builder as the patient's own export),
// the ALSFRS-R totals over time, and a CarePlan for the follow-up.
//
// The CarePlan (formats reference, CarePlan): status active, intent plan, it
// addresses the Condition; one activity per follow-up visit, each with its
// due day as `scheduledPeriod` (a day, not an instant: the visit is arranged
// at home) and `scheduledString` naming it; and one activity for the
// treatment itself, completed, whose outcome is its Procedures. R4 lets
// `activity.reference` point only at requests (Appointment, Task…), never at
// a Procedure, so the Procedures are the activity's `outcomeReference`.
//
// Bundle type 'collection', as the case export (case-bundle.ts says why):
// software assembled it and nobody attested it. Pure: same input, same bytes.

export type AlsfrsTotal = {
  id: string
  date: string
  total: number
  /** Where the score comes from: the intake at home, the clinic on arrival, a follow-up check-in. */
  when: 'home' | 'arrival' | 'follow-up'
}

export type HomeDoctorRecord = {
  caseId: string
  reference: string
  generatedAt: Date
  patient: { name: string; birthYear: string | null }
  condition: { kind: 'als' | 'other'; name: string }
  /** The clinic that treated, when a plan was accepted. */
  provider: { name: string } | null
  treatment: ExportedTreatment | null
  /** The last treatment day, once the clinic discharged the patient. */
  dischargedOn: string | null
  /** ALSFRS-R totals other than the one on arrival (that one travels with the treatment). */
  alsfrsHistory: AlsfrsTotal[]
  /** The follow-up visits, in order. */
  followUp: readonly FollowUpVisitPlan[]
}

/** The course's order, for totals taken on one day: at home, then on arrival, then at follow-up. */
const courseOrder: Record<AlsfrsTotal['when'], number> = { home: 0, arrival: 1, 'follow-up': 2 }

/** Every ALSFRS-R total the doctor is shown, arrival included, oldest first. */
export function alsfrsTotalsOf(r: HomeDoctorRecord): AlsfrsTotal[] {
  const a = r.treatment?.assessment
  const arrival: AlsfrsTotal[] = a ? [{ id: a.id, date: a.date, total: a.alsfrsTotal, when: 'arrival' }] : []
  return [...r.alsfrsHistory, ...arrival].sort(
    (x, y) => x.date.localeCompare(y.date) || courseOrder[x.when] - courseOrder[y.when],
  )
}

export const homeDoctorIds = (caseId: string) => ({
  ...caseResourceIds(caseId),
  carePlan: fhirId(caseId, 'care-plan'),
  alsfrsHistory: (id: string) => fhirId(id, 'alsfrs-history'),
  bundle: fhirId(caseId, 'home-doctor'),
})

export function carePlanBundle(r: HomeDoctorRecord, options: { baseUrl: string }): Bundle {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const ids = homeDoctorIds(r.caseId)
  const subject: Reference<Patient> = { reference: `Patient/${ids.patient}` }

  const patient: Patient = {
    resourceType: 'Patient',
    id: ids.patient,
    name: [{ text: r.patient.name }],
    // R4 `date` may be a year alone; the doctor needs no more to place the person.
    ...(r.patient.birthYear ? { birthDate: r.patient.birthYear } : {}),
  }
  const condition: Condition = {
    resourceType: 'Condition',
    id: ids.condition,
    clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'active', display: 'Active' }] },
    code:
      r.condition.kind === 'als'
        ? { coding: alsCodings, text: r.condition.name }
        : { text: r.condition.name },
    subject,
  }
  const history: Observation[] = r.alsfrsHistory.map((h) => ({
    resourceType: 'Observation',
    id: ids.alsfrsHistory(h.id),
    status: 'final',
    category: [{ coding: [{ system: systems.observationCategory, code: 'survey', display: 'Survey' }] }],
    code: {
      coding: [coding(systems.loinc, '82953-1', 'ALSFRS-R total score')],
      text: h.when === 'home' ? 'ALSFRS-R total, at home (intake)' : 'ALSFRS-R total, follow-up',
    },
    subject,
    effectiveDateTime: h.date,
    valueInteger: h.total,
  }))
  const treatment = r.treatment ? treatmentResources(r.treatment, ids, subject) : []
  const procedures = treatment.filter((t) => t.resourceType === 'Procedure')
  const sessions = r.treatment?.sessions ?? []

  const treatmentActivity: CarePlanActivity[] =
    procedures.length > 0
      ? [
          {
            outcomeReference: procedures.map((p) => ({ reference: `Procedure/${p.id}` })),
            detail: {
              status: r.dischargedOn ? 'completed' : 'in-progress',
              description: r.provider ? `Treatment at ${r.provider.name}` : 'Treatment',
              scheduledPeriod: {
                start: sessions[0]!.date,
                ...(r.dischargedOn ? { end: r.dischargedOn } : {}),
              },
            },
          },
        ]
      : []
  const visits: CarePlanActivity[] = r.followUp.map((v) => ({
    detail: {
      kind: 'Appointment',
      code: { text: 'Follow-up visit with an ALSFRS-R' },
      status: 'scheduled',
      scheduledPeriod: { start: v.dueOn, end: v.dueOn },
      description: `Follow-up visit ${v.monthsAfter} months after treatment, due ${v.dueOn}`,
    },
  }))
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id: ids.carePlan,
    status: 'active',
    intent: 'plan',
    title: 'Follow-up after treatment',
    description: `Follow-up after treatment: ALSFRS-R at ${r.followUp
      .slice(0, 4)
      .map((v) => v.monthsAfter)
      .join(', ')} months, then every 6 months.`,
    subject,
    ...(r.dischargedOn ? { period: { start: r.dischargedOn } } : {}),
    created: r.generatedAt.toISOString(),
    addresses: [{ reference: `Condition/${ids.condition}` }],
    supportingInfo: [...treatment.filter((t) => t.resourceType !== 'Procedure'), ...history].map((x) => ({
      reference: `${x.resourceType}/${x.id}`,
    })),
    activity: [...treatmentActivity, ...visits],
  }
  // A CarePlan with nothing planned is still the honest answer before discharge; R4 allows it.
  if (carePlan.supportingInfo?.length === 0) delete carePlan.supportingInfo
  if (carePlan.activity?.length === 0) delete carePlan.activity

  const resources: Resource[] = [patient, condition, carePlan, ...treatment, ...history]
  return {
    resourceType: 'Bundle',
    id: ids.bundle,
    identifier: { system: systems.caseReference, value: r.reference },
    type: 'collection',
    timestamp: r.generatedAt.toISOString(),
    entry: resources.map((resource) => ({
      fullUrl: `${baseUrl}/fhir/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  }
}
