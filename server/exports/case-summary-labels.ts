import { alsfrsItemText } from '../../domain/alsfrs/item-text.ts'
import type { ItemId } from '../../domain/alsfrs/items.ts'
import type { AlsfrsDomain } from '../../domain/alsfrs/items.ts'
import type { KingsStage } from '../../domain/alsfrs/kings-stage.ts'
import type { MitosDomain } from '../../domain/alsfrs/mitos-stage.ts'
import type { ProgressionCategory } from '../../domain/alsfrs/progression-category.ts'
import type { CaseExport } from '../../domain/fhir/case-export.ts'

type Condition = CaseExport['condition']

// Every word the case summary PDF prints, so the caller can pass a
// translation. Values the patient chose are labelled through the records
// below; a value without a label is printed as stored rather than dropped.
// `{page}` and `{pages}` in `pageOf` are replaced.
export type CaseSummaryLabels = {
  title: string
  reference: string
  exportedAt: string
  caseStage: string
  pageOf: string
  notProvided: string
  yes: string
  no: string
  sections: {
    patient: string
    representative: string
    condition: string
    alsfrs: string
    goals: string
    documents: string
    consents: string
  }
  patient: {
    name: string
    birthDate: string
    country: string
    language: string
    timeZone: string
    email: string
    phone: string
    relationship: string
  }
  condition: {
    name: string
    firstSymptoms: string
    diagnosisDate: string
    onsetRegion: string
    diagnosticCategory: string
    genetics: string
    medicines: string
    otherMedicines: string
    breathingSupport: string
    feedingTube: string
    fvc: string
  }
  alsfrs: {
    assessedOn: string
    item: string
    score: string
    total: string
    notScored: string
    domainSubscores: string
    deltaFs: string
    pointsPerMonth: string
    progression: string
    kingsStage: string
    mitosStage: string
    mitosLost: string
  }
  goals: {
    hopes: string
    treatmentsOfInterest: string
    countries: string
    budget: string
    travelWindow: string
    attendants: string
  }
  documents: { none: string; title: string; kind: string; size: string; added: string; studyDate: string }
  consents: {
    processing: string
    processingGiven: string
    version: string
    providers: string
    noProviders: string
    status: string
    changedAt: string
    sharedDocuments: string
    sharedSections: string
  }
  values: {
    stage: Record<string, string>
    onsetRegion: Record<NonNullable<Condition['onsetRegion']>, string>
    diagnosticCategory: Record<NonNullable<Condition['diagnosticCategory']>, string>
    genetics: Record<NonNullable<Condition['genetics']>[number], string>
    medicines: Record<NonNullable<Condition['medicines']>[number], string>
    breathingSupport: Record<NonNullable<Condition['breathingSupport']>, string>
    alsfrsItem: Record<ItemId, string>
    alsfrsDomain: Record<AlsfrsDomain, string>
    kingsStage: Record<KingsStage, string>
    mitosDomain: Record<MitosDomain, string>
    progression: Record<ProgressionCategory, string>
    consentStatus: Record<'given' | 'withdrawn', string>
    section: Record<string, string>
    treatment: Record<string, string>
  }
}

const itemLabels = Object.fromEntries(
  Object.entries(alsfrsItemText).map(([id, text]) => [id, text.label]),
) as Record<ItemId, string>

