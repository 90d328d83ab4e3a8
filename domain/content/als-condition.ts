import type { LocalisedContent } from './types.ts'

// Reviewed condition page for ALS. Every fact comes from /work/shared/domain-reference.md
// (section numbers in the comments); the wording is Waypoint's own. Facts the reference marks
// [P] are written as "reported"; facts it marks [U] are not stated.

// §5.1 codes
const icd10cm = {
  title: 'ICD-10-CM G12.21 Amyotrophic lateral sclerosis',
  url: 'https://icdlist.com/icd-10/G12.21',
}
const icd10who = {
  title: 'WHO ICD-10, block G10–G14 (G12.2 Motor neuron disease)',
  url: 'https://icd.who.int/browse10/2019/en/GetConcept?ConceptId=G10-G14',
}
const snomed = {
  title: 'SNOMED CT 86044005 in an HL7 FHIR value set',
  url: 'https://hl7.org/fhir/us/covid19library/2021Sep/ValueSet-covid19-underlying-neurolgic-condition-value-set.html',
}
// §4
const alsfrs = {
  title:
    'Cedarbaum et al., “The ALSFRS-R: a revised ALS functional rating scale that incorporates assessments of respiratory function”, J Neurol Sci 1999;169:13–21',
}
const online = {
  title:
    'Maier et al., “Online assessment of ALS functional rating scale compares well to in-clinic evaluation”, ALS 2012;13:210–216',
  url: 'https://chromoscience.com/research-article-online-assessment-of-als-functional-rating-scale-compares-well-to-in-clinic-evaluation-a-prospective-trial/',
}
const proact = {
  title: 'Atassi et al., Neurology 2014;83:1719–25 (PRO-ACT natural history)',
  url: 'https://link.springer.com/article/10.1007/s13311-015-0336-z',
}
const progressionGroups = {
  title: 'Progression rate categories, DZNE 2026',
  url: 'https://pub.dzne.de/record/286226?ln=en',
}
const kings = {
  title: 'Roche et al., “A proposed staging system for amyotrophic lateral sclerosis”, Brain 2012;135:847–52',
}
// §2.3 approved treatments and standard care
const riluzole = {
  title: 'The Scientist: second-ever ALS drug approved (riluzole, 1995)',
  url: 'https://www.the-scientist.com/second-ever-als-drug-approved-31542',
}
const aan = {
  title: 'Miller et al., AAN practice parameter update, Neurology 2009;73:1218–26',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764727',
}
const respCare = {
  title: 'Respiratory Care 2013;58(9):1555 (ALS respiratory management)',
  url: 'http://rc.rcjournal.com/content/58/9/1555.full.txt',
}
const edaravone = {
  title: 'Nature Reviews Drug Discovery 2017: edaravone approval',
  url: 'http://www.nature.com/nrd/journal/v16/n6/full/nrd.2017.109.html',
}
const edaravoneOral = {
  title: 'The Pharma Letter: FDA approves oral Radicava (2022)',
  url: 'https://www.thepharmaletter.com/pharmaceutical/fda-nod-for-oral-formulation-of-amyotrophic-lateral-sclerosis-drug-radicava',
}
const tofersen = {
  title: 'BioWorld: uncertainty, then approval for Biogen’s ALS drug (tofersen, 2023)',
  url: 'https://bioworld.com/articles/696421-uncertainty-then-approval-for-biogens-als-drug',
}
const amx = {
  title: 'Public Citizen: lessons from the withdrawal of AMX0035 (Relyvrio)',
  url: 'https://www.citizen.org/article/lessons-from-the-withdrawal-of-the-amyotrophic-lateral-sclerosis-drug-amx0035-relyvrio/',
}
// §2.1 trials
const nurown = {
  title: 'Cudkowicz et al., NurOwn phase 3 trial, Muscle Nerve 2022;65:291–302',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9305113/',
}
const nurownResults = {
  title: 'ClinicalTrials.gov NCT03280056, results',
  url: 'https://classic.clinicaltrials.gov/ct2/show/results/NCT03280056',
}
const nurownWithdrawn = {
  title: 'Precision Medicine Online: BrainStorm withdraws its US application for NurOwn (2023)',
  url: 'https://www.precisionmedicineonline.com/business-news/brainstorm-cell-therapeutics-withdraws-us-regulatory-application-als-therapy-nurown',
}
const endurance = {
  title: 'ENDURANCE trial record, NCT06973629',
  url: 'https://ctv.veeva.com/study/efficacy-and-safety-of-msc-ntf-nurown-in-participants-with-early-symptomatic-als-and-moderate-dise',
}
const alsummit = {
  title: 'ALSUMMIT (lenzumestrocel) phase 3 protocol, Trials 2022;23:415',
  url: 'https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-022-06327-4',
}
const corestem = { title: 'Corestem: Neuronata-R', url: 'http://corestem.com/en/m21.php' }
const koreaBiomed = {
  title: 'Korea Biomedical Review: Neuronata-R price and reimbursement',
  url: 'http://www.koreabiomed.com/news/articleView.html?idxno=5832',
}
const nsi566 = {
  title: 'Feldman et al., NSI-566 phase 1, Ann Neurol 2014;75:363–73',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/mid/NIHMS565900',
}
const nsi566Review = {
  title:
    'Glass et al., “Transplantation of spinal cord-derived neural stem cells for ALS: analysis of phase 1 and 2 trials”, Neurology 2016;87:392–400',
}
// §2.2 reviews
const cochrane = {
  title: 'Abdul Wahid et al., Cell-based therapies for ALS/MND, Cochrane review CD011742 (2019)',
  url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD011742.pub3/abstract',
}
const cochrane2016 = {
  title: 'Cochrane review CD011742, plain-language summary',
  url: 'https://www.cochrane.org/CD011742/NEUROMUSC_cell-based-therapies-amyotrophic-lateral-sclerosismotor-neuron-disease-alsmnd',
}
const goutman = {
  title: 'Goutman, Chen & Feldman, Neurotherapeutics 2015',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4404436',
}
// §1 India, §3.2 FDA
const ngscr = {
  title: 'Nature India: new national guidelines for stem cell research (2017)',
  url: 'https://www.nature.com/articles/nindia.2017.130',
}
const ngscrPaper = {
  title:
    'Lahiry et al., “The National Guidelines for Stem Cell Research (2017)”, Perspect Clin Res 2019;10:148–54',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6801994',
}
const nacscrt = { title: 'NAC-SCRT (ICMR) statement', url: 'https://nacscrt.icmr.org.in/index.php' }
const icscr = {
  title: 'NAC-SCRT: IC-SCR registration',
  url: 'https://bic.icmr.org.in/nacscrt/IC-SCR_Registration.html',
}
const courtText = {
  title: 'Supreme Court of India, Yash Charitable Trust v. Union of India, 2026 INSC 96 (judgment text)',
  url: 'https://lawlens.in/doc/f92fbe2a-80e2-4e6e-9a50-27d74bad60c6',
}
const courtReport = {
  title: 'SCC Online report of 2026 INSC 96 (3 February 2026)',
  url: 'https://www.scconline.com/blog/post/2026/02/03/supreme-court-stem-cell-therapy-for-autism',
}
const fda = {
  title: 'FDA: Important patient and consumer information about regenerative medicine therapies (2021)',
  url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
}
// §1.2–1.3 trials in India, §3.1 ISSCR
const ndct = {
  title: 'ProRelix: clinical trials under the New Drugs and Clinical Trials Rules 2019',
  url: 'https://prorelixresearch.com/data-requirements-for-clinical-trial-in-india-new-drugs-and-clinical-trial-rules-2019/',
}
const ctriFaq = {
  title: 'CTRI: frequently asked questions',
  url: 'http://www.ctri.nic.in/Clinicaltrials/faq.php',
}
const ctriAlert = {
  title: 'CTRI: prospective registration from 1 April 2018',
  url: 'http://www.ctri.nic.in/Clinicaltrials/alert.php',
}
const isscrQuestions = {
  title: 'ISSCR: questions to ask about a stem cell treatment',
  url: 'http://www.closerlookatstemcells.org/What_to_Ask.html',
}

