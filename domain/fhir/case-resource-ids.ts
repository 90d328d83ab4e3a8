import type { ItemId } from '../alsfrs/items.ts'
import { fhirId } from './fhir-id.ts'

// Every resource id in a case export, in one place, so references and the
// resources they point to cannot drift apart. Case-scoped resources are
// prefixed with the case id; documents and providers keep their own ids
// (already unique), and a consent to a provider combines both, since the
// same provider can be shared with from many cases.
export function caseResourceIds(caseId: string) {
  return {
    patient: fhirId(caseId, 'patient'),
    representative: fhirId(caseId, 'representative'),
    caregiver: (memberId: string) => fhirId(caseId, 'caregiver', memberId),
    condition: fhirId(caseId, 'condition'),
    alsfrsResponse: fhirId(caseId, 'alsfrs-r'),
    alsfrsItem: (item: ItemId) => fhirId(caseId, 'alsfrs-item', item),
    alsfrsTotal: fhirId(caseId, 'alsfrs-total'),
    alsfrsPanel: fhirId(caseId, 'alsfrs-panel'),
    deltaFs: fhirId(caseId, 'delta-fs'),
    fvc: fhirId(caseId, 'fvc'),
    medication: (name: string) => fhirId(caseId, 'medication', name),
    goalsResponse: fhirId(caseId, 'goals'),
    document: (documentId: string) => fhirId(documentId),
    organization: (providerId: string) => fhirId(providerId),
    processingConsent: fhirId(caseId, 'consent-processing'),
    providerConsent: (providerId: string) => fhirId(caseId, 'consent', providerId),
    referral: (referralId: string) => fhirId(referralId),
    consultation: (consultationId: string) => fhirId(consultationId),
    quote: (quoteId: string) => fhirId(quoteId),
    treatmentObservation: (assessmentId: string, what: 'alsfrs-total' | 'fvc' | 'weight') =>
      fhirId(assessmentId, what),
    session: (sessionId: string) => fhirId(sessionId),
    adverseEvent: (eventId: string) => fhirId(eventId),
    bundle: fhirId(caseId, 'export'),
  }
}

export type CaseResourceIds = ReturnType<typeof caseResourceIds>
