// Fictional demo catalogue: accreditations, checks, teams and offers for the
// demo providers. Some offers are written to be blocked or warned about, so
// the listing policy can be seen at work. None of these organisations exist.

export type DemoOffer = {
  id: string
  providerId: string
  treatmentId: string
  conditionId: string
  title: string
  pathway: 'standard-care' | 'registered-trial'
  protocol: string | null
  sessions: number | null
  lengthOfStayDays: number | null
  inclusions: string[]
  exclusions: string[]
  price: { min: number; max: number; currency: string } | null
  claimsText: string
  trial?: {
    registryId: string
    regulatorPermission?: { reference: string; verification: 'verified' | 'unverified' | 'failed' }
    ethicsApproval?: { reference: string; verification: 'verified' | 'unverified' | 'failed' }
    icscrRegistration?: { reference: string; verification: 'verified' | 'unverified' | 'failed' }
  }
  chargesForInvestigationalProduct?: boolean
}

export const demoProviderDetails: Record<
  string,
  {
    address: string
    internationalDesk: boolean
    ethicsCommittee?: {
      reference: string
      registeredWith: string
      verification: 'verified' | 'unverified' | 'failed'
    }
    icscr?: { reference: string; verification: 'verified' | 'unverified' | 'failed' }
    lastVerifiedAt: string | null
  }
> = {
  'demo-lotus-neuro': {
    address: '12 Demo Ring Road, Bengaluru (fictional)',
    internationalDesk: true,
    ethicsCommittee: { reference: 'ECR/000/Demo/2024', registeredWith: 'CDSCO', verification: 'verified' },
    icscr: { reference: 'NAC-SCRT/IC-SCR/DEMO-17', verification: 'verified' },
    lastVerifiedAt: '2026-10-02',
  },
  'demo-hanbit': {
    address: '1 Demo-ro, Jongno-gu, Seoul (fictional)',
    internationalDesk: true,
    lastVerifiedAt: '2026-09-15',
  },
  'demo-rheinufer': {
    address: 'Uferstraße 1, Köln (fictional)',
    internationalDesk: true,
    lastVerifiedAt: '2026-08-30',
  },
  'demo-alameda': {
    address: 'Av. Demo 100, Guadalajara (fictional)',
    internationalDesk: false,
    lastVerifiedAt: null,
  },
  'demo-chao-phraya': {
    address: '99 Demo Road, Bangkok (fictional)',
    internationalDesk: true,
    lastVerifiedAt: '2026-07-20',
  },
  'demo-bogazici': {
    address: 'Demo Caddesi 5, Istanbul (fictional)',
    internationalDesk: true,
    lastVerifiedAt: '2026-06-11',
  },
  'demo-sunrise': {
    address: 'Plot 7, Demo Nagar, New Delhi (fictional)',
    internationalDesk: true,
    lastVerifiedAt: null,
  },
}

export const demoExtraProviders = [
  {
    id: 'demo-sunrise',
    slug: 'sunrise-regenerative-centre-delhi',
    name: 'Sunrise Regenerative Centre',
    kind: 'clinic' as const,
    countryCode: 'IN',
    city: 'New Delhi',
    beds: 12,
    languages: ['en', 'hi', 'ar', 'ru'],
    summary:
      'A fictional clinic whose listing sells a paid stem cell package. The policy engine blocks it; only reviewers see it.',
  },
]

export const demoAccreditations = [
  {
    id: 'acc-lotus-jci',
    providerId: 'demo-lotus-neuro',
    accreditor: 'JCI',
    reference: 'DEMO-JCI-4411',
    validFrom: '2024-03-01',
    validTo: '2027-02-28',
    verification: 'verified',
  },
  {
    id: 'acc-lotus-nabh',
    providerId: 'demo-lotus-neuro',
    accreditor: 'NABH',
    reference: 'DEMO-H-2026-0190',
    validFrom: '2026-06-01',
    validTo: '2029-05-31',
    verification: 'verified',
  },
  {
    id: 'acc-hanbit-jci',
    providerId: 'demo-hanbit',
    accreditor: 'JCI',
    reference: 'DEMO-JCI-7702',
    validFrom: '2025-01-10',
    validTo: '2028-01-09',
    verification: 'verified',
  },
  {
    id: 'acc-rhein-jci',
    providerId: 'demo-rheinufer',
    accreditor: 'JCI',
    reference: 'DEMO-JCI-1209',
    validFrom: '2024-09-01',
    validTo: '2027-08-31',
    verification: 'verified',
  },
  {
    id: 'acc-chao-jci',
    providerId: 'demo-chao-phraya',
    accreditor: 'JCI',
    reference: 'DEMO-JCI-5550',
    validFrom: '2025-05-01',
    validTo: '2028-04-30',
    verification: 'verified',
  },
  {
    id: 'acc-bog-jci',
    providerId: 'demo-bogazici',
    accreditor: 'JCI',
    reference: 'DEMO-JCI-3031',
    validFrom: '2023-11-01',
    validTo: '2026-10-31',
    verification: 'verified',
  },
  {
    id: 'acc-alameda-jci',
    providerId: 'demo-alameda',
    accreditor: 'JCI',
    reference: 'claimed on website',
    validFrom: '2022-01-01',
    validTo: '2025-01-01',
    verification: 'failed',
  },
  {
    id: 'acc-sunrise-iso',
    providerId: 'demo-sunrise',
    accreditor: 'ISO 9001',
    reference: 'claimed on website',
    validFrom: '2024-01-01',
    validTo: '2027-01-01',
    verification: 'unverified',
  },
] as const