const sources = {
  whatItIs: [icd10cm, icd10who, snomed, alsfrs, online, proact, progressionGroups, kings],
  approved: [riluzole, aan, respCare, edaravone, edaravoneOral, tofersen, amx],
  standardCare: [aan, respCare],
  inTrials: [
    nurown,
    nurownResults,
    nurownWithdrawn,
    endurance,
    alsummit,
    corestem,
    koreaBiomed,
    nsi566,
    nsi566Review,
  ],
  unproven: [cochrane, cochrane2016, goutman, ngscr, ngscrPaper, nacscrt, courtText, courtReport, fda],
  findTrials: [ctriFaq, ctriAlert, ndct, icscr, fda, isscrQuestions],
}

export const alsCondition: LocalisedContent = {
  en: {
    title: 'ALS (amyotrophic lateral sclerosis): what is known and what is proven',
    summary:
      'What ALS is, which medicines are approved, the care that helps, which cell therapies are being tested in trials, and why paid stem cell “treatment” is not a proven option. Please talk over anything you read here with your neurologist.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'what-it-is',
        heading: 'What ALS is',
        paragraphs: [
          'ALS (amyotrophic lateral sclerosis) is a motor neuron disease. It affects the nerve cells that control the muscles. Over time it weakens speech and swallowing, the arms, the legs and, later, breathing. Doctors often describe its course in stages: first one region of the body is affected, then two, then three. Later stages are marked by the need for a feeding tube or for breathing support.',
          'ALS gets worse over time, but the speed differs a lot from person to person. Doctors follow it with a questionnaire called the ALSFRS-R. It covers 12 everyday activities, such as speaking, swallowing, handwriting, walking and breathing. Each is scored from 0 to 4, so the total runs from 0 to 48. A higher score means better function. People can fill it in themselves, on paper or online, and studies show this works well.',
          'In PRO-ACT, a pooled record of more than 8,600 people who took part in ALS trials, the score fell by about 1 point a month on average. That is only an average. Some people lose less than half a point a month; others lose more than one.',
          'Codes you may see on forms: ICD-10-CM G12.21 (in the WHO version of ICD-10, ALS falls under G12.2, motor neuron disease); SNOMED CT 86044005; ICD-11 8B60.0, as reported in secondary sources and still to be checked against the WHO ICD-11 browser.',
        ],
        sources: sources.whatItIs,
      },
      {
        id: 'approved',
        heading: 'Approved medicines',
        paragraphs: [
          'No medicine cures ALS. The medicines below have been approved by regulators and can help some people. Ask your neurologist which are right for you and which are available where you live. We have not been able to confirm whether edaravone and tofersen are approved in India.',
        ],
        bullets: [
          'Riluzole: a tablet, approved in the United States in December 1995. On average it lengthens survival by about two to three months. The American Academy of Neurology (AAN) says it should be offered. Indian companies make it as a generic medicine.',
          'Edaravone: approved in Japan and South Korea in 2015 and in the United States on 5 May 2017, given into a vein in cycles. A form taken by mouth was approved in the United States in May 2022. In the 24-week trial of 137 people behind the US approval, people on edaravone lost about 2.5 fewer ALSFRS-R points than the comparison group.',
          'Tofersen: given by injection into the spinal fluid. It received accelerated approval in the United States on 25 April 2023 for adults whose ALS is linked to a change (mutation) in the SOD1 gene, which is about 2 in every 100 people with ALS. The approval rested on a fall in a blood marker called neurofilament light. A further trial, ATLAS, is meant to confirm the benefit.',
          'AMX0035 (Relyvrio, also called Albrioza) is no longer an option. It was approved in the United States on 29 September 2022. Its large phase 3 trial, PHOENIX (664 people), then failed, and it was withdrawn in the United States and Canada in April 2024.',
        ],
        sources: sources.approved,
      },
      {
        id: 'standard-care',
        heading: 'Care that helps',
        paragraphs: [
          'Good ALS care is team care. A neurologist works with people who look after breathing, nutrition, speech and swallowing, and movement (physiotherapy and other rehabilitation), with nurses and social support. This is what Waypoint means by evidence-based ALS care: approved medicines, breathing support, feeding support and rehabilitation, planned together.',
          'Breathing support. Non-invasive ventilation (NIV) gives breathing help through a mask, at first for part of the day or night. The AAN guidance of 2009 found that it lengthens survival. Guidance says to consider it when breathing tests fall: for example when forced vital capacity (FVC) drops below half of the expected value, when breathing pressure tests are low, or when breathing becomes hard while lying flat.',
          'Feeding support. When swallowing becomes hard, a feeding tube placed through the skin into the stomach (a gastrostomy, often called PEG) can be used. The same guidance found that it helps keep weight steady and probably lengthens survival.',
          'Rehabilitation. Physiotherapy and other therapies are part of the care plan, together with breathing and feeding support. Your neurologist and the care team will decide with you what is right, and when.',
        ],
        sources: sources.standardCare,
      },
      {
        id: 'in-trials',
        heading: 'Cell therapies being tested in trials',
        paragraphs: [
          'Several cell therapies for ALS have been tested in proper clinical trials. So far none has clearly shown that it slows ALS. Taking part in a registered trial is the lawful way to receive one.',
        ],
        bullets: [
          'NurOwn (debamestrocel) uses cells taken from the person’s own body (autologous MSC-NTF cells), given as three injections into the spinal fluid. In its phase 3 trial (NCT03280056, 189 people treated), 33% of people on NurOwn met the trial’s definition of a response, against 28% on placebo. The difference could have been chance, and the trial missed its main goal. The average fall in ALSFRS-R was similar in both groups (5.52 and 5.88 points). Safety was acceptable. In September 2023 an FDA advisory committee voted 17 to 1 that effectiveness had not been shown, and the company withdrew its US application in October 2023.',
          'ENDURANCE (NCT06973629) is a new NurOwn trial for about 200 people: 24 weeks comparing NurOwn with placebo, then 24 weeks in which all take part openly. Its main measure is the change in ALSFRS-R at 24 weeks. When the registry was last updated (May 2025) it was not yet recruiting, and the company was looking for funding. Check the registry for its current status.',
          'Lenzumestrocel (Neuronata-R) uses the person’s own bone-marrow mesenchymal stem cells. South Korea gave it a conditional approval in July 2014. Its phase 3 trial in Korea (ALSUMMIT, NCT04745299, 115 people, compared with a sham procedure) missed its main goal in December 2024. The company reports signs of benefit in people whose ALS was progressing slowly, from an analysis done after the trial. Korea’s health insurance has refused to pay for it.',
          'NSI-566 neural stem cells, taken from fetal spinal cord tissue, were injected directly into the spinal cord in two small early trials in the United States, with 15 people each. The first, started in 2010, was the first FDA-approved stem cell trial in ALS. The trials showed that the procedure could be done safely enough to study further. They could not show whether it helps, because they had no proper comparison group.',
        ],
        sources: sources.inTrials,
      },
      {
        id: 'unproven',
        heading: 'Unproven: paid stem cell “treatment”',
        paragraphs: [
          'Clinics in India and elsewhere sell courses of stem cell injections for ALS. No stem cell product is approved for ALS in India, the United States or the European Union.',
          'Why we call them unproven. A Cochrane review of cell therapies for ALS (CD011742) found only two randomised trials, with 112 people in total. Its 2016 edition concluded that there was not enough high-quality evidence to guide practice. A 2015 expert review (Goutman and colleagues) found that no trial had shown a clear benefit. The good-news stories clinics share come from small studies without a comparison group, or from testimonials.',
          'What the law says in India. India’s national stem cell guidelines of 2017 (ICMR and DBT) allow one approved use: blood-forming stem cell transplants for blood diseases. Any other use in patients, including for ALS, may happen only inside an approved and monitored clinical trial. Outside such a trial it is described as unethical and as malpractice. On 30 January 2026 the Supreme Court of India (2026 INSC 96) quoted those words and held that a patient’s consent does not make an unproven treatment legitimate. That case was about autism, but its reasoning is general. There is no court ruling specific to ALS.',
          'What the US regulator says. In 2021 the FDA warned that it had received reports of blindness, tumours and infections after unapproved stem cell and related products. It said that people who are charged for such products, or offered them outside a clinical trial, are likely being deceived. A listing on ClinicalTrials.gov, or a claim to be “registered with the FDA”, does not show that a clinic follows the rules.',
        ],
        sources: sources.unproven,
      },
      {
        id: 'find-trials',
        heading: 'How to find a genuine trial',
        paragraphs: [
          'Trials are listed on ClinicalTrials.gov, where numbers start with NCT. In India they are listed on the Clinical Trials Registry – India, CTRI (ctri.nic.in). CTRI is run by the Indian Council of Medical Research, is free to search, and is a WHO primary registry. Registering trials there has been compulsory since June 2009, and since April 2018 a trial must be registered before the first person joins.',
          'A CTRI number has the form CTRI/YYYY/MM/NNNNNN. Look the number up yourself, rather than relying on a copy someone sends you. The record shows the type of study, the ethics committee, the regulator’s permission and the hospitals taking part. Your neurologist can help you judge whether a trial fits. Check these points:',
        ],
        bullets: [
          'The registry number, found by you on CTRI or ClinicalTrials.gov, with the hospital you are talking to listed as a trial site.',
          'In India, written permission from the national drugs regulator (DCGI, head of CDSCO) to run the trial, given on Form CT-06.',
          'Approval of the trial by an ethics committee that is registered with CDSCO.',
          'For stem cell trials in India, review by an institutional stem cell committee (IC-SCR) registered with the national apex committee, NAC-SCRT.',
          'Who supplies the product. In genuine trials the sponsor normally provides the product being tested. Be very careful if you are asked to pay for it.',
          'Whether joining could rule you out of other trials later. The stem cell society ISSCR advises asking this. The NurOwn phase 3 trial, for example, reportedly did not accept people who had already had stem cells.',
        ],
        sources: sources.findTrials,
      },
    ],
  },
}
