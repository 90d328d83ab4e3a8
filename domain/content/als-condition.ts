import type { LocalisedContent } from './types.ts'

// Reviewed condition page. Facts and sources from ../shared/domain-reference.md; words our own.
const aan = {
  title: 'AAN practice parameter update, Neurology 2009',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764727',
}
const proact = { title: 'Atassi et al., Neurology 2014 (PRO-ACT natural history)' }
const codes = {
  title: 'ICD-10-CM G12.21; SNOMED CT 86044005 (HL7 value set)',
  url: 'https://icdlist.com/icd-10/G12.21',
}
const riluzole = {
  title: 'Riluzole approval, 1995 (The Scientist)',
  url: 'https://www.the-scientist.com/second-ever-als-drug-approved-31542',
}
const edaravone = {
  title: 'Edaravone approval (Nature Reviews Drug Discovery 2017)',
  url: 'http://www.nature.com/nrd/journal/v16/n6/full/nrd.2017.109.html',
}
const tofersen = {
  title: 'Tofersen accelerated approval, 2023 (BioWorld)',
  url: 'https://bioworld.com/articles/696421-uncertainty-then-approval-for-biogens-als-drug',
}
const amx = {
  title: 'Withdrawal of AMX0035 (Public Citizen)',
  url: 'https://www.citizen.org/article/lessons-from-the-withdrawal-of-the-amyotrophic-lateral-sclerosis-drug-amx0035-relyvrio/',
}
const resp = {
  title: 'Respiratory Care 2013;58(9):1555',
  url: 'http://rc.rcjournal.com/content/58/9/1555.full.txt',
}
const nurown = {
  title: 'Cudkowicz et al., Muscle Nerve 2022 (NurOwn phase 3)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9305113/',
}
const lenzu = {
  title: 'ALSUMMIT trial protocol, Trials 2022',
  url: 'https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-022-06327-4',
}
const cochrane = {
  title: 'Cochrane review CD011742 (2019)',
  url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD011742.pub3/abstract',
}
const goutman = {
  title: 'Goutman, Chen & Feldman, Neurotherapeutics 2015',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4404436',
}
const ngscr = {
  title: 'ICMR–DBT National Guidelines for Stem Cell Research 2017',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6801994',
}
const court = {
  title: 'Supreme Court of India, 2026 INSC 96',
  url: 'https://www.scconline.com/blog/post/2026/02/03/supreme-court-stem-cell-therapy-for-autism',
}
const fda = {
  title: 'FDA consumer information on regenerative medicine therapies (2021)',
  url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
}
const ctri = { title: 'CTRI: registration rules', url: 'http://www.ctri.nic.in/Clinicaltrials/alert.php' }

export const alsCondition: LocalisedContent = {
  en: {
    title: 'ALS (amyotrophic lateral sclerosis): what is proven',
    summary:
      'What ALS is, which treatments are approved, what good care looks like, what is being tested in trials, and why paid stem cell “therapy” is not a proven option.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'what-it-is',
        heading: 'What ALS is',
        paragraphs: [
          'ALS, also called motor neurone disease, damages the nerve cells that control the muscles. Weakness spreads over months and years to the arms and legs, speech, swallowing and breathing. Thinking usually stays clear, though some people have changes in behaviour or language.',
          'Doctors often track it with the ALSFRS-R questionnaire: 12 everyday activities scored from 0 to 4, a total out of 48. On average people lose about one point a month, but the speed varies a lot from person to person. Codes: ICD-10 G12.21, ICD-11 8B60.0, SNOMED CT 86044005.',
        ],
        sources: [codes, proact],
      },
      {
        id: 'approved',
        heading: 'Approved medicines',
        paragraphs: [
          'These medicines have regulatory approval. None cures ALS; each helps some people a little.',
        ],
        bullets: [
          'Riluzole (approved in the US in 1995): a daily tablet that lengthens life by about two to three months on average. Neurologists recommend offering it to everyone with ALS.',
          'Edaravone (Japan and South Korea 2015, US 2017): given by drip or by mouth in cycles; it slowed decline in a six-month trial. Its status in India was not confirmed in our review.',
          'Tofersen (US accelerated approval, 2023): for the roughly 2% of people whose ALS comes from a SOD1 gene variant.',
          'AMX0035 was approved in the US in 2022 but withdrawn in 2024 after its large trial failed.',
        ],
        sources: [riluzole, edaravone, tofersen, amx, aan],
      },
      {
        id: 'standard-care',
        heading: 'Care that makes a difference',
        paragraphs: [
          'Care from a coordinated specialist team (neurology, breathing, nutrition, speech and swallowing, physiotherapy, equipment and social support) is the backbone of ALS care.',
          'Breathing support with a mask (non-invasive ventilation) lengthens life and improves sleep; it is usually started when breathing tests fall, for example when forced vital capacity drops below half of what is expected, or when lying flat becomes hard. A feeding tube keeps weight steady and makes meals and medicines safer when swallowing gets difficult.',
        ],
        sources: [aan, resp],
      },
      {
        id: 'in-trials',
        heading: 'Being tested in trials',
        paragraphs: [
          'Several cell therapies have been tested properly. NurOwn (trial NCT03280056) did not meet its main goal, and its US application was withdrawn; a new trial, ENDURANCE (NCT06973629), is planned. Lenzumestrocel has a conditional approval in South Korea, but its phase 3 trial (NCT04745299) missed its main goal in 2024. Neural stem cells injected into the spinal cord were shown to be feasible in small early trials, without evidence of benefit.',
        ],
        sources: [nurown, lenzu],
      },
      {
        id: 'unproven',
        heading: 'Unproven: paid stem cell “therapy”',
        paragraphs: [
          'Many clinics sell stem cell courses for ALS. The evidence behind them comes from small studies with no comparison group; reviews have found no clear benefit. In India, using stem cells outside an approved, registered trial counts as malpractice under the national guidelines, and the Supreme Court confirmed this in 2026. US regulators warn that anyone charged for such products outside a trial is likely being deceived.',
        ],
        sources: [cochrane, goutman, ngscr, court, fda],
      },
      {
        id: 'find-trials',
        heading: 'Finding a trial',
        paragraphs: [
          'Trials are listed on ClinicalTrials.gov and, for India, on the Clinical Trials Registry – India (ctri.nic.in). A genuine trial has a registry number you can look up yourself, regulator permission and ethics committee approval, and the sponsor normally provides the product free of charge. Ask whether joining would stop you taking part in other trials later.',
        ],
        sources: [ctri, fda],
      },
    ],
  },
}