export const checklistItems = [
  'licence',
  'accreditation',
  'ethics-committee',
  'trial-registration',
  'practitioner-registration',
  'complaints',
] as const

export const demoChecks: {
  providerId: string
  item: (typeof checklistItems)[number]
  status: 'verified' | 'not-verified' | 'failed'
  documentTitle?: string
  reference?: string
}[] = [
  {
    providerId: 'demo-lotus-neuro',
    item: 'licence',
    status: 'verified',
    documentTitle: 'State hospital licence (demo)',
  },
  {
    providerId: 'demo-lotus-neuro',
    item: 'accreditation',
    status: 'verified',
    documentTitle: 'JCI certificate (demo)',
  },
  {
    providerId: 'demo-lotus-neuro',
    item: 'ethics-committee',
    status: 'verified',
    documentTitle: 'CDSCO ethics committee registration CT-02 (demo)',
    reference: 'ECR/000/Demo/2024',
  },
  {
    providerId: 'demo-lotus-neuro',
    item: 'trial-registration',
    status: 'verified',
    documentTitle: 'CTRI record (demo)',
    reference: 'CTRI/2025/03/012345',
  },
  {
    providerId: 'demo-lotus-neuro',
    item: 'practitioner-registration',
    status: 'verified',
    documentTitle: 'Medical council registrations (demo)',
  },
  { providerId: 'demo-lotus-neuro', item: 'complaints', status: 'verified' },
  {
    providerId: 'demo-hanbit',
    item: 'licence',
    status: 'verified',
    documentTitle: 'Hospital licence (demo)',
  },
  {
    providerId: 'demo-hanbit',
    item: 'accreditation',
    status: 'verified',
    documentTitle: 'JCI certificate (demo)',
  },
  { providerId: 'demo-hanbit', item: 'practitioner-registration', status: 'not-verified' },
  {
    providerId: 'demo-rheinufer',
    item: 'licence',
    status: 'verified',
    documentTitle: 'Hospital licence (demo)',
  },
  {
    providerId: 'demo-rheinufer',
    item: 'accreditation',
    status: 'verified',
    documentTitle: 'JCI certificate (demo)',
  },
  { providerId: 'demo-rheinufer', item: 'practitioner-registration', status: 'verified' },
  { providerId: 'demo-chao-phraya', item: 'licence', status: 'verified' },
  { providerId: 'demo-chao-phraya', item: 'accreditation', status: 'verified' },
  { providerId: 'demo-bogazici', item: 'licence', status: 'verified' },
  { providerId: 'demo-bogazici', item: 'accreditation', status: 'verified' },
  { providerId: 'demo-alameda', item: 'licence', status: 'not-verified' },
  {
    providerId: 'demo-alameda',
    item: 'accreditation',
    status: 'failed',
    documentTitle: 'JCI directory search: not listed (demo)',
  },
  { providerId: 'demo-sunrise', item: 'licence', status: 'not-verified' },
  { providerId: 'demo-sunrise', item: 'ethics-committee', status: 'failed' },
  {
    providerId: 'demo-sunrise',
    item: 'trial-registration',
    status: 'failed',
    documentTitle: 'No CTRI record found (demo)',
  },
]

