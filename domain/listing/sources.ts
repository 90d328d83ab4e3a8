import type { SourceRef } from './types.ts'

// The sources each rule and red flag rests on (see ../shared/domain-reference.md).
export const policySources = {
  ngscr: {
    title: 'ICMR–DBT National Guidelines for Stem Cell Research, 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6801994',
  },
  supremeCourt: {
    title: 'Supreme Court of India, Yash Charitable Trust v. Union of India, 2026 INSC 96',
    url: 'https://www.scconline.com/blog/post/2026/02/03/supreme-court-stem-cell-therapy-for-autism',
  },
  ndct: {
    title: 'New Drugs and Clinical Trials Rules, 2019 (Rules 8 and 19)',
    url: 'https://1-comply.com/key-compliances-under-new-drugs-and-clinical-trials-rules-2019',
  },
  ctri: {
    title: 'Clinical Trials Registry – India: prospective registration',
    url: 'http://www.ctri.nic.in/Clinicaltrials/alert.php',
  },
  nacscrt: {
    title: 'NAC-SCRT: IC-SCR registration',
    url: 'https://bic.icmr.org.in/nacscrt/IC-SCR_Registration.html',
  },
  isscr: {
    title: 'ISSCR Patient Handbook on Stem Cell Therapies (warning signs)',
    url: 'http://www.closerlookatstemcells.org/What_to_Ask.html',
  },
  fda2021: {
    title: 'FDA, Important Patient and Consumer Information About Regenerative Medicine Therapies (2021)',
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
  },
  aan2009: {
    title: 'AAN practice parameter update, Neurology 2009',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764727',
  },
  jci: {
    title: 'JCI accreditation public information policy',
    url: 'https://www.jointcommissioninternational.org/resources/customer-service/accreditation-public-information-policy/',
  },
  koreaApproval: {
    title: 'Lenzumestrocel conditional approval (Korea, 2014)',
    url: 'http://corestem.com/en/m21.php',
  },
} satisfies Record<string, SourceRef>
