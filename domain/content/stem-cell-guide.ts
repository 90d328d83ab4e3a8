import type { LocalisedContent } from './types.ts'

// Reviewed guide answering, honestly, the questions a marketing listing asks about stem cells
// for ALS in India. Every fact comes from /work/shared/domain-reference.md; the wording is
// Waypoint's own. Facts the reference marks [P] are written as "reported"; facts it marks [U]
// are not stated. Marketing price pages are named but deliberately not linked.

// §2 evidence
const nurown = {
  title: 'Cudkowicz et al., NurOwn phase 3 trial, Muscle Nerve 2022;65:291–302',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9305113/',
}
const alsummit = {
  title: 'ALSUMMIT (lenzumestrocel) phase 3 protocol, Trials 2022;23:415',
  url: 'https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-022-06327-4',
}
const corestem = { title: 'Corestem: Neuronata-R', url: 'http://corestem.com/en/m21.php' }
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
const pgimer = {
  title: 'Prabhakar et al., autologous bone marrow-derived cells in ALS, Neurol India 2012;60:465–9',
  url: 'https://www.neurologyindia.com/article.asp?issn=0028-3886;year=2012;volume=60;issue=5;spage=465;epage=469;aulast=Prabhakar',
}
const nsi566 = {
  title: 'Feldman et al., NSI-566 phase 1, Ann Neurol 2014;75:363–73',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/mid/NIHMS565900',
}
const endurance = {
  title: 'ENDURANCE trial record, NCT06973629',
  url: 'https://ctv.veeva.com/study/efficacy-and-safety-of-msc-ntf-nurown-in-participants-with-early-symptomatic-als-and-moderate-dise',
}
const aan = {
  title: 'Miller et al., AAN practice parameter update, Neurology 2009;73:1218–26',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764727',
}
// §1 India
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
const newDrug = {
  title: 'NDCT (Amendment) Rules 2022: cell and stem cell derived products as new drugs',
  url: 'https://medicarepharmabusiness.com/moh-notifies-amendment-to-ndct-rules-adding-cell-derived-products-under-new-drug-definition',
}
const ndct = {
  title: 'ProRelix: clinical trials under the New Drugs and Clinical Trials Rules 2019',
  url: 'https://prorelixresearch.com/data-requirements-for-clinical-trial-in-india-new-drugs-and-clinical-trial-rules-2019/',
}
const ctriAlert = {
  title: 'CTRI: prospective registration from 1 April 2018',
  url: 'http://www.ctri.nic.in/Clinicaltrials/alert.php',
}
const courtText = {
  title: 'Supreme Court of India, Yash Charitable Trust v. Union of India, 2026 INSC 96 (judgment text)',
  url: 'https://lawlens.in/doc/f92fbe2a-80e2-4e6e-9a50-27d74bad60c6',
}
const courtReport = {
  title: 'SCC Online report of 2026 INSC 96 (3 February 2026)',
  url: 'https://www.scconline.com/blog/post/2026/02/03/supreme-court-stem-cell-therapy-for-autism',
}
const courtAutologous = {
  title: 'Lawyer E News: stem cells are drugs under law (report on 2026 INSC 96)',
  url: 'https://lawyerenews.com/legal_detail/stem-cells-are-drugs-under-law-not-medical-procedures-supreme-court-brings-stem-cell-therapy-back-under-drugs-act',
}
// §3 patient protection
const fda = {
  title: 'FDA: Important patient and consumer information about regenerative medicine therapies (2021)',
  url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
}
const isscrQuestions = {
  title: 'ISSCR: questions to ask about a stem cell treatment',
  url: 'http://www.closerlookatstemcells.org/What_to_Ask.html',
}
const isscrWarnings = {
  title: 'WebMD: ISSCR warning signs for stem cell treatments',
  url: 'http://www.webmd.com/a-to-z-guides/features/stem-cell-treatments-false-hope-warning-signs?page=2',
}
// §8 costs
const koreaBiomed = {
  title: 'Korea Biomedical Review: Neuronata-R price and reimbursement',
  url: 'http://www.koreabiomed.com/news/articleView.html?idxno=5832',
}
const marketingPrices = {
  title:
    'Marketing price pages for Indian stem cell packages (gafhealthcare.in; completehealthtip.com), unverified and not linked',
}
const homeCare = {
  title: 'The Hindu, 15 August 2023: the financial burden of ALS on families',
  url: 'https://www.thehindu.com/sci-tech/health/not-insured-not-supported-by-state-als-exponentially-increases-financial-burden-of-families/article67196955.ece',
}
// §6 visas
const evisaPortal = {
  title: 'Indian e-Visa portal (official)',
  url: 'https://indianvisaonline.gov.in/evisa/',
}
const evisaSummary = {
  title: 'Afiya Bridge: India medical and attendant visa, what families should verify (secondary summary)',
  url: 'https://afiyabridge.com/blog/india-medical-visa-and-attendant-visa-what-families-should-verify',
}
const invitationLetter = {
  title: 'Visas for Future: Indian medical visa invitation letter (secondary)',
  url: 'https://www.visasforfuture.com/indian-medical-visa-invitation-letter/',
}
// §4 outcomes
const online = {
  title:
    'Maier et al., “Online assessment of ALS functional rating scale compares well to in-clinic evaluation”, ALS 2012;13:210–216',
  url: 'https://chromoscience.com/research-article-online-assessment-of-als-functional-rating-scale-compares-well-to-in-clinic-evaluation-a-prospective-trial/',
}
const proact = {
  title: 'Atassi et al., Neurology 2014;83:1719–25 (PRO-ACT natural history)',
  url: 'https://link.springer.com/article/10.1007/s13311-015-0336-z',
}
const meaningful = {
  title:
    'Castrillo-Viguera et al., clinical significance of a change in ALSFRS-R decline, ALS 2010;11:178–80',
  url: 'https://www.semanticscholar.org/paper/Clinical-significance-in-the-change-of-decline-in-Castrillo-Viguera-Grasso/640eb7cc7da89d964193403e63ab644aac834c5e',
}
const patientsView = {
  title: 'DZNE 2026: minimum important slowing for people with ALS',
  url: 'https://pub.dzne.de/record/286226?ln=en',
}
// §7 accreditation
const jci = {
  title: 'JCI: accreditation public information policy',
  url: 'https://www.jointcommissioninternational.org/resources/customer-service/accreditation-public-information-policy/',
}
const jciCycle = {
  title: 'The Hindu BusinessLine: JCI accreditation is renewed every three years',
  url: 'https://www.thehindubusinessline.com/companies/apollo-hospitals-hyderabad-gets-jci-accreditation/article34696229.ece',
}
const nabh = {
  title: 'QCI: validity of NABH accreditation',
  url: 'https://support.qcin.org/portal/en/kb/articles/what-is-the-validity-of-nabh-certification',
}