export const demoPractitioners = [
  {
    id: 'pr-menon',
    providerId: 'demo-lotus-neuro',
    name: 'Dr Priya Menon (fictional)',
    role: 'Neurologist, MND clinic lead',
    qualifications: 'MD, DM Neurology',
    registrationNumber: 'KMC-DEMO-55120',
    registrationVerified: true,
  },
  {
    id: 'pr-rao',
    providerId: 'demo-lotus-neuro',
    name: 'Dr Arjun Rao (fictional)',
    role: 'Respiratory physician',
    qualifications: 'MD Pulmonology',
    registrationNumber: 'KMC-DEMO-61877',
    registrationVerified: true,
  },
  {
    id: 'pr-kim',
    providerId: 'demo-hanbit',
    name: 'Dr Kim Seo-yeon (fictional)',
    role: 'Neurologist',
    qualifications: 'MD, PhD',
    registrationNumber: 'KMA-DEMO-2231',
    registrationVerified: false,
  },
  {
    id: 'pr-weber',
    providerId: 'demo-rheinufer',
    name: 'Dr Jonas Weber (fictional)',
    role: 'Neurologist, ALS outpatient clinic',
    qualifications: 'Facharzt für Neurologie',
    registrationNumber: 'AEK-DEMO-8841',
    registrationVerified: true,
  },
  {
    id: 'pr-suda',
    providerId: 'demo-chao-phraya',
    name: 'Dr Suda Chaiyaporn (fictional)',
    role: 'Rehabilitation physician',
    qualifications: 'MD, Board of Rehabilitation Medicine',
    registrationNumber: 'TMC-DEMO-9012',
    registrationVerified: true,
  },
  {
    id: 'pr-demir',
    providerId: 'demo-bogazici',
    name: 'Dr Elif Demir (fictional)',
    role: 'Neurologist',
    qualifications: 'Uzm. Dr. Nöroloji',
    registrationNumber: 'TTB-DEMO-4410',
    registrationVerified: true,
  },
]

const usd = (min: number, max: number) => ({ min: min * 100, max: max * 100, currency: 'USD' })

