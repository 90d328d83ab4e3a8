import type { SourceRef } from '../db/schema/catalogue.ts'

// Evidence for ALS, from ../shared/domain-reference.md, written in our own
// words. Each record says where it comes from and when it was last reviewed.
const reviewed = '2026-11-20'

const src = {
  aan2009: {
    title: 'Miller et al., AAN practice parameter update, Neurology 2009;73:1218–26',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764727',
    status: 'verified',
  },
  riluzoleFda: {
    title: 'Riluzole FDA approval, December 1995 (The Scientist)',
    url: 'https://www.the-scientist.com/second-ever-als-drug-approved-31542',
    status: 'verified',
  },
  edaravone: {
    title: 'Edaravone approval, Nature Reviews Drug Discovery 2017',
    url: 'http://www.nature.com/nrd/journal/v16/n6/full/nrd.2017.109.html',
    status: 'verified',
  },
  tofersen: {
    title: 'Tofersen accelerated approval, 25 April 2023 (BioWorld)',
    url: 'https://bioworld.com/articles/696421-uncertainty-then-approval-for-biogens-als-drug',
    status: 'verified',
  },
  respCare: {
    title: 'Respiratory Care 2013;58(9):1555 — NIV and gastrostomy in ALS',
    url: 'http://rc.rcjournal.com/content/58/9/1555.full.txt',
    status: 'verified',
  },
  nurown: {
    title: 'Cudkowicz et al., Muscle Nerve 2022;65:291–302 (NurOwn phase 3)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9305113/',
    status: 'verified',
  },
  nurownFda: {
    title: 'FDA advisory committee vote 17–1 and BLA withdrawal, 2023',
    url: 'https://www.precisionmedicineonline.com/business-news/brainstorm-cell-therapeutics-withdraws-us-regulatory-application-als-therapy-nurown',
    status: 'verified',
  },
  lenzu: {
    title: 'ALSUMMIT protocol, Trials 2022;23:415',
    url: 'https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-022-06327-4',
    status: 'verified',
  },
  lenzuPrice: {
    title: 'Korea Biomedical Review on Neuronata-R',
    url: 'http://www.koreabiomed.com/news/articleView.html?idxno=5832',
    status: 'verified',
  },
  nsi566: { title: 'Glass et al., Neurology 2016;87:392–400 (NSI-566 phase 1 and 2)', status: 'verified' },
  cochrane: {
    title: 'Abdul Wahid et al., Cochrane Database Syst Rev 2019, CD011742.pub3',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD011742.pub3/abstract',
    status: 'verified',
  },
  goutman: {
    title: 'Goutman, Chen & Feldman, Neurotherapeutics 2015',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4404436',
    status: 'verified',
  },
  ngscr: {
    title: 'ICMR–DBT National Guidelines for Stem Cell Research 2017 (Lahiry et al. 2019)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6801994',
    status: 'verified',
  },
  nacscrt: {
    title: 'NAC-SCRT statement on approved stem cell indications',
    url: 'https://nacscrt.icmr.org.in/index.php',
    status: 'verified',
  },
  supremeCourt: {
    title: 'Supreme Court of India, Yash Charitable Trust v. Union of India, 2026 INSC 96 (30 Jan 2026)',
    url: 'https://www.scconline.com/blog/post/2026/02/03/supreme-court-stem-cell-therapy-for-autism',
    status: 'verified',
  },
  prabhakar: { title: 'Prabhakar et al., Neurology India 2012;60:465–9', status: 'verified' },
} satisfies Record<string, SourceRef>

export const sources = src

export const conditions = [
  {
    id: 'als',
    slug: 'als',
    name: 'Amyotrophic lateral sclerosis (ALS)',
    icd10: 'G12.21',
    icd11: '8B60.0',
    snomed: '86044005',
    summary:
      'ALS, also called motor neurone disease or Lou Gehrig’s disease, damages the nerve cells that control muscles. Weakness spreads over months to years, affecting the limbs, speech, swallowing and breathing. No treatment stops it; some slow it a little, and good care adds both time and quality of life.',
  },
]

