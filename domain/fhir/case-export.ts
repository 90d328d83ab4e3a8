import type { ExportedTreatment } from './treatment-resources.ts'
import type { ExportedQuote } from './quote-contract.ts'
import type { ExportedConsultation } from './consultation-appointment.ts'
import type { RecordType } from '../documents/record-types.ts'
import type { ShareableSection } from '../cases/case-consent.ts'
import type { ItemId } from '../alsfrs/items.ts'
import type { ReferralStatus } from '../referrals/referral.ts'

/**
 * Who gave an answer (domain/intake/answer-sources.ts): the patient, the
 * representative of `actingFor`, a caregiver invited to the case, or a
 * Waypoint coordinator.
 */
export type Answerer =
  { by: 'patient' } | { by: 'representative' } | { by: 'caregiver'; memberId: string } | { by: 'coordinator' }

// Everything a patient can take away from one case ("export everything"):
// the lead builds it from the database, and the FHIR Bundle and the PDF
// summary are both rendered from it, so the two can never disagree. Times the
// export needs (`exportedAt`, ids) are inputs: the domain has no clock.
export type CaseExport = {
  caseId: string
  reference: string // e.g. 'WP-7K3M9Q'
  exportedAt: Date
  stage: string // e.g. 'records-submitted'
  patient: {
    name: string
    birthDate?: string /* YYYY-MM-DD */
    countryCode?: string
    language?: string
    timeZone?: string
    /** The patient's own contact details: only when the patient filled the case in. */
    email?: string
    phone?: string
  }
  /** The representative who filled this in for the patient, or null when the patient did. */
  actingFor?: {
    /** Known when the representative is the one exporting. */
    name?: string
    /** The intake's answer about the patient ("they are my parent"). */
    relationship?: string
    /** On what authority they act; absent for cases from before it was asked. */
    authority?: 'permission' | 'legal-representative'
    /** The representative's contact details (the intake's contact question is theirs). */
    email?: string
    phone?: string
  } | null
  condition: {
    kind: 'als' | 'other'
    name: string // 'Amyotrophic lateral sclerosis' or what the patient typed
    firstSymptomsDate?: string
    diagnosisDate?: string
    onsetRegion?: 'bulbar' | 'limb' | 'respiratory'
    diagnosticCategory?: 'definite' | 'probable' | 'probable-laboratory-supported' | 'possible' | 'unknown'
    genetics?: ('sod1' | 'c9orf72' | 'other' | 'none-found' | 'unknown')[]
    medicines?: ('riluzole' | 'edaravone' | 'tofersen')[]
    otherMedicines?: string
    breathingSupport?: 'none' | 'niv-part-time' | 'niv-full-time' | 'invasive'
    feedingTube?: boolean
    fvc?: { percentPredicted: number; date: string }
  }
  alsfrs?: {
    date: string
    answers: Partial<Record<ItemId, number>>
    /** Who gave each item's answer; an item without one is the case's filler's (the representative, else the patient). */
    answeredBy?: Partial<Record<ItemId, Answerer>>
  } | null
  goals?: {
    hopes?: string
    treatmentsOfInterest?: string[]
    countries?: string[]
    budget?: { amountMinor: number; currency: string }
    travelFrom?: string
    travelTo?: string
    attendants?: number
  } | null
  documents: {
    id: string
    kind: string
    contentType: string
    sizeBytes: number
    sha256: string
    title: string
    createdAt: Date
    studyDate?: string
    modality?: string
    /** What the family says the record is (domain/documents/record-types.ts). */
    recordType?: RecordType
  }[]
  consents: {
    processing?: { givenAt: Date; version: string } | null
    providers: {
      providerId: string
      providerName: string
      status: 'given' | 'withdrawn'
      changedAt: Date
      documentIds: string[]
      sections: ShareableSection[]
    }[]
  }
  /** The clinics the case was sent to, each with where its referral stands (oldest first). */
  referrals: ExportedReferral[]
  /** Video consultations booked with those clinics, booked or cancelled (earliest first). */
  consultations: ExportedConsultation[]
  /** Each clinic's current quote, with where it stands (offered, accepted…). */
  quotes: ExportedQuote[]
  /** The treatment course once a plan is accepted: assessment, sessions, adverse events (ADR 0062). */
  treatment?: ExportedTreatment | null
}

export type ExportedReferral = {
  id: string
  providerId: string
  providerName: string
  status: ReferralStatus
  sentAt: Date
}