const sources = {
  bottomLine: [nurown, alsummit, ngscr, courtReport],
  benefitsClaimed: [nurown, alsummit, corestem, cochrane, cochrane2016, goutman, pgimer],
  howItIsMeantToWork: [cochrane, goutman, nurown, nsi566, isscrWarnings],
  approvalInIndia: [ngscr, ngscrPaper, nacscrt, courtText, courtReport, newDrug, ndct, ctriAlert, icscr],
  cellTypes: [alsummit, nurown, nsi566, fda, nacscrt, courtReport, courtAutologous],
  risks: [fda, isscrWarnings, isscrQuestions, aan],
  costs: [marketingPrices, koreaBiomed, fda, endurance, homeCare],
  whatToCheck: [isscrQuestions, isscrWarnings, fda, ndct, aan],
  process: [evisaPortal, evisaSummary, invitationLetter, online],
  outcomes: [proact, patientsView, meaningful, pgimer],
  infrastructure: [jci, jciCycle, nabh, ngscr],
}

export const stemCellGuide: LocalisedContent = {
  en: {
    title: 'Stem cell therapy for ALS: what families should know',
    summary:
      'No stem cell treatment has been shown to slow or stop ALS, and in India stem cells may be given only inside an approved, registered clinical trial. This guide answers the questions families ask: what is claimed, what trials found, the law, the risks, the costs and how to check a clinic.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'bottom-line',
        heading: 'The short answer',
        paragraphs: [
          'Stem cell treatment for ALS is still an experiment. The largest controlled trials have not shown that it slows the disease. No stem cell product is approved for ALS in India, the United States or the European Union. The only approval anywhere is a conditional one in South Korea, from 2014, and that product’s phase 3 trial missed its main goal.',
          'In India, giving stem cells to patients outside an approved, registered clinical trial is malpractice. If you want to try a cell therapy, a registered trial is the lawful way, and the one with independent oversight of your safety.',
          'Proven care helps: approved medicines such as riluzole, breathing support, a feeding tube when swallowing gets hard, and a specialist team. Please do not give up any of these for a cell treatment, and talk every decision through with your neurologist.',
        ],
        sources: sources.bottomLine,
      },
      {
        id: 'benefits-claimed',
        heading: 'What clinics claim, and what trials found',
        paragraphs: [
          'Clinic websites often say that stem cells protect nerve cells, calm inflammation, ease stiffness and cramps, and improve speech, swallowing, breathing or walking. Some quote success rates, or call the treatment “100% safe”.',
          'Careful trials tell a different story:',
        ],
        bullets: [
          'NurOwn, phase 3, 189 people treated: 33% met the trial’s definition of a response, against 28% on placebo. The difference could have been chance, and the trial missed its main goal.',
          'Lenzumestrocel, phase 3 in South Korea, 115 people: missed its main goal (December 2024).',
          'A Cochrane review found only two randomised trials, with 112 people. Its 2016 edition concluded that there was not enough high-quality evidence to guide practice.',
          'A 2015 expert review found that no trial had shown a clear benefit.',
          'Reports of improvement come mostly from small studies in which everyone got cells and nobody got a placebo. One such study of 10 people in Chandigarh found no significant worsening after a year, but without a comparison group it cannot show that the cells helped.',
        ],
        sources: sources.benefitsClaimed,
      },
      {
        id: 'how-it-is-meant-to-work',
        heading: 'How it is supposed to work',
        paragraphs: [
          'The usual explanation is not that injected cells turn into new nerve cells. It is that the cells might release substances that support the nerve cells still working (a “paracrine” effect), and might calm the immune system and inflammation around them (“immune modulation”).',
          'These ideas are hypotheses. They are the reason trials were run; they are not proven in people with ALS. So far, the trials designed to test them have not shown a clear benefit.',
          'In ALS studies, cells have been injected into the spinal fluid (intrathecal injection) or, in some research, directly into the spinal cord. Be wary when one clinic offers the same cells for many unrelated diseases. The International Society for Stem Cell Research (ISSCR) calls that a warning sign.',
        ],
        sources: sources.howItIsMeantToWork,
      },
      {
        id: 'approval-in-india',
        heading: 'Is it approved in India?',
        paragraphs: [
          'No. India’s national guidelines for stem cell research (ICMR and DBT, 2017) recognise one approved use: blood-forming stem cell transplants for blood diseases. Every other use, including for ALS, is experimental. It may happen only inside an approved and monitored clinical trial, to advance science, and not as a therapy. Outside such a trial, it is described as unethical and as malpractice.',
          'Some websites say clinics may offer it as “compassionate use” or “research”. Paying for a course of injections is not the same as taking part in a registered trial. On 30 January 2026 the Supreme Court of India (2026 INSC 96) confirmed that stem cells may be used only in approved trials. It held that a patient’s consent does not make an unproven treatment legitimate. The case was about autism, but its reasoning is general; there is no ruling specific to ALS.',
          'A lawful stem cell trial in India has all four of the following. Ask for each in writing:',
        ],
        bullets: [
          'A CTRI registration number (in the form CTRI/YYYY/MM/NNNNNN), registered before the first participant joined.',
          'Permission from the national drugs regulator (DCGI, head of CDSCO) to run the trial, given on Form CT-06. Cell and stem cell products count as “new drugs” under India’s clinical trial rules.',
          'Approval from an ethics committee registered with CDSCO.',
          'Review by an Institutional Committee for Stem Cell Research (IC-SCR) registered with the National Apex Committee for Stem Cell Research and Therapy (NAC-SCRT).',
        ],
        sources: sources.approvalInIndia,
      },
      {
        id: 'cell-types',
        heading: 'Which cells are used, and what the words mean',
        paragraphs: [
          'Mesenchymal stem cells (MSCs) are the kind most often tested in ALS. Lenzumestrocel uses MSCs from the person’s own bone marrow; NurOwn also uses the person’s own MSCs. The FDA’s list of unapproved products also includes material from fat (“stromal vascular fraction”), cord blood, umbilical cord tissue (“Wharton’s jelly”) and amniotic fluid.',
          'Neural stem cells have been tested only in research: in the NSI-566 trials, cells from fetal spinal cord tissue were injected into the spinal cord during surgery. Blood-forming (haematopoietic) stem cells have an approved use in India, but only as transplants for blood diseases.',
          '“Autologous” means your own cells: collected from you, processed, and given back. “Allogeneic” means cells from a donor.',
          'Clinics have argued that a person’s own, lightly processed cells are not “new drugs”. The Supreme Court held in 2026 that stem cells are “drugs” under Indian law even when they are not “new drugs”, and that this does not make their use outside a trial permissible. Reports say the judgment applies this to a person’s own cells too.',
        ],
        sources: sources.cellTypes,
      },
      {
        id: 'risks',
        heading: 'The risks',
        paragraphs: [
          'Every step is a medical procedure. Collecting your own cells means taking tissue such as bone marrow or fat. Giving the cells may mean an injection into the spinal fluid (a lumbar puncture) or surgery on the spinal cord. Problems after these procedures include infection, meningitis (inflammation of the membranes around the brain and spinal cord) and headache after a lumbar puncture.',
          'The FDA has received reports of blindness, tumours and infections after unapproved stem cell products. A claim that a treatment is “100% safe” or has “no risk” is itself a warning sign.',
          'Other harms are easy to miss:',
        ],
        bullets: [
          'Losing the chance to join a trial later. Some cell therapy trials exclude people who have already had stem cells; the NurOwn phase 3 trial reportedly did.',
          'Being steered away from care that works. If anyone suggests stopping riluzole or edaravone, or putting off breathing support or a feeding tube, in favour of cells, treat it as a serious warning sign and talk to your neurologist.',
          'Money. Paid courses are reported to cost thousands of US dollars, sometimes over several rounds, at a time when families already carry the ongoing costs of ALS care.',
        ],
        sources: sources.risks,
      },
      {
        id: 'costs',
        heading: 'What it costs',
        paragraphs: [
          'We do not give a price for stem cell treatment for ALS, because it is not an approved treatment. A price on a marketing page is never the cost of a treatment that works.',
          'For context only: marketing pages for Indian stem cell packages have been reported to ask about 5,000 to 10,000 US dollars for a stay of 7 to 10 days, and some quote far more per session. These figures are unverified. The only approved product anywhere, Neuronata-R in South Korea, costs about 60 million won a year (about 55,000 US dollars), and Korea’s health insurance refused to pay for it.',
          'In a genuine trial the sponsor normally supplies the product being tested. Ask in writing what, if anything, you will pay. You will still have costs for travel, a place to stay and the family members who come with you, for each study visit. The planned ENDURANCE trial, for example, is designed to last 48 weeks.',
          'Everyday ALS care costs money too. In one family’s case reported in India in 2023, medicines, physiotherapy and home nursing came to about ₹1.2–1.5 lakh a month, with no state or insurance support.',
        ],
        sources: sources.costs,
      },
      {
        id: 'what-to-check',
        heading: 'What to check before you decide',
        paragraphs: [
          'These questions follow the advice of the International Society for Stem Cell Research (ISSCR), in our own words. Ask for the answers in writing, and take them to your neurologist.',
        ],
        bullets: [
          'Is this a registered clinical trial? Get the registry number and look it up yourself on CTRI or ClinicalTrials.gov. A listing on its own does not prove approval.',
          'Who approved it? In India: DCGI permission (Form CT-06), a CDSCO-registered ethics committee, and an IC-SCR registered with NAC-SCRT.',
          'Is there a written protocol? It should say which cells, where they come from, how they are prepared, the dose, how they are given and how often.',
          'How will any benefit be measured, for example with the ALSFRS-R? Who checks the results and your safety independently?',
          'Does anyone promise a cure, reversal or success rate, or say there is no risk? Those are warning signs.',
          'Are patient stories or videos offered as evidence? Testimonials are not evidence; published controlled trials are.',
          'Are the same cells offered for many unrelated conditions? That is another warning sign.',
          'Are you asked to pay for the cells themselves, or is the price bundled and unclear?',
          'Would you have to stop riluzole, breathing support (NIV) or a feeding tube (PEG)? Never stop proven care without talking to your neurologist.',
          'Would taking part stop you joining other trials later?',
          'What are the alternatives? What do two or three ALS neurologists with no link to the clinic think?',
        ],
        sources: sources.whatToCheck,
      },
      {
        id: 'process-for-international-patients',
        heading: 'How a lawful journey works on Waypoint',
        paragraphs: [
          'On Waypoint, a journey for ALS leads to a registered trial or to evidence-based ALS care, never to a paid stem cell package. One coordinator is your contact throughout.',
        ],
        bullets: [
          'Inquiry and records. You, or a family member you have invited, answer questions about the illness and upload records. You decide which providers may see them.',
          'Evaluation and eligibility. Each provider you chose reviews the records and says whether you may be eligible, with a written plan and an itemised quote. You can book a video consultation and ask for an independent second opinion.',
          'Travel and visa. For India, the hospital issues an invitation letter on its letterhead for the visa application. India’s e-Medical visa is reported to allow 60 days from arrival with three entries, and up to two family members can apply for e-Medical Attendant visas. Rules change, so check the official portal. Waypoint does not arrange invitation letters for unproven stem cell treatment.',
          'Arrival and assessment. The team sees you in person and confirms or changes the plan. A change in price needs your agreement again.',
          'Trial visits or care. In a trial, you follow its visit schedule. In ALS care, this may mean a team assessment, medicines, breathing or feeding support, and rehabilitation. Any side effects are recorded.',
          'Follow-up. After you go home we stay in touch, for example at 1, 3, 6 and 12 months, then every 6 months. You can fill in the ALSFRS-R online, and your home doctor receives a summary through a link you control.',
        ],
        sources: sources.process,
      },
      {
        id: 'outcomes',
        heading: 'Making sense of “improvement” stories',
        paragraphs: [
          'ALS progresses at very different speeds. On average the ALSFRS-R score falls by about one point a month, but some people lose less than half a point a month and others more than one. So a slow or steady spell in one person does not show that a treatment worked.',
          'That is why a comparison group matters. Only by comparing people who had a treatment with similar people who had a placebo can we tell whether it changed anything. Stories, videos and before-and-after scores from a clinic cannot do that.',
          'What would count as meaningful? In a survey, 90% of ALS clinicians said that slowing the decline by 20% or more would be at least somewhat meaningful. People with ALS gave the same answer: a median of 20%. If someone loses 1 point a month, a 20% slowing means losing 0.8 points a month instead, about 2.4 points less over a year. A difference that small can only be shown reliably in a controlled trial.',
          'Waypoint tracks the ALSFRS-R after treatment and shows it next to your own earlier course and the average decline. That helps you and your doctor see the trend, but it cannot prove what caused it.',
        ],
        sources: sources.outcomes,
      },
      {
        id: 'infrastructure',
        heading: 'What good infrastructure really means',
        paragraphs: [
          'For ALS, good infrastructure is not about new buildings or scanners. It means a team that can give the care described on our ALS page: a neurologist who knows ALS, breathing tests and breathing support, nutrition and feeding-tube care, speech and swallowing therapy, and rehabilitation.',
          'Accreditation tells you about a hospital’s organisation and quality systems. JCI (Joint Commission International) accredits hospitals for three years at a time and publishes which organisations it accredits. NABH, India’s national accreditation board for hospitals, also accredits for three years. Check that the hospital itself holds the accreditation, not only a related facility, and that it has not expired.',
          'Accreditation does not make an unproven treatment lawful or effective. An accredited hospital that sells stem cell treatment for ALS outside a registered trial is still acting against India’s rules.',
        ],
        sources: sources.infrastructure,
      },
    ],
  },
}