export const treatments = [
  {
    id: 'riluzole',
    slug: 'riluzole',
    name: 'Riluzole',
    treatmentClass: 'medicine',
    summary: 'A tablet taken daily; the first medicine approved for ALS.',
  },
  {
    id: 'edaravone',
    slug: 'edaravone',
    name: 'Edaravone',
    treatmentClass: 'medicine',
    route: 'intravenous',
    summary: 'An antioxidant given by drip or by mouth in cycles.',
  },
  {
    id: 'tofersen',
    slug: 'tofersen',
    name: 'Tofersen',
    treatmentClass: 'medicine',
    route: 'intrathecal',
    summary: 'A gene-targeted medicine for people whose ALS is caused by a SOD1 variant.',
  },
  {
    id: 'niv',
    slug: 'breathing-support-niv',
    name: 'Breathing support (non-invasive ventilation)',
    treatmentClass: 'procedure',
    summary: 'A mask and machine that support breathing, mostly at night at first.',
  },
  {
    id: 'gastrostomy',
    slug: 'feeding-support-gastrostomy',
    name: 'Feeding support (gastrostomy)',
    treatmentClass: 'procedure',
    summary:
      'A feeding tube into the stomach, placed in a short procedure, to keep weight and make meals safe.',
  },
  {
    id: 'mdt-care',
    slug: 'multidisciplinary-als-care',
    name: 'Multidisciplinary ALS care',
    treatmentClass: 'standard-care',
    summary:
      'Neurology, breathing, nutrition, speech, physiotherapy and social care from one coordinated team.',
  },
  {
    id: 'rehab',
    slug: 'als-rehabilitation',
    name: 'ALS rehabilitation and physiotherapy',
    treatmentClass: 'rehabilitation',
    summary: 'Exercise, equipment and training to keep independence and comfort for longer.',
  },
  {
    id: 'msc-ntf',
    slug: 'msc-ntf-nurown',
    name: 'MSC-NTF cells (NurOwn, debamestrocel)',
    treatmentClass: 'cell-based-intervention',
    cellType: 'mesenchymal stromal cells',
    cellSource: 'bone-marrow',
    cellOrigin: 'autologous',
    route: 'intrathecal',
    summary:
      'The person’s own bone-marrow cells, grown and treated in a laboratory, injected into the spinal fluid.',
  },
  {
    id: 'lenzumestrocel',
    slug: 'lenzumestrocel-neuronata-r',
    name: 'Lenzumestrocel (Neuronata-R)',
    treatmentClass: 'cell-based-intervention',
    cellType: 'mesenchymal stromal cells',
    cellSource: 'bone-marrow',
    cellOrigin: 'autologous',
    route: 'intrathecal',
    summary:
      'Bone-marrow cells from the person, given into the spinal fluid; conditionally approved in South Korea only.',
  },
  {
    id: 'nsi-566',
    slug: 'nsi-566-neural-stem-cells',
    name: 'NSI-566 neural stem cells',
    treatmentClass: 'cell-based-intervention',
    cellType: 'neural stem cells',
    cellSource: 'fetal spinal cord',
    cellOrigin: 'allogeneic',
    route: 'intraspinal',
    summary: 'Donor neural stem cells injected directly into the spinal cord in early-phase trials.',
  },
  {
    id: 'bm-mnc',
    slug: 'bone-marrow-cells-intrathecal',
    name: 'Bone-marrow mononuclear cells (intrathecal)',
    treatmentClass: 'cell-based-intervention',
    cellType: 'mononuclear cells',
    cellSource: 'bone-marrow',
    cellOrigin: 'autologous',
    route: 'intrathecal',
    summary:
      'Cells taken from the person’s hip bone and injected into the spinal fluid; offered by some private clinics without trial evidence.',
  },
] as const

type EvidenceSeed = {
  id: string
  conditionId: string
  treatmentId: string
  standing: 'approved' | 'standard-care' | 'in-trials' | 'unproven'
  summary: string
  regulatory: { jurisdiction: string; status: string; since?: string; note?: string }[]
  trials: {
    registryId: string
    title: string
    phase: string
    size?: number
    status: string
    result: string
  }[]
  reviews: { citation: string; finding: string; url?: string }[]
  sources: SourceRef[]
  lastReviewed: string
}

