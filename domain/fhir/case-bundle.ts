import type {
  Bundle,
  BundleEntry,
  Condition,
  ConditionStage,
  DocumentReference,
  Extension,
  MedicationStatement,
  Observation,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes'
import { alsfrsResources, deltaFsObservation } from './alsfrs-resources.ts'
import { summariseAlsfrs } from './alsfrs-summary.ts'
import type { CaseExport } from './case-export.ts'
import { en } from '../i18n/messages/en.ts'
import { minorDigits } from '../quotes/currencies.ts'
import { caseResourceIds, type CaseResourceIds } from './case-resource-ids.ts'
import { alsCodings, canonicals, coding, extensionUrls, fvcPercentPredictedLoinc, systems } from './codes.ts'
import {
  processingConsent,
  providerConsent,
  providerOrganization,
  type SectionResources,
} from './consent-resources.ts'
import { alsfrsAnswerers, consentGiver, patientTelecom, representativePerson } from './people.ts'
import { consultationAppointment } from './consultation-appointment.ts'
import { quoteContract } from './quote-contract.ts'
import { referralServiceRequest } from './referral-resources.ts'
import { treatmentResources } from './treatment-resources.ts'

// A case as a FHIR R4 Bundle, for the patient's "export everything".
//
// Type 'collection', not 'document': a document Bundle is an attested
// clinical document (it must start with a Composition, and its author and
// attester vouch for the content). This is the patient's own data handed back
// to them, assembled by software and attested by nobody, which is what
// 'collection' is for. It also imposes no narrative or Composition sections
// a receiving system would have to honour.
//
// Pure and deterministic: the same CaseExport gives the same Bundle, byte for
// byte, because ids derive from Waypoint ids (see case-resource-ids.ts) and
// the only time is `exportedAt`. fullUrls are `${baseUrl}/fhir/<Type>/<id>`
// and references inside are relative (`Patient/<id>`), which FHIR resolves
// against the fullUrl's base, so they resolve within the Bundle.

export type CaseBundleOptions = { baseUrl: string }

export function caseToFhirBundle(x: CaseExport, options: CaseBundleOptions): Bundle {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const ids = caseResourceIds(x.caseId)
  const patientRef: Reference<Patient> = { reference: `Patient/${ids.patient}` }
  // Whoever filled the case in for the patient is a person of their own, with
  // their own contact details; the patient's hold only the patient's.
  const representative = x.actingFor ? representativePerson(x.actingFor, ids, patientRef) : null
  const sourceRef: Reference<Patient | RelatedPerson> = representative
    ? { reference: `RelatedPerson/${representative.id}` }
    : patientRef

  const summary = summariseAlsfrs(x)
  const answerers = alsfrsAnswerers(x, ids, patientRef, representative)
  const alsfrs = summary
    ? alsfrsResources(summary, ids, { subject: patientRef, answeredBy: answerers.of })
    : null
  const people = [...(representative ? [representative] : []), ...(alsfrs ? answerers.caregivers : [])]
  const delta = summary ? deltaFsObservation(summary, ids, patientRef) : null
  const condition = conditionResource(x, ids, patientRef, summary)
  const fvc = fvcObservation(x, ids, patientRef)
  const medicines = medicationStatements(x, ids, patientRef, sourceRef)
  const goals = goalsResponse(x, ids, patientRef, sourceRef)
  const documents = x.documents.map((d) => documentReference(d, x.caseId, baseUrl, ids, patientRef))

  const refs = (resources: (Resource | null)[]): Reference[] =>
    resources.flatMap((r) => (r ? [{ reference: `${r.resourceType}/${r.id}` }] : []))
  // Keyed by the sections a patient shares (domain/cases/case-consent.ts): "about" is the patient and helpers.
  const sections: SectionResources = {
    about: refs([patient(x, ids), ...people]),
    condition: refs([condition, fvc, ...medicines]),
    alsfrs: refs([alsfrs?.response ?? null, ...(alsfrs?.observations ?? []), delta]),
    goals: refs([goals]),
  }
  const documentIds = new Set(x.documents.map((d) => d.id))

  // One Organization per provider, however many times it appears (consented to, referred to).
  const organizations = [
    ...new Map(
      [...x.consents.providers, ...x.referrals].map((p) => [p.providerId, providerOrganization(p, ids)]),
    ).values(),
  ]
  const giver = consentGiver(x, patientRef, representative)
  const consents = [
    ...(x.consents.processing ? [processingConsent(x.consents.processing, ids, patientRef, giver)] : []),
    ...x.consents.providers.map((s) => providerConsent(s, ids, patientRef, giver, { documentIds, sections })),
  ]
  const referrals = x.referrals.map((r) =>
    referralServiceRequest(r, x, ids, patientRef, { documentIds, sections }),
  )
  const appointments = x.consultations.map((c) => consultationAppointment(c, ids, patientRef))
  const contracts = x.quotes.map((q) => quoteContract(q, ids, patientRef))
  const treatment = x.treatment ? treatmentResources(x.treatment, ids, patientRef) : []

  const resources: Resource[] = [
    patient(x, ids),
    ...people,
    condition,
    ...medicines,
    ...(fvc ? [fvc] : []),
    ...(alsfrs ? [alsfrs.response, ...alsfrs.observations] : []),
    ...(delta ? [delta] : []),
    ...(goals ? [goals] : []),
    ...documents,
    ...organizations,
    ...consents,
    ...referrals,
    ...appointments,
    ...contracts,
    ...treatment,
  ]

  return {
    resourceType: 'Bundle',
    id: ids.bundle,
    identifier: { system: systems.caseReference, value: x.reference },
    type: 'collection',
    timestamp: x.exportedAt.toISOString(),
    entry: resources.map((resource): BundleEntry => ({
      fullUrl: `${baseUrl}/fhir/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  }
}

function patient(x: CaseExport, ids: CaseResourceIds): Patient {
  const p = x.patient
  const telecom = patientTelecom(x)
  const extension: Extension[] = p.timeZone ? [{ url: extensionUrls.timeZone, valueCode: p.timeZone }] : []
  return {
    resourceType: 'Patient',
    id: ids.patient,
    ...(extension.length > 0 ? { extension } : {}),
    // The intake asks for the name as the person writes it; splitting it into
    // given and family names would guess, and guess wrong for many cultures.
    name: [{ text: p.name }],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.countryCode ? { address: [{ country: p.countryCode }] } : {}),
    ...(p.language
      ? {
          communication: [
            { language: { coding: [{ system: systems.bcp47, code: p.language }] }, preferred: true },
          ],
        }
      : {}),
  }
}

const onsetRegions = { bulbar: 'bulbar', limb: 'limb', respiratory: 'respiratory' } as const
const diagnosticCategories = {
  definite: 'definite',
  probable: 'probable',
  'probable-laboratory-supported': 'probable, laboratory-supported',
  possible: 'possible',
  unknown: 'not known',
} as const
const breathingSupport = {
  none: 'none',
  'niv-part-time': 'non-invasive ventilation, part of the day',
  'niv-full-time': 'non-invasive ventilation, day and night',
  invasive: 'invasive ventilation',
} as const
const genetics = {
  sod1: 'SOD1',
  c9orf72: 'C9orf72',
  other: 'another gene',
  'none-found': 'none found',
  unknown: 'not known',
} as const

function conditionResource(
  x: CaseExport,
  ids: CaseResourceIds,
  subject: Reference<Patient>,
  summary: ReturnType<typeof summariseAlsfrs>,
): Condition {
  const c = x.condition
  const isAls = c.kind === 'als'
  const panelRef = { reference: `Observation/${ids.alsfrsPanel}` }
  const stage: ConditionStage[] = []
  if (isAls && summary?.kings) {
    stage.push({
      summary: {
        coding: [coding(systems.kingsStage, summary.kings, `King's stage ${summary.kings}`)],
        text: `King's stage ${summary.kings}`,
      },
      assessment: [panelRef],
      type: { text: "King's clinical staging, estimated from the ALSFRS-R (Balendra et al. 2014)" },
    })
  }
  if (isAls && summary?.mitos) {
    const stageText = `MiToS stage ${summary.mitos.stage}`
    stage.push({
      summary: {
        coding: [coding(systems.mitosStage, String(summary.mitos.stage), stageText)],
        text:
          summary.mitos.lost.length > 0 ? `${stageText} (lost: ${summary.mitos.lost.join(', ')})` : stageText,
      },
      assessment: [panelRef],
      type: { text: 'MiToS functional staging, from the ALSFRS-R (Chiò et al. 2015)' },
    })
  }

  const notes = [
    c.diagnosisDate ? `Diagnosed on ${c.diagnosisDate}.` : null,
    c.onsetRegion ? `Region of first symptoms: ${onsetRegions[c.onsetRegion]}.` : null,
    c.diagnosticCategory
      ? `Diagnostic category (El Escorial / Awaji): ${diagnosticCategories[c.diagnosticCategory]}.`
      : null,
    c.genetics && c.genetics.length > 0
      ? `Genetic testing: ${c.genetics.map((g) => genetics[g]).join(', ')}.`
      : null,
    c.breathingSupport ? `Breathing support: ${breathingSupport[c.breathingSupport]}.` : null,
    c.feedingTube === undefined ? null : `Feeding tube: ${c.feedingTube ? 'yes' : 'no'}.`,
  ].filter((n): n is string => n !== null)

  return {
    resourceType: 'Condition',
    id: ids.condition,
    // The diagnosis date is when the condition was first asserted; R4's
    // recordedDate is when it entered a record, which would misstate it.
    ...(c.diagnosisDate
      ? { extension: [{ url: extensionUrls.conditionAssertedDate, valueDateTime: c.diagnosisDate }] }
      : {}),
    clinicalStatus: {
      coding: [{ system: systems.conditionClinical, code: 'active', display: 'Active' }],
    },
    verificationStatus: {
      coding: c.diagnosisDate
        ? [{ system: systems.conditionVerification, code: 'confirmed', display: 'Confirmed' }]
        : [{ system: systems.conditionVerification, code: 'provisional', display: 'Provisional' }],
    },
    category: [
      {
        coding: [
          { system: systems.conditionCategory, code: 'problem-list-item', display: 'Problem List Item' },
        ],
      },
    ],
    code: isAls ? { coding: alsCodings, text: c.name } : { text: c.name },
    subject,
    ...(c.firstSymptomsDate ? { onsetDateTime: c.firstSymptomsDate } : {}),
    ...(stage.length > 0 ? { stage } : {}),
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
  }
}

function fvcObservation(
  x: CaseExport,
  ids: CaseResourceIds,
  subject: Reference<Patient>,
): Observation | null {
  const fvc = x.condition.fvc
  if (!fvc) return null
  const code = fvcPercentPredictedLoinc
  return {
    resourceType: 'Observation',
    id: ids.fvc,
    status: 'final',
    // Not vital-signs: R4 requires such Observations to meet the vital signs
    // profile, which FVC is not part of. Spirometry is a procedure result.
    category: [
      { coding: [{ system: systems.observationCategory, code: 'procedure', display: 'Procedure' }] },
    ],
    code: {
      coding: [coding(systems.loinc, code.code, code.display, code.verified)],
      text: 'Forced vital capacity, % of predicted',
    },
    subject,
    effectiveDateTime: fvc.date,
    valueQuantity: { value: fvc.percentPredicted, unit: '%', system: systems.ucum, code: '%' },
  }
}

const medicineNames = { riluzole: 'Riluzole', edaravone: 'Edaravone', tofersen: 'Tofersen' } as const

/**
 * What the patient says they take, by name only: RxNorm codes for these
 * ingredients were not looked up (domain reference §5.1 lists none).
 */
function medicationStatements(
  x: CaseExport,
  ids: CaseResourceIds,
  subject: Reference<Patient>,
  source: Reference<Patient | RelatedPerson>,
): MedicationStatement[] {
  const named = (x.condition.medicines ?? []).map((m) => ({ key: m, text: medicineNames[m] }))
  const other = x.condition.otherMedicines?.trim()
  return [...named, ...(other ? [{ key: 'other', text: other }] : [])].map(({ key, text }) => ({
    resourceType: 'MedicationStatement',
    id: ids.medication(key),
    status: 'active',
    medicationCodeableConcept: { text },
    subject,
    informationSource: source,
  }))
}

/**
 * The patient's goals have no clinical FHIR home (budget, travel dates and
 * countries are not a CarePlan Goal), so they travel as answers to Waypoint's
 * goals questionnaire, keeping the export complete and lossless.
 */
function goalsResponse(
  x: CaseExport,
  ids: CaseResourceIds,
  subject: Reference<Patient>,
  source: Reference<Patient | RelatedPerson>,
): QuestionnaireResponse | null {
  const g = x.goals
  if (!g) return null
  const item: QuestionnaireResponseItem[] = []
  if (g.hopes?.trim()) item.push({ linkId: 'hopes', text: 'Hopes', answer: [{ valueString: g.hopes }] })
  if (g.treatmentsOfInterest && g.treatmentsOfInterest.length > 0) {
    item.push({
      linkId: 'treatments-of-interest',
      text: 'Treatments of interest',
      answer: g.treatmentsOfInterest.map((t) => ({ valueString: t })),
    })
  }
  if (g.countries && g.countries.length > 0) {
    item.push({
      linkId: 'countries-of-interest',
      text: 'Countries of interest',
      answer: g.countries.map((c) =>
        /^[A-Z]{2}$/.test(c) ? { valueCoding: { system: systems.iso3166, code: c } } : { valueString: c },
      ),
    })
  }
  if (g.budget) {
    item.push({
      linkId: 'budget',
      text: 'Budget',
      answer: [
        {
          valueQuantity: {
            value: g.budget.amountMinor / 10 ** minorDigits(g.budget.currency),
            unit: g.budget.currency,
            system: systems.iso4217,
            code: g.budget.currency,
          },
        },
      ],
    })
  }
  if (g.travelFrom)
    item.push({ linkId: 'travel-from', text: 'Travel from', answer: [{ valueDate: g.travelFrom }] })
  if (g.travelTo)
    item.push({ linkId: 'travel-to', text: 'Travel until', answer: [{ valueDate: g.travelTo }] })
  if (g.attendants !== undefined) {
    item.push({ linkId: 'attendants', text: 'Attendants', answer: [{ valueInteger: g.attendants }] })
  }
  if (item.length === 0) return null
  return {
    resourceType: 'QuestionnaireResponse',
    id: ids.goalsResponse,
    questionnaire: canonicals.goalsQuestionnaire,
    status: 'completed',
    subject,
    source,
    item,
  }
}

function documentReference(
  d: CaseExport['documents'][number],
  caseId: string,
  baseUrl: string,
  ids: CaseResourceIds,
  subject: Reference<Patient>,
): DocumentReference {
  // R4 defines Attachment.hash as a base64 SHA-1; we hold SHA-256, so it goes
  // in an extension of the same encoding rather than mislabelled in `hash`.
  const sha256 = hexToBase64(d.sha256)
  return {
    resourceType: 'DocumentReference',
    id: ids.document(d.id),
    status: 'current',
    type: { text: d.kind },
    // What the family says the record is, in English (as the export's other names).
    ...(d.recordType ? { category: [{ text: en[`documents.type.${d.recordType}`] }] } : {}),
    subject,
    date: d.createdAt.toISOString(),
    description: d.title,
    content: [
      {
        attachment: {
          ...(sha256
            ? { extension: [{ url: extensionUrls.attachmentSha256, valueBase64Binary: sha256 }] }
            : {}),
          contentType: d.contentType,
          url: `${baseUrl}/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(d.id)}`,
          size: d.sizeBytes,
          title: d.title,
          creation: d.createdAt.toISOString(),
        },
      },
    ],
    ...(d.studyDate || d.modality
      ? {
          context: {
            ...(d.modality
              ? {
                  event: [
                    {
                      coding: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: d.modality }],
                    },
                  ],
                }
              : {}),
            ...(d.studyDate ? { period: { start: d.studyDate } } : {}),
          },
        }
      : {}),
  }
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of the bytes a hex digest spells, or null when it is not a SHA-256 hex digest. */
export function hexToBase64(hex: string): string | null {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null
  const bytes = hex.match(/../g)!.map((h) => parseInt(h, 16))
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += base64Alphabet[(n >> 18) & 63]! + base64Alphabet[(n >> 12) & 63]!
    out += b === undefined ? '=' : base64Alphabet[(n >> 6) & 63]!
    out += c === undefined ? '=' : base64Alphabet[n & 63]!
  }
  return out
}
