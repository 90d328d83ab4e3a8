import type { LocalisedContent } from './types.ts'

// Reviewed guide. Facts and sources from ../shared/domain-reference.md; words our own.
const ngscr = {
  title: 'ICMR–DBT National Guidelines for Stem Cell Research 2017 (Lahiry et al. 2019)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6801994',
}
const court = {
  title: 'Supreme Court of India, Yash Charitable Trust v. Union of India, 2026 INSC 96',
  url: 'https://www.scconline.com/blog/post/2026/02/03/supreme-court-stem-cell-therapy-for-autism',
}
const nurown = {
  title: 'Cudkowicz et al., Muscle Nerve 2022 (NurOwn phase 3)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9305113/',
}
const cochrane = {
  title: 'Cochrane review CD011742, cell-based therapies for ALS (2019)',
  url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD011742.pub3/abstract',
}
const fda = {
  title: 'FDA: Important patient and consumer information about regenerative medicine therapies (2021)',
  url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
}
const isscr = {
  title: 'ISSCR: questions to ask about stem cell treatments',
  url: 'http://www.closerlookatstemcells.org/What_to_Ask.html',
}
const ndct = {
  title: 'New Drugs and Clinical Trials Rules 2019',
  url: 'https://1-comply.com/key-compliances-under-new-drugs-and-clinical-trials-rules-2019',
}
const ctri = { title: 'CTRI: registration rules', url: 'http://www.ctri.nic.in/Clinicaltrials/alert.php' }
const korea = {
  title: 'Korea Biomedical Review on Neuronata-R',
  url: 'http://www.koreabiomed.com/news/articleView.html?idxno=5832',
}
const lenzu = {
  title: 'ALSUMMIT trial protocol, Trials 2022',
  url: 'https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-022-06327-4',
}
const aan = {
  title: 'AAN practice parameter update, Neurology 2009',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764727',
}
const proact = { title: 'Atassi et al., Neurology 2014 (PRO-ACT natural history)' }
const meaningful = { title: 'Castrillo-Viguera et al., ALS 2010 (clinically meaningful slowing)' }
const visa = {
  title: 'India e-Medical visa (secondary summaries of the official portal; check the live portal)',
}
const jci = {
  title: 'JCI accreditation public information policy',
  url: 'https://www.jointcommissioninternational.org/resources/customer-service/accreditation-public-information-policy/',
}