export const englishCaseSummaryLabels: CaseSummaryLabels = {
  title: 'Case summary',
  reference: 'Reference',
  exportedAt: 'Exported',
  caseStage: 'Case stage',
  pageOf: 'Page {page} of {pages}',
  notProvided: 'Not provided',
  yes: 'Yes',
  no: 'No',
  sections: {
    patient: 'Patient',
    representative: 'Filled in by',
    condition: 'Condition history',
    alsfrs: 'ALSFRS-R',
    goals: 'Goals',
    documents: 'Documents',
    consents: 'Consents',
  },
  patient: {
    name: 'Name',
    birthDate: 'Date of birth',
    country: 'Country',
    language: 'Language',
    timeZone: 'Time zone',
    email: 'Email',
    phone: 'Phone',
    relationship: 'Relationship to the patient',
  },
  condition: {
    name: 'Condition',
    firstSymptoms: 'First symptoms',
    diagnosisDate: 'Diagnosed',
    onsetRegion: 'Where symptoms began',
    diagnosticCategory: 'Diagnostic category',
    genetics: 'Genetic testing',
    medicines: 'ALS medicines',
    otherMedicines: 'Other medicines',
    breathingSupport: 'Breathing support',
    feedingTube: 'Feeding tube',
    fvc: 'FVC, % of predicted',
  },
  alsfrs: {
    assessedOn: 'Answered on',
    item: 'Question',
    score: 'Score (0–4)',
    total: 'Total (0–48)',
    notScored: 'Not scored: the questionnaire is incomplete',
    domainSubscores: 'Subscores (each 0–12)',
    deltaFs: 'Progression since first symptoms (ΔFS)',
    pointsPerMonth: 'points per month',
    progression: 'Progression category',
    kingsStage: "King's stage (estimated)",
    mitosStage: 'MiToS stage',
    mitosLost: 'Independence lost in',
  },
  goals: {
    hopes: 'Hopes',
    treatmentsOfInterest: 'Treatments of interest',
    countries: 'Countries',
    budget: 'Budget',
    travelWindow: 'Travel window',
    attendants: 'People travelling with the patient',
  },
  documents: {
    none: 'No documents uploaded.',
    title: 'Title',
    kind: 'Type',
    size: 'Size',
    added: 'Added',
    studyDate: 'Study date',
  },
  consents: {
    processing: 'Processing of health data',
    processingGiven: 'Given',
    version: 'version',
    providers: 'Sharing with providers',
    noProviders: 'Not shared with any provider.',
    status: 'Status',
    changedAt: 'Since',
    sharedDocuments: 'Documents',
    sharedSections: 'Sections',
  },
  values: {
    stage: {
      inquiry: 'Inquiry',
      'records-submitted': 'Records submitted',
      'under-evaluation': 'Under evaluation',
      'plan-proposed': 'Plan proposed',
      'plan-accepted': 'Plan accepted',
      'travel-booked': 'Travel booked',
      'in-treatment': 'In treatment',
      discharged: 'Discharged',
      'follow-up': 'Follow-up',
      closed: 'Closed',
      withdrawn: 'Withdrawn',
      'not-eligible': 'Not eligible',
    },
    onsetRegion: {
      bulbar: 'Speech or swallowing (bulbar)',
      limb: 'Arms or legs (limb)',
      respiratory: 'Breathing',
    },
    diagnosticCategory: {
      definite: 'Definite',
      probable: 'Probable',
      'probable-laboratory-supported': 'Probable, laboratory-supported',
      possible: 'Possible',
      unknown: 'Not known',
    },
    genetics: {
      sod1: 'SOD1',
      c9orf72: 'C9orf72',
      other: 'Another gene',
      'none-found': 'None found',
      unknown: 'Not known',
    },
    medicines: { riluzole: 'Riluzole', edaravone: 'Edaravone', tofersen: 'Tofersen' },
    breathingSupport: {
      none: 'None',
      'niv-part-time': 'Mask ventilation (NIV), part of the day',
      'niv-full-time': 'Mask ventilation (NIV), day and night',
      invasive: 'Ventilation through a tracheostomy',
    },
    alsfrsItem: itemLabels,
    alsfrsDomain: {
      bulbar: 'Bulbar',
      'fine-motor': 'Fine motor',
      'gross-motor': 'Gross motor',
      respiratory: 'Respiratory',
    },
    kingsStage: {
      '1': '1 (one region involved)',
      '2': '2 (two regions involved)',
      '3': '3 (three regions involved)',
      '4A': '4A (feeding tube)',
      '4B': '4B (breathing support)',
    },
    mitosDomain: {
      'walking-self-care': 'walking or self-care',
      swallowing: 'swallowing',
      communicating: 'communicating',
      breathing: 'breathing',
    },
    progression: { slower: 'Slower', intermediate: 'Intermediate', faster: 'Faster' },
    consentStatus: { given: 'Given', withdrawn: 'Withdrawn' },
    section: { patient: 'About the patient', condition: 'Condition', alsfrs: 'ALSFRS-R', goals: 'Goals' },
    treatment: {
      assessment: 'Assessment',
      medicines: 'Medicines',
      'breathing-support': 'Breathing support',
      'feeding-support': 'Feeding support',
      rehabilitation: 'Rehabilitation',
      'clinical-trial': 'Clinical trial',
      'second-opinion': 'Second opinion',
      'stem-cells': 'Stem cells',
    },
  },
}
