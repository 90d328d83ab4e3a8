import type { ItemId } from '../alsfrs/items.ts'
import { asConsultationId, asProviderId } from '../shared/ids.ts'
import { checkQuote, type Quote } from '../quotes/check-quote.ts'
import type { Answerer, CaseExport } from './case-export.ts'

// Worked examples for the export's tests (unit, FHIR validation, PDF). Not a
// test file itself, so the runner does not pick it up; pure data, so it sits
// in domain/ beside the type it exemplifies.

/**
 * A person with ALS and a gastrostomy (item 5b answered), filled in by her
 * son with her permission: the contact details are his. Scores: total 26; bulbar 10, fine motor 4, gross motor 3, respiratory
 * 9. King's 4A (5b answered, no ventilation criterion: item 10 is 2, item 12
 * is 4). MiToS 1: walking/self-care lost (items 6 and 8 are 1). ΔFS: 22
 * points over the 731 days from 2023-03-01 to 2025-03-01.
 */
export function anAlsCaseExport(overrides: Partial<CaseExport> = {}): CaseExport {
  return {
    caseId: '3f6c1d2e-8a4b-4c1f-9e2d-7b5a6c4d3e21',
    reference: 'WP-7K3M9Q',
    exportedAt: new Date('2025-04-02T10:15:00.000Z'),
    stage: 'records-submitted',
    patient: {
      name: 'Meera Raghavan',
      birthDate: '1961-07-14',
      countryCode: 'GB',
      language: 'en',
      timeZone: 'Europe/London',
    },
    // Her son: he answered the intake's "they are my parent", and that he has her permission.
    actingFor: {
      name: 'Arjun Raghavan',
      relationship: 'parent',
      authority: 'permission',
      email: 'arjun@example.com',
      phone: '+44 20 7946 0958',
    },
    condition: {
      kind: 'als',
      name: 'Amyotrophic lateral sclerosis',
      firstSymptomsDate: '2023-03-01',
      diagnosisDate: '2023-11-20',
      onsetRegion: 'limb',
      diagnosticCategory: 'probable-laboratory-supported',
      genetics: ['c9orf72'],
      medicines: ['riluzole', 'edaravone'],
      otherMedicines: 'Baclofen 10 mg',
      breathingSupport: 'none',
      feedingTube: true,
      fvc: { percentPredicted: 68, date: '2025-02-10' },
    },
    alsfrs: {
      date: '2025-03-01',
      answers: {
        '1': 3,
        '2': 4,
        '3': 3,
        '4': 2,
        '5b': 1,
        '6': 1,
        '7': 2,
        '8': 1,
        '9': 0,
        '10': 2,
        '11': 3,
        '12': 4,
      },
    },
    goals: {
      hopes: 'Keep walking with a frame for as long as possible, and find out whether a trial would take me.',
      treatmentsOfInterest: ['assessment', 'clinical-trial'],
      countries: ['IN', 'DE'],
      budget: { amountMinor: 1_500_000, currency: 'GBP' },
      travelFrom: '2025-06-01',
      travelTo: '2025-06-30',
      attendants: 1,
    },
    documents: [
      {
        id: 'doc-1a2b3c',
        kind: 'pdf',
        contentType: 'application/pdf',
        sizeBytes: 184_220,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        title: 'Neurology clinic letter, November 2023',
        createdAt: new Date('2025-03-02T09:00:00.000Z'),
      },
      {
        id: 'doc-4d5e6f',
        kind: 'dicom',
        contentType: 'application/dicom',
        sizeBytes: 52_428_800,
        sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        title: 'MRI brain and cervical spine',
        createdAt: new Date('2025-03-02T09:05:00.000Z'),
        studyDate: '2023-10-04',
        modality: 'MR',
      },
    ],
    consents: {
      processing: { givenAt: new Date('2025-03-01T18:30:00.000Z'), version: '2025-01' },
      providers: [
        {
          providerId: 'prov-apollo-chennai',
          providerName: 'Apollo Hospitals, Chennai',
          status: 'given',
          changedAt: new Date('2025-03-03T08:00:00.000Z'),
          documentIds: ['doc-1a2b3c', 'doc-4d5e6f'],
          sections: ['about', 'condition', 'alsfrs'],
        },
        {
          providerId: 'prov-charite-berlin',
          providerName: 'Charité – Universitätsmedizin Berlin',
          status: 'withdrawn',
          changedAt: new Date('2025-03-20T12:00:00.000Z'),
          documentIds: ['doc-1a2b3c'],
          sections: ['condition'],
        },
      ],
    },
    referrals: [
      {
        id: 'ref-5a6b7c',
        providerId: 'prov-apollo-chennai',
        providerName: 'Apollo Hospitals, Chennai',
        status: 'plan-proposed',
        sentAt: new Date('2025-03-04T09:00:00.000Z'),
      },
      // Sent before the family withdrew their consent, which withdrew the referral too.
      {
        id: 'ref-8d9e0f',
        providerId: 'prov-charite-berlin',
        providerName: 'Charité – Universitätsmedizin Berlin',
        status: 'withdrawn',
        sentAt: new Date('2025-03-04T09:00:00.000Z'),
      },
    ],
    // A video call with the Chennai team, on their clock (India has no daylight saving).
    consultations: [
      {
        consultation: {
          id: asConsultationId('con-1c2d3e'),
          clinicId: asProviderId('prov-apollo-chennai'),
          status: 'booked',
        },
        slot: { start: new Date('2025-04-08T09:30:00.000Z'), minutes: 30, timeZone: 'Asia/Kolkata' },
        providerName: 'Apollo Hospitals, Chennai',
        referralId: 'ref-5a6b7c',
        bookedAt: new Date('2025-03-28T16:00:00.000Z'),
      },
    ],
    quotes: [
      {
        id: 'quo-4d5e6f',
        referralId: 'ref-5a6b7c',
        providerId: 'prov-apollo-chennai',
        providerName: 'Apollo Hospitals, Chennai',
        quote: anExampleQuote(),
        standing: 'offered',
        issuedAt: new Date('2025-03-27T11:00:00.000Z'),
      },
    ],
    ...overrides,
  }
}