export const stemCellGuide: LocalisedContent = {
  en: {
    title: 'Stem cell therapy for ALS: what families should know',
    summary:
      'No stem cell treatment has been shown to slow or stop ALS. In India it may only be given inside an approved, registered clinical trial. This guide explains what is claimed, what trials found, the law, the risks and costs, and how to check a clinic.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'bottom-line',
        heading: 'The short answer',
        paragraphs: [
          'Stem cell treatments for ALS are still experiments. The largest controlled trials did not show a benefit, and no stem cell product is approved for ALS in India, the United States or the European Union. South Korea gave one product a conditional approval in 2014; its later phase 3 trial missed its main goal.',
          'If you want to try a cell therapy, the safe and lawful way is a registered clinical trial. Meanwhile, proven care (riluzole, breathing support, a feeding tube when needed, and a specialist team) makes a real difference. Waypoint lists trials and proven care, and never a paid stem cell package.',
        ],
        sources: [nurown, cochrane, ngscr],
      },
      {
        id: 'benefits-claimed',
        heading: 'What clinics claim, and what trials found',
        paragraphs: [
          'Clinics often promise protection of nerve cells, less inflammation, better speech, swallowing or breathing, and slower decline. Some quote success rates.',
          'Those claims come from small studies without a comparison group, and from patient stories. In the largest placebo-controlled trial (NurOwn, 189 people), 33% of treated people met the response goal against 28% on placebo, a difference that could be chance. A Cochrane review found too little good-quality evidence to guide practice.',
        ],
        sources: [nurown, cochrane],
      },
      {
        id: 'how-it-is-meant-to-work',
        heading: 'How it is meant to work',
        paragraphs: [
          'The idea is that injected cells release substances that protect the remaining motor neurons and calm inflammation, rather than replacing the nerve cells that have been lost. These are hypotheses that trials are testing; they are not established effects in people with ALS.',
        ],
        sources: [cochrane],
      },
      {
        id: 'approval-in-india',
        heading: 'Is it approved in India?',
        paragraphs: [
          'No. Under India’s 2017 national guidelines, any use of stem cells in patients, other than blood-forming stem cell transplants for blood disorders, is research and may only happen inside an approved, monitored clinical trial. Any other use is treated as malpractice. In January 2026 the Supreme Court of India confirmed this, and held that a patient’s consent does not make an unproven treatment lawful.',
          'A genuine Indian trial has all four of these: a CTRI registration number (CTRI/YYYY/MM/NNNNNN), permission from the drugs regulator (DCGI, Form CT-06), approval from an ethics committee registered with CDSCO, and an institutional stem cell committee registered with the national apex committee (NAC-SCRT).',
        ],
        sources: [ngscr, court, ndct, ctri],
      },
      {
        id: 'cell-types',
        heading: 'Which cells are used',
        paragraphs: [
          'Most offers use mesenchymal stromal cells (often called MSCs) taken from bone marrow, fat tissue or umbilical cord. Some trials have used neural stem cells injected into the spinal cord.',
          '“Autologous” means your own cells, taken from you and given back; “allogeneic” means a donor’s cells. Using your own cells does not make a treatment proven or exempt from the rules.',
        ],
        sources: [cochrane, court],
      },
      {
        id: 'risks',
        heading: 'Risks',
        paragraphs: [
          'Taking the cells (bone-marrow aspiration or liposuction) and giving them (into a vein, into the spinal fluid, or into the spinal cord) can cause pain, bleeding, infection, headache and, with spinal injections, meningitis. US regulators have received reports of serious harms from unapproved cell products, including infections and tumours.',
          'There are other harms too: losing the chance to join a proper trial later (some trials exclude people who have had cell treatments), travelling when breathing is weak, and the financial cost to the family.',
        ],
        sources: [fda],
      },
      {
        id: 'costs',
        heading: 'What it costs',
        paragraphs: [
          'Marketing sites quote roughly 5,000 to 25,000 US dollars for a “course” in India. We show these figures only as context: they are not the price of a proven treatment. The one conditionally approved product, in South Korea, costs about 60 million won a year and is not reimbursed there.',
          'In a genuine trial the sponsor normally provides the investigational product; you may still pay for travel and accommodation. Be wary of anyone who charges for an investigational product.',
        ],
        sources: [korea, fda],
      },
      {
        id: 'what-to-check',
        heading: 'What to check before you decide',
        paragraphs: ['Ask these questions, and look for written answers:'],
        bullets: [
          'Is this a registered trial? Look the registry number up yourself on CTRI or ClinicalTrials.gov.',
          'Who approved it: the regulator, and a registered ethics committee?',
          'Is there a written protocol: which cells, from where, how many, by which route, how often?',
          'How will any benefit be measured, and who oversees safety independently?',
          'Does anyone promise a cure, improvement or a success rate, or offer testimonials as evidence? Those are warning signs.',
          'Are you asked to stop riluzole, breathing support or a feeding tube? Never do so for a cell treatment.',
          'Would this stop you joining other trials later?',
          'What do two or three independent ALS neurologists think?',
        ],
        sources: [isscr, fda, aan],
      },
      {
        id: 'process-for-international-patients',
        heading: 'How a lawful journey works on Waypoint',
        paragraphs: [
          'You (or a family member acting for you) tell us about the condition and upload records. You choose which providers may see them. Providers review the records and say whether you may be eligible, with a plan and an itemised quote. A coordinator stays your single point of contact.',
          'For India, the hospital issues the invitation letter for an e-Medical visa, and up to two attendants can travel on e-Medical Attendant visas. Waypoint never arranges letters for unproven treatment. On arrival there is an in-person assessment; then the trial visits or the care take place; afterwards we follow up with the ALSFRS-R questionnaire and a summary for your home doctor.',
        ],
        sources: [visa],
      },
      {
        id: 'outcomes',
        heading: 'Making sense of “improvement” stories',
        paragraphs: [
          'ALS changes at different speeds in different people, and many people have stable weeks. Without a comparison group it is impossible to tell whether a change came from a treatment. On average, people lose about one point a month on the ALSFRS-R scale; specialists consider slowing that by about a fifth to be meaningful.',
        ],
        sources: [proact, meaningful],
      },
      {
        id: 'infrastructure',
        heading: 'What good infrastructure really means',
        paragraphs: [
          'Good hospitals have a multidisciplinary ALS clinic, breathing and nutrition teams, and accreditation such as JCI or NABH, which is renewed every three years. Accreditation is about the quality of a hospital; it does not make an unproven treatment lawful or effective.',
        ],
        sources: [jci, lenzu],
      },
    ],
  },
}
