import type { ItemId } from '../alsfrs/items.ts'

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
    email?: string
    phone?: string
  }
  actingFor?: { name: string; relationship?: string } | null // a representative who filled this in for the patient
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
  alsfrs?: { date: string; answers: Partial<Record<ItemId, number>> } | null
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
  }[]
  consents: {
    processing?: { givenAt: Date; version: string } | null
    providers: {
      providerId: string
      providerName: string
      status: 'given' | 'withdrawn'
      changedAt: Date
      documentIds: string[]
      sections: string[]
    }[]
  }
}