/** The least a case can hold: a non-ALS condition, no questionnaire, goals, documents or consents. */
export function aMinimalCaseExport(overrides: Partial<CaseExport> = {}): CaseExport {
  return {
    caseId: 'c-minimal-0001',
    reference: 'WP-2B4D6F',
    exportedAt: new Date('2025-04-02T10:15:00.000Z'),
    stage: 'inquiry',
    patient: { name: 'Sam Okafor' },
    actingFor: null,
    condition: { kind: 'other', name: 'Hereditary spastic paraplegia' },
    alsfrs: null,
    goals: null,
    documents: [],
    consents: { processing: null, providers: [] },
    referrals: [],
    consultations: [],
    quotes: [],
    ...overrides,
  }
}

/** Chennai's quote: an assessment and physiotherapy in rupees, with Waypoint's 8% fee as its own line. */
function anExampleQuote(): Quote {
  const checked = checkQuote(
    {
      currency: 'INR',
      validUntil: '2025-05-31',
      inclusions: ['Interpreter'],
      exclusions: ['Flights'],
      lines: [
        {
          category: 'procedure',
          description: 'Multidisciplinary assessment',
          quantity: '1',
          unitPrice: '150000',
        },
        { category: 'sessions', description: 'Respiratory physiotherapy', quantity: '4', unitPrice: '6000' },
      ],
    },
    {
      now: new Date('2025-03-27T11:00:00.000Z'),
      timeZone: 'Asia/Kolkata',
      locale: 'en',
      fee: { basisPoints: 800 },
    },
  )
  if (!checked.ok) throw new Error('the example quote must pass its own checks')
  return checked.value
}

const byItems = (items: string[], answerer: Answerer) =>
  Object.fromEntries(items.map((id) => [id, answerer])) as Partial<Record<ItemId, Answerer>>

/**
 * Filled in by a daughter as her father's legal representative: she answered
 * most of the ALSFRS-R, and a caregiver she invited answered the breathing
 * items (10 to 12). The same scores as anAlsCaseExport.
 */
export function aCaregiverFiledCaseExport(overrides: Partial<CaseExport> = {}): CaseExport {
  const base = anAlsCaseExport()
  return anAlsCaseExport({
    caseId: '7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b',
    reference: 'WP-9H2J4K',
    patient: {
      name: 'Omar Haddad',
      birthDate: '1955-02-03',
      countryCode: 'JO',
      language: 'ar',
      timeZone: 'Asia/Amman',
    },
    actingFor: {
      name: 'Leila Haddad',
      relationship: 'parent',
      authority: 'legal-representative',
      email: 'leila@example.com',
      phone: '+962 7 9123 4567',
    },
    alsfrs: {
      ...base.alsfrs!,
      answeredBy: {
        ...byItems(['1', '2', '3', '4', '5b', '6', '7', '8', '9'], { by: 'representative' }),
        ...byItems(['10', '11', '12'], { by: 'caregiver', memberId: 'm-7f3a' }),
      },
    },
    ...overrides,
  })
}

/**
 * Filled in by the patient herself, with her own contact details; a
 * coordinator took the last ALSFRS-R answer from her by phone.
 */
export function aPatientFiledCaseExport(overrides: Partial<CaseExport> = {}): CaseExport {
  const base = anAlsCaseExport()
  return anAlsCaseExport({
    caseId: '5c4b3a29-1807-4f6e-9d5c-4b3a29180706',
    reference: 'WP-3M5N7P',
    patient: { ...base.patient, email: 'meera@example.com', phone: '+44 20 7946 0000' },
    actingFor: null,
    alsfrs: {
      ...base.alsfrs!,
      answeredBy: {
        ...byItems(['1', '2', '3', '4', '5b', '6', '7', '8', '9', '10', '11'], { by: 'patient' }),
        '12': { by: 'coordinator' },
      },
    },
    ...overrides,
  })
}