export const demoOffers: DemoOffer[] = [
  {
    id: 'offer-lotus-mdt',
    providerId: 'demo-lotus-neuro',
    treatmentId: 'mdt-care',
    conditionId: 'als',
    title: 'Multidisciplinary ALS assessment and care plan',
    pathway: 'standard-care',
    protocol:
      'Five days of assessment by neurology, respiratory, nutrition, speech and physiotherapy teams; a written care plan for your home doctor.',
    sessions: null,
    lengthOfStayDays: 5,
    inclusions: [
      'Neurology consultation',
      'Breathing tests (FVC)',
      'Swallowing and nutrition review',
      'Physiotherapy assessment',
      'Written care plan',
    ],
    exclusions: ['Flights', 'Accommodation', 'Medicines taken home'],
    price: { min: 1_200 * 100, max: 1_800 * 100, currency: 'USD' },
    claimsText:
      'A coordinated team assessment with a care plan you can take home. This care does not cure ALS; it helps people live better and longer with it.',
  },
  {
    id: 'offer-lotus-trial',
    providerId: 'demo-lotus-neuro',
    treatmentId: 'msc-ntf',
    conditionId: 'als',
    title: 'Taking part in a registered ALS cell therapy trial (fictional trial)',
    pathway: 'registered-trial',
    protocol:
      'Randomised, placebo-controlled phase 2 trial; three intrathecal doses eight weeks apart; follow-up visits for 48 weeks.',
    sessions: 3,
    lengthOfStayDays: 4,
    inclusions: ['Trial product (free of charge)', 'Screening tests', 'Study visits'],
    exclusions: ['Travel and accommodation (partly reimbursed by the sponsor)'],
    price: null,
    claimsText:
      'This is research, not treatment: half of participants receive placebo, and we do not know whether the cells help.',
    trial: {
      registryId: 'CTRI/2025/03/012345',
      regulatorPermission: { reference: 'CT-06/DEMO/2025/17', verification: 'verified' },
      ethicsApproval: { reference: 'ECR/000/Demo/2024', verification: 'verified' },
      icscrRegistration: { reference: 'NAC-SCRT/IC-SCR/DEMO-17', verification: 'verified' },
    },
  },
  {
    id: 'offer-lotus-niv',
    providerId: 'demo-lotus-neuro',
    treatmentId: 'niv',
    conditionId: 'als',
    title: 'Breathing support set-up (non-invasive ventilation)',
    pathway: 'standard-care',
    protocol: 'Two nights of supervised NIV titration with carer training.',
    sessions: null,
    lengthOfStayDays: 3,
    inclusions: ['Sleep study', 'Mask fitting', 'Carer training'],
    exclusions: ['The ventilator itself (bought or rented separately)'],
    price: usd(600, 900),
    claimsText: 'Breathing support helps people with ALS sleep better and live longer.',
  },
  {
    id: 'offer-hanbit-lenzu',
    providerId: 'demo-hanbit',
    treatmentId: 'lenzumestrocel',
    conditionId: 'als',
    title: 'Lenzumestrocel (conditionally approved in South Korea)',
    pathway: 'standard-care',
    protocol:
      'Bone-marrow harvest, then two intrathecal doses four weeks apart, under the Korean conditional approval.',
    sessions: 2,
    lengthOfStayDays: 35,
    inclusions: ['Bone-marrow harvest', 'Cell product', 'Two intrathecal procedures', 'Monitoring'],
    exclusions: ['Flights', 'Accommodation'],
    price: { min: 30_000_000 * 100, max: 36_000_000 * 100, currency: 'KRW' },
    claimsText:
      'Approved on condition in Korea since 2014. Its phase 3 trial missed its main goal in 2024, so benefit is uncertain. Keep taking riluzole.',
  },
  {
    id: 'offer-rhein-peg',
    providerId: 'demo-rheinufer',
    treatmentId: 'gastrostomy',
    conditionId: 'als',
    title: 'Feeding tube assessment and placement (PEG/RIG)',
    pathway: 'standard-care',
    protocol: 'Assessment by the nutrition team and placement under light sedation.',
    sessions: 1,
    lengthOfStayDays: 4,
    inclusions: ['Nutrition assessment', 'Procedure', 'Training for carers'],
    exclusions: ['Flights', 'Feeds after discharge'],
    price: { min: 3_500 * 100, max: 5_000 * 100, currency: 'EUR' },
    claimsText: 'A feeding tube keeps weight steady and makes meals and medicines safer.',
  },
  {
    id: 'offer-rhein-mdt',
    providerId: 'demo-rheinufer',
    treatmentId: 'mdt-care',
    conditionId: 'als',
    title: 'Second opinion at an ALS outpatient clinic',
    pathway: 'standard-care',
    protocol: 'Two days: neurology review, nerve tests if needed, genetic counselling on request.',
    sessions: null,
    lengthOfStayDays: 2,
    inclusions: ['Neurology review', 'EMG if needed', 'Written report in English'],
    exclusions: ['Genetic test fees'],
    price: { min: 900 * 100, max: 1_600 * 100, currency: 'EUR' },
    claimsText: 'An independent second opinion with a written report for your home team.',
  },
  {
    id: 'offer-chao-rehab',
    providerId: 'demo-chao-phraya',
    treatmentId: 'rehab',
    conditionId: 'als',
    title: 'Two-week rehabilitation and equipment programme',
    pathway: 'standard-care',
    protocol: 'Daily physiotherapy and occupational therapy, equipment and communication aid assessment.',
    sessions: 10,
    lengthOfStayDays: 14,
    inclusions: ['10 therapy days', 'Equipment assessment', 'Communication aid trial'],
    exclusions: ['Equipment purchase'],
    price: { min: 95_000 * 100, max: 140_000 * 100, currency: 'THB' },
    claimsText: 'Rehabilitation keeps people independent for longer. It does not slow ALS itself.',
  },
  {
    id: 'offer-bog-rehab',
    providerId: 'demo-bogazici',
    treatmentId: 'rehab',
    conditionId: 'als',
    title: 'Intensive physiotherapy week',
    pathway: 'standard-care',
    protocol: 'Five days of physiotherapy.',
    sessions: 5,
    lengthOfStayDays: 6,
    inclusions: ['Five physiotherapy sessions'],
    exclusions: ['Flights', 'Accommodation'],
    price: { min: 45_000 * 100, max: 60_000 * 100, currency: 'TRY' },
    claimsText: 'With our intensive programme many patients find there is no need for ventilation later on.',
  },
  {
    id: 'offer-alameda-cells',
    providerId: 'demo-alameda',
    treatmentId: 'bm-mnc',
    conditionId: 'als',
    title: 'Stem cell infusion programme',
    pathway: 'standard-care',
    protocol: null,
    sessions: 4,
    lengthOfStayDays: 10,
    inclusions: ['Four infusions'],
    exclusions: [],
    price: usd(14_000, 22_000),
    claimsText:
      'Our stem cells are 100% safe and help with ALS, autism, cerebral palsy, stroke and diabetes. Watch our patient testimonials to see the results.',
  },
  {
    id: 'offer-sunrise-package',
    providerId: 'demo-sunrise',
    treatmentId: 'bm-mnc',
    conditionId: 'als',
    title: 'Stem cell therapy package for ALS',
    pathway: 'standard-care',
    protocol: 'Bone-marrow harvest and four intrathecal injections.',
    sessions: 4,
    lengthOfStayDays: 10,
    inclusions: ['Bone-marrow harvest', 'Four injections', 'Hotel transfers'],
    exclusions: [],
    price: usd(8_000, 15_000),
    claimsText:
      'Reverse ALS with our advanced stem cell therapy: an 85% success rate. Autologous cells are exempt from drug rules, so no approval is needed.',
  },
]