export const evidenceRecords: EvidenceSeed[] = [
  {
    id: 'als-riluzole',
    conditionId: 'als',
    treatmentId: 'riluzole',
    standing: 'approved',
    summary:
      'Riluzole lengthens life by about two to three months on average. Neurologists recommend offering it to everyone with ALS.',
    regulatory: [{ jurisdiction: 'US', status: 'approved', since: '1995-12' }],
    trials: [],
    reviews: [{ citation: 'AAN practice parameter 2009', finding: 'Riluzole should be offered (level A).' }],
    sources: [src.riluzoleFda, src.aan2009],
    lastReviewed: reviewed,
  },
  {
    id: 'als-edaravone',
    conditionId: 'als',
    treatmentId: 'edaravone',
    standing: 'approved',
    summary:
      'In a 24-week trial of 137 people, edaravone slowed the loss of function by about 2.5 points on the ALSFRS-R scale. It is approved in Japan, South Korea and the US.',
    regulatory: [
      { jurisdiction: 'JP', status: 'approved', since: '2015' },
      { jurisdiction: 'KR', status: 'approved', since: '2015' },
      { jurisdiction: 'US', status: 'approved', since: '2017-05-05' },
      { jurisdiction: 'IN', status: 'not confirmed', note: 'Indian approval status was not found.' },
    ],
    trials: [],
    reviews: [],
    sources: [src.edaravone],
    lastReviewed: reviewed,
  },
  {
    id: 'als-tofersen',
    conditionId: 'als',
    treatmentId: 'tofersen',
    standing: 'approved',
    summary:
      'For the roughly 2% of people whose ALS comes from a SOD1 variant, tofersen lowers a marker of nerve damage. The US approved it early, on that marker; a confirmatory trial is running.',
    regulatory: [
      {
        jurisdiction: 'US',
        status: 'accelerated approval',
        since: '2023-04-25',
        note: 'Adults with a SOD1 variant only.',
      },
    ],
    trials: [],
    reviews: [],
    sources: [src.tofersen],
    lastReviewed: reviewed,
  },
  {
    id: 'als-niv',
    conditionId: 'als',
    treatmentId: 'niv',
    standing: 'standard-care',
    summary:
      'Breathing support with a mask lengthens life and improves sleep. It is usually started when breathing tests fall (for example FVC below 50% of predicted) or lying flat becomes hard.',
    regulatory: [],
    trials: [],
    reviews: [{ citation: 'AAN practice parameter 2009', finding: 'NIV lengthens survival (level B).' }],
    sources: [src.aan2009, src.respCare],
    lastReviewed: reviewed,
  },
  {
    id: 'als-gastrostomy',
    conditionId: 'als',
    treatmentId: 'gastrostomy',
    standing: 'standard-care',
    summary:
      'A feeding tube keeps weight steady and makes eating and medicines safer when swallowing becomes hard; it is best placed before breathing weakens much.',
    regulatory: [],
    trials: [],
    reviews: [
      {
        citation: 'AAN practice parameter 2009',
        finding: 'Gastrostomy stabilises weight and may prolong survival (level B).',
      },
    ],
    sources: [src.aan2009],
    lastReviewed: reviewed,
  },
  {
    id: 'als-mdt',
    conditionId: 'als',
    treatmentId: 'mdt-care',
    standing: 'standard-care',
    summary:
      'Care from a coordinated team of specialists is the backbone of ALS care and is linked with longer and better lives.',
    regulatory: [],
    trials: [],
    reviews: [
      { citation: 'AAN practice parameter 2009', finding: 'Refer to a specialist multidisciplinary clinic.' },
    ],
    sources: [src.aan2009],
    lastReviewed: reviewed,
  },
  {
    id: 'als-rehab',
    conditionId: 'als',
    treatmentId: 'rehab',
    standing: 'standard-care',
    summary:
      'Physiotherapy, occupational therapy and the right equipment help people stay independent and comfortable; they do not slow the disease itself.',
    regulatory: [],
    trials: [],
    reviews: [],
    sources: [src.aan2009],
    lastReviewed: reviewed,
  },
  {
    id: 'als-msc-ntf',
    conditionId: 'als',
    treatmentId: 'msc-ntf',
    standing: 'in-trials',
    summary:
      'The phase 3 trial did not meet its main goal: 33% of treated people responded versus 28% on placebo, a difference that could be chance. US regulators’ advisers voted 17 to 1 that benefit was not shown, and the application was withdrawn. A new trial (ENDURANCE) is planned.',
    regulatory: [
      { jurisdiction: 'US', status: 'not approved', note: 'Application withdrawn in October 2023.' },
    ],
    trials: [
      {
        registryId: 'NCT03280056',
        title: 'Phase 3 randomised placebo-controlled trial',
        phase: '3',
        size: 189,
        status: 'completed',
        result: 'Primary endpoint not met.',
      },
      {
        registryId: 'NCT06973629',
        title: 'ENDURANCE phase 3b',
        phase: '3b',
        size: 200,
        status: 'not yet recruiting',
        result: 'No results yet.',
      },
    ],
    reviews: [],
    sources: [src.nurown, src.nurownFda],
    lastReviewed: reviewed,
  },
  {
    id: 'als-lenzumestrocel',
    conditionId: 'als',
    treatmentId: 'lenzumestrocel',
    standing: 'in-trials',
    summary:
      'South Korea gave a conditional approval in 2014, the only approval of a stem cell product for ALS anywhere. Its phase 3 trial (ALSUMMIT) missed its main goal in December 2024. It costs about 60 million won a year in Korea and is not reimbursed.',
    regulatory: [
      { jurisdiction: 'KR', status: 'conditional approval', since: '2014-07' },
      { jurisdiction: 'US', status: 'not approved', note: 'Orphan designation only.' },
    ],
    trials: [
      {
        registryId: 'NCT04745299',
        title: 'ALSUMMIT phase 3, sham-controlled',
        phase: '3',
        size: 115,
        status: 'completed',
        result: 'Primary endpoint missed.',
      },
    ],
    reviews: [],
    sources: [src.lenzu, src.lenzuPrice],
    lastReviewed: reviewed,
  },
  {
    id: 'als-nsi-566',
    conditionId: 'als',
    treatmentId: 'nsi-566',
    standing: 'in-trials',
    summary:
      'Small open-label trials showed the surgery can be done safely, but with no comparison group nothing can be said about benefit.',
    regulatory: [],
    trials: [
      {
        registryId: 'NCT01348451',
        title: 'Phase 1 (registry id not verified)',
        phase: '1',
        size: 15,
        status: 'completed',
        result: 'Safety and feasibility only.',
      },
      {
        registryId: 'NCT01730716',
        title: 'Phase 2 (registry id not verified)',
        phase: '2',
        size: 15,
        status: 'completed',
        result: 'No controlled efficacy data.',
      },
    ],
    reviews: [],
    sources: [src.nsi566],
    lastReviewed: reviewed,
  },
  {
    id: 'als-bm-mnc',
    conditionId: 'als',
    treatmentId: 'bm-mnc',
    standing: 'unproven',
    summary:
      'Only small studies without a comparison group exist. A Cochrane review found too little good evidence to guide practice. In India, giving stem cells outside an approved, registered trial counts as malpractice.',
    regulatory: [
      { jurisdiction: 'IN', status: 'trial only', note: 'NGSCR 2017; Supreme Court of India, 2026.' },
    ],
    trials: [],
    reviews: [
      {
        citation: 'Cochrane review CD011742, 2019',
        finding: 'Two small trials; not enough high-quality evidence.',
        url: src.cochrane.url,
      },
      {
        citation: 'Goutman, Chen & Feldman 2015',
        finding: 'No trial has shown a clear benefit.',
        url: src.goutman.url,
      },
    ],
    sources: [src.cochrane, src.goutman, src.prabhakar, src.ngscr, src.supremeCourt],
    lastReviewed: reviewed,
  },
]

export const exchangeRates = [
  { currency: 'USD', perUsd: '1', asOf: '2026-11-20' },
  { currency: 'EUR', perUsd: '0.92', asOf: '2026-11-20' },
  { currency: 'GBP', perUsd: '0.79', asOf: '2026-11-20' },
  { currency: 'INR', perUsd: '84.1', asOf: '2026-11-20' },
  { currency: 'KRW', perUsd: '1385', asOf: '2026-11-20' },
  { currency: 'THB', perUsd: '35.6', asOf: '2026-11-20' },
  { currency: 'TRY', perUsd: '34.4', asOf: '2026-11-20' },
  { currency: 'MXN', perUsd: '18.2', asOf: '2026-11-20' },
  { currency: 'AED', perUsd: '3.6725', asOf: '2026-11-20' },
  { currency: 'SAR', perUsd: '3.75', asOf: '2026-11-20' },
  { currency: 'EGP', perUsd: '48.9', asOf: '2026-11-20' },
].map((r) => ({ ...r, source: 'Demonstration snapshot — not for payment' }))
