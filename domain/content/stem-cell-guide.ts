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
          'Everyday ALS care costs money too. In one family’s case reported in India in 2023, medicines, physiotherapy and home nursing came to about ₹1.2–1.5 lakh (₹120,000–150,000) a month, with no state or insurance support.',
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
          'Travel and visa. For India, the hospital issues an invitation letter on its letterhead for the visa application. India’s e-Medical visa is reported to allow 60 days from arrival with three entries, and to let up to two family members apply for e-Medical Attendant visas. Rules change, so check the official portal. Waypoint does not arrange invitation letters for unproven stem cell treatment.',
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
  fr: {
    title: 'Thérapie par cellules souches et SLA : ce que les familles doivent savoir',
    summary:
      'Aucun traitement par cellules souches n’a montré qu’il ralentit ou arrête la SLA, et en Inde les cellules souches ne peuvent être administrées que dans le cadre d’un essai clinique approuvé et enregistré. Ce guide répond aux questions des familles : ce qui est promis, ce que les essais ont montré, la loi, les risques, les coûts et la façon de vérifier une clinique.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'bottom-line',
        heading: 'En bref',
        paragraphs: [
          'Le traitement de la SLA par cellules souches reste une expérimentation. Les plus grands essais contrôlés n’ont pas montré qu’il ralentit la maladie. Aucun produit à base de cellules souches n’est autorisé pour la SLA en Inde, aux États-Unis ou dans l’Union européenne. La seule autorisation au monde est une autorisation conditionnelle accordée en Corée du Sud en 2014, et l’essai de phase 3 de ce produit n’a pas atteint son objectif principal.',
          'En Inde, administrer des cellules souches à des patients en dehors d’un essai clinique approuvé et enregistré constitue une faute professionnelle. Si vous souhaitez essayer une thérapie cellulaire, un essai enregistré est la voie légale, et celle où votre sécurité fait l’objet d’une surveillance indépendante.',
          'Les soins éprouvés aident : des médicaments autorisés comme le riluzole, l’aide respiratoire, une sonde d’alimentation quand avaler devient difficile, et une équipe spécialisée. N’abandonnez aucun de ces soins pour un traitement cellulaire, et discutez de chaque décision avec votre neurologue.',
        ],
        sources: sources.bottomLine,
      },
      {
        id: 'benefits-claimed',
        heading: 'Ce que promettent les cliniques, et ce que les essais ont montré',
        paragraphs: [
          'Les sites des cliniques affirment souvent que les cellules souches protègent les cellules nerveuses, apaisent l’inflammation, soulagent la raideur et les crampes, et améliorent la parole, la déglutition, la respiration ou la marche. Certains annoncent des taux de réussite ou qualifient le traitement de « sûr à 100 % ».',
          'Les essais rigoureux racontent une autre histoire :',
        ],
        bullets: [
          'NurOwn, phase 3, 189 personnes traitées : 33 % ont répondu à la définition de la réponse fixée par l’essai, contre 28 % sous placebo. Cette différence pouvait être due au hasard, et l’essai n’a pas atteint son objectif principal.',
          'Lenzumestrocel, phase 3 en Corée du Sud, 115 personnes : objectif principal non atteint (décembre 2024).',
          'Une revue Cochrane n’a trouvé que deux essais randomisés, portant sur 112 personnes. Son édition de 2016 concluait à un manque de preuves de bonne qualité pour guider la pratique.',
          'Une revue d’experts de 2015 a constaté qu’aucun essai n’avait montré de bénéfice clair.',
          'Les récits d’amélioration proviennent surtout de petites études où tout le monde recevait des cellules et personne un placebo. L’une d’elles, portant sur 10 personnes à Chandigarh, n’a pas relevé d’aggravation significative après un an ; mais sans groupe de comparaison, elle ne peut pas montrer que les cellules ont aidé.',
        ],
        sources: sources.benefitsClaimed,
      },
      {
        id: 'how-it-is-meant-to-work',
        heading: 'Comment c’est censé fonctionner',
        paragraphs: [
          'L’explication habituelle n’est pas que les cellules injectées deviennent de nouvelles cellules nerveuses. C’est qu’elles pourraient libérer des substances qui soutiennent les cellules nerveuses encore actives (effet dit « paracrine »), et qu’elles pourraient calmer le système immunitaire et l’inflammation autour d’elles (« immunomodulation »).',
          'Ce sont des hypothèses. Elles expliquent pourquoi des essais ont été menés ; elles ne sont pas prouvées chez les personnes atteintes de SLA. À ce jour, les essais conçus pour les tester n’ont pas montré de bénéfice clair.',
          'Dans les études sur la SLA, les cellules ont été injectées dans le liquide céphalorachidien (injection intrathécale) ou, dans certaines recherches, directement dans la moelle épinière. Méfiez-vous lorsqu’une clinique propose les mêmes cellules pour de nombreuses maladies sans rapport entre elles. La Société internationale pour la recherche sur les cellules souches (ISSCR) y voit un signal d’alerte.',
        ],
        sources: sources.howItIsMeantToWork,
      },
      {
        id: 'approval-in-india',
        heading: 'Est-ce autorisé en Inde ?',
        paragraphs: [
          'Non. Les lignes directrices nationales indiennes pour la recherche sur les cellules souches (ICMR et DBT, 2017) reconnaissent un seul usage approuvé : les greffes de cellules souches hématopoïétiques pour les maladies du sang. Tout autre usage, y compris pour la SLA, est expérimental. Il n’est possible que dans le cadre d’un essai clinique approuvé et surveillé, pour faire progresser la science, et non comme thérapie. En dehors d’un tel essai, il est qualifié de contraire à l’éthique et de faute professionnelle.',
          'Certains sites affirment que des cliniques peuvent le proposer au titre d’un « usage compassionnel » ou de la « recherche ». Payer une cure d’injections n’est pas la même chose que participer à un essai enregistré. Le 30 janvier 2026, la Cour suprême de l’Inde (2026 INSC 96) a confirmé que les cellules souches ne peuvent être utilisées que dans des essais approuvés. Elle a jugé que le consentement du patient ne rend pas légitime un traitement non prouvé. L’affaire concernait l’autisme, mais son raisonnement est général ; il n’existe pas de décision propre à la SLA.',
          'Un essai légal de cellules souches en Inde réunit les quatre éléments suivants. Demandez chacun par écrit :',
        ],
        bullets: [
          'Un numéro d’enregistrement CTRI (de la forme CTRI/AAAA/MM/NNNNNN), enregistré avant l’inclusion du premier participant.',
          'L’autorisation de l’autorité nationale du médicament (le DCGI, qui dirige le CDSCO) de conduire l’essai, délivrée sur le formulaire CT-06. Les produits cellulaires et dérivés de cellules souches sont des « nouveaux médicaments » au sens des règles indiennes sur les essais cliniques.',
          'L’approbation d’un comité d’éthique enregistré auprès du CDSCO.',
          'L’examen par un comité institutionnel pour la recherche sur les cellules souches (IC-SCR) enregistré auprès du comité national de référence pour la recherche et la thérapie par cellules souches (NAC-SCRT).',
        ],
        sources: sources.approvalInIndia,
      },
      {
        id: 'cell-types',
        heading: 'Quelles cellules sont utilisées, et ce que signifient les mots',
        paragraphs: [
          'Les cellules souches mésenchymateuses (CSM, ou MSC en anglais) sont le type le plus souvent testé dans la SLA. Le lenzumestrocel utilise des CSM issues de la moelle osseuse de la personne elle-même ; NurOwn utilise aussi les propres CSM de la personne. La liste des produits non autorisés de la FDA comprend aussi des préparations issues de la graisse (« fraction vasculaire stromale »), du sang de cordon, du tissu du cordon ombilical (« gelée de Wharton ») et du liquide amniotique.',
          'Les cellules souches neurales n’ont été testées qu’en recherche : dans les essais NSI-566, des cellules issues de tissu de moelle épinière fœtale ont été injectées dans la moelle épinière au cours d’une intervention chirurgicale. Les cellules souches hématopoïétiques (qui forment le sang) ont un usage approuvé en Inde, mais uniquement en greffe pour les maladies du sang.',
          '« Autologue » signifie vos propres cellules : prélevées sur vous, préparées, puis réadministrées. « Allogénique » signifie des cellules provenant d’un donneur.',
          'Des cliniques ont soutenu que les propres cellules d’une personne, peu transformées, ne sont pas des « nouveaux médicaments ». En 2026, la Cour suprême a jugé que les cellules souches sont des « médicaments » au sens du droit indien, même lorsqu’elles ne sont pas des « nouveaux médicaments », et que cela ne rend pas leur usage admissible en dehors d’un essai. Selon certains comptes rendus, le jugement applique aussi ce principe aux propres cellules de la personne.',
        ],
        sources: sources.cellTypes,
      },
      {
        id: 'risks',
        heading: 'Les risques',
        paragraphs: [
          'Chaque étape est un acte médical. Recueillir vos propres cellules suppose de prélever un tissu, comme de la moelle osseuse ou de la graisse. Les administrer peut nécessiter une injection dans le liquide céphalorachidien (ponction lombaire) ou une chirurgie de la moelle épinière. Ces actes peuvent être suivis d’une infection, d’une méningite (inflammation des membranes qui entourent le cerveau et la moelle épinière) ou de maux de tête après la ponction lombaire.',
          'La FDA a reçu des signalements de cécité, de tumeurs et d’infections après l’utilisation de produits à base de cellules souches non autorisés. Prétendre qu’un traitement est « sûr à 100 % » ou « sans risque » est en soi un signal d’alerte.',
          'D’autres préjudices passent facilement inaperçus :',
        ],
        bullets: [
          'Perdre la possibilité de participer plus tard à un essai. Certains essais de thérapie cellulaire excluent les personnes ayant déjà reçu des cellules souches ; ce serait le cas de l’essai de phase 3 de NurOwn.',
          'Être détourné des soins qui fonctionnent. Si quelqu’un vous suggère d’arrêter le riluzole ou l’édaravone, ou de repousser l’aide respiratoire ou la sonde d’alimentation au profit des cellules, considérez-le comme un signal d’alerte sérieux et parlez-en à votre neurologue.',
          'L’argent. Les cures payantes coûteraient plusieurs milliers de dollars américains, parfois en plusieurs séries, alors que les familles supportent déjà les coûts permanents des soins de la SLA.',
        ],
        sources: sources.risks,
      },
      {
        id: 'costs',
        heading: 'Ce que cela coûte',
        paragraphs: [
          'Nous n’indiquons pas de prix pour un traitement de la SLA par cellules souches, car ce n’est pas un traitement autorisé. Un prix affiché sur une page publicitaire n’est jamais le coût d’un traitement efficace.',
          'À titre de contexte uniquement : des pages publicitaires pour des forfaits indiens de cellules souches demanderaient environ 5 000 à 10 000 dollars américains pour un séjour de 7 à 10 jours, et certaines annoncent bien plus par séance. Ces chiffres ne sont pas vérifiés. Le seul produit autorisé au monde, Neuronata-R en Corée du Sud, coûte environ 60 millions de wons par an (environ 55 000 dollars américains), et l’assurance maladie coréenne a refusé de le rembourser.',
          'Dans un véritable essai, le promoteur fournit normalement le produit étudié. Demandez par écrit ce que vous aurez à payer, le cas échéant. Vous aurez tout de même des frais de voyage, d’hébergement et pour les proches qui vous accompagnent, à chaque visite de l’étude. L’essai ENDURANCE prévu, par exemple, doit durer 48 semaines.',
          'Les soins quotidiens de la SLA ont aussi un coût. Dans le cas d’une famille rapporté en Inde en 2023, les médicaments, la kinésithérapie et les soins infirmiers à domicile atteignaient environ 1,2 à 1,5 lakh de roupies (120 000 à 150 000 roupies) par mois, sans aide de l’État ni de l’assurance.',
        ],
        sources: sources.costs,
      },
      {
        id: 'what-to-check',
        heading: 'Ce qu’il faut vérifier avant de décider',
        paragraphs: [
          'Ces questions reprennent, avec nos propres mots, les conseils de la Société internationale pour la recherche sur les cellules souches (ISSCR). Demandez les réponses par écrit et montrez-les à votre neurologue.',
        ],
        bullets: [
          'S’agit-il d’un essai clinique enregistré ? Demandez le numéro d’enregistrement et vérifiez-le vous-même sur le CTRI ou ClinicalTrials.gov. Une inscription dans un registre ne prouve pas à elle seule une autorisation.',
          'Qui l’a approuvé ? En Inde : l’autorisation du DCGI (formulaire CT-06), un comité d’éthique enregistré auprès du CDSCO et un IC-SCR enregistré auprès du NAC-SCRT.',
          'Existe-t-il un protocole écrit ? Il doit préciser quelles cellules, leur origine, leur préparation, la dose, le mode et la fréquence d’administration.',
          'Comment un éventuel bénéfice sera-t-il mesuré, par exemple avec l’ALSFRS-R ? Qui contrôle de façon indépendante les résultats et votre sécurité ?',
          'Quelqu’un promet-il une guérison, une régression de la maladie ou un taux de réussite, ou affirme-t-il qu’il n’y a aucun risque ? Ce sont des signaux d’alerte.',
          'Vous présente-t-on des témoignages ou des vidéos de patients comme preuves ? Les témoignages ne sont pas des preuves ; les essais contrôlés publiés, si.',
          'Les mêmes cellules sont-elles proposées pour de nombreuses maladies sans rapport entre elles ? C’est un autre signal d’alerte.',
          'Vous demande-t-on de payer les cellules elles-mêmes, ou le prix est-il global et peu clair ?',
          'Faudrait-il arrêter le riluzole, l’aide respiratoire (VNI) ou la sonde d’alimentation (GPE) ? N’arrêtez jamais un soin éprouvé sans en parler à votre neurologue.',
          'Votre participation vous empêcherait-elle de rejoindre d’autres essais plus tard ?',
          'Quelles sont les autres options ? Qu’en pensent deux ou trois neurologues spécialistes de la SLA sans lien avec la clinique ?',
        ],
        sources: sources.whatToCheck,
      },
      {
        id: 'process-for-international-patients',
        heading: 'Comment se déroule un parcours légal sur Waypoint',
        paragraphs: [
          'Sur Waypoint, un parcours pour la SLA mène à un essai enregistré ou à des soins de la SLA fondés sur les preuves, jamais à un forfait payant de cellules souches. Un seul coordinateur reste votre interlocuteur du début à la fin.',
        ],
        bullets: [
          'Demande et dossier médical. Vous, ou un proche que vous avez invité, répondez à des questions sur la maladie et déposez les documents médicaux. Vous décidez quels prestataires peuvent les consulter.',
          'Évaluation et éligibilité. Chaque prestataire choisi examine le dossier et indique si vous pourriez être éligible, avec un plan écrit et un devis détaillé. Vous pouvez réserver une consultation vidéo et demander un second avis indépendant.',
          'Voyage et visa. Pour l’Inde, l’hôpital délivre une lettre d’invitation sur papier à en-tête pour la demande de visa. Le visa électronique médical indien (e-Medical) permettrait un séjour de 60 jours à compter de l’arrivée, avec trois entrées, et jusqu’à deux proches pourraient demander un visa électronique d’accompagnant (e-Medical Attendant). Les règles changent : vérifiez sur le portail officiel. Waypoint n’organise pas de lettres d’invitation pour un traitement non prouvé par cellules souches.',
          'Arrivée et évaluation. L’équipe vous examine en personne et confirme ou modifie le plan. Tout changement de prix nécessite à nouveau votre accord.',
          'Visites de l’essai ou soins. Dans un essai, vous suivez son calendrier de visites. Pour les soins de la SLA, il peut s’agir d’une évaluation par l’équipe, de médicaments, d’une aide respiratoire ou alimentaire et de rééducation. Tout effet indésirable est consigné.',
          'Suivi. Après votre retour, nous restons en contact, par exemple à 1, 3, 6 et 12 mois, puis tous les 6 mois. Vous pouvez remplir l’ALSFRS-R en ligne, et votre médecin traitant reçoit un résumé par un lien que vous contrôlez.',
        ],
        sources: sources.process,
      },
      {
        id: 'outcomes',
        heading: 'Comment interpréter les récits d’« amélioration »',
        paragraphs: [
          'La SLA évolue à des vitesses très différentes. En moyenne, le score ALSFRS-R baisse d’environ un point par mois, mais certaines personnes perdent moins d’un demi-point par mois et d’autres plus d’un point. Une période lente ou stable chez une personne ne montre donc pas qu’un traitement a fonctionné.',
          'C’est pourquoi un groupe de comparaison est indispensable. Seule la comparaison entre des personnes traitées et des personnes semblables ayant reçu un placebo permet de savoir si le traitement a changé quelque chose. Les témoignages, les vidéos et les scores « avant-après » d’une clinique ne le permettent pas.',
          'Qu’est-ce qui serait significatif ? Dans une enquête, 90 % des cliniciens spécialistes de la SLA ont estimé qu’un ralentissement du déclin d’au moins 20 % serait au moins assez significatif. Les personnes atteintes de SLA ont donné la même réponse : une médiane de 20 %. Pour quelqu’un qui perd 1 point par mois, un ralentissement de 20 % signifie perdre 0,8 point par mois, soit environ 2,4 points de moins en un an. Une différence aussi petite ne peut être montrée de façon fiable que dans un essai contrôlé.',
          'Waypoint suit l’ALSFRS-R après le traitement et l’affiche à côté de votre propre évolution antérieure et du déclin moyen. Cela vous aide, vous et votre médecin, à voir la tendance, mais ne peut pas prouver ce qui l’a causée.',
        ],
        sources: sources.outcomes,
      },
      {
        id: 'infrastructure',
        heading: 'Ce que signifie vraiment une bonne infrastructure',
        paragraphs: [
          'Pour la SLA, une bonne infrastructure, ce ne sont pas des bâtiments neufs ou des scanners. C’est une équipe capable d’assurer les soins décrits sur notre page consacrée à la SLA : un neurologue qui connaît la SLA, des examens et une aide respiratoires, une prise en charge de la nutrition et de la sonde d’alimentation, une rééducation de la parole et de la déglutition, et une rééducation motrice.',
          'L’accréditation renseigne sur l’organisation d’un hôpital et ses systèmes qualité. La JCI (Joint Commission International) accrédite les hôpitaux pour trois ans et publie la liste des organisations qu’elle accrédite. Le NABH, l’organisme national indien d’accréditation des hôpitaux, accrédite lui aussi pour trois ans. Vérifiez que l’hôpital lui-même détient l’accréditation, et pas seulement un établissement associé, et qu’elle n’a pas expiré.',
          'L’accréditation ne rend ni légal ni efficace un traitement non prouvé. Un hôpital accrédité qui vend un traitement de la SLA par cellules souches en dehors d’un essai enregistré agit tout de même contre les règles indiennes.',
        ],
        sources: sources.infrastructure,
      },
    ],
  },
  ar: {
    title: 'العلاج بالخلايا الجذعية للتصلب الجانبي الضموري: ما يجب أن تعرفه الأسر',
    summary:
      'لم يثبت أي علاج بالخلايا الجذعية أنه يبطئ التصلب الجانبي الضموري أو يوقفه، وفي الهند لا يجوز إعطاء الخلايا الجذعية إلا ضمن تجربة سريرية معتمدة ومسجّلة. يجيب هذا الدليل عن الأسئلة التي تطرحها الأسر: ما الذي يُدّعى، وما الذي وجدته التجارب، وما يقوله القانون، والمخاطر، والتكاليف، وكيف تتحققون من العيادة.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'bottom-line',
        heading: 'الخلاصة',
        paragraphs: [
          'العلاج بالخلايا الجذعية لهذا المرض ما زال تجريبيًا. ولم تُظهر أكبر التجارب المضبوطة أنه يبطئ المرض. ولا يوجد أي منتج من الخلايا الجذعية معتمد له في الهند أو الولايات المتحدة أو الاتحاد الأوروبي. والموافقة الوحيدة في العالم موافقة مشروطة منحتها كوريا الجنوبية عام 2014، ولم تحقق تجربة هذا المنتج من المرحلة الثالثة هدفها الرئيسي.',
          'في الهند، يُعدّ إعطاء الخلايا الجذعية للمرضى خارج تجربة سريرية معتمدة ومسجّلة سوءَ ممارسة مهنية. وإذا أردتم تجربة علاج خلوي، فالتجربة السريرية المسجّلة هي الطريق القانوني، وهي الطريق الذي تخضع فيه سلامة المريض لرقابة مستقلة.',
          'الرعاية المثبتة تساعد: أدوية معتمدة مثل الريلوزول، ودعم التنفس، وأنبوب تغذية عندما يصعب البلع، وفريق متخصص. نرجو ألا تتخلوا عن أي منها من أجل علاج خلوي، وأن تناقشوا كل قرار مع طبيب الأعصاب.',
        ],
        sources: sources.bottomLine,
      },
      {
        id: 'benefits-claimed',
        heading: 'ما تدّعيه العيادات، وما وجدته التجارب',
        paragraphs: [
          'كثيرًا ما تقول مواقع العيادات إن الخلايا الجذعية تحمي الخلايا العصبية، وتخفف الالتهاب، وتقلل التيبس والتشنجات، وتحسّن الكلام أو البلع أو التنفس أو المشي. وبعضها يذكر نسب نجاح، أو يصف العلاج بأنه «آمن بنسبة 100%».',
          'أما التجارب الدقيقة فتروي قصة مختلفة:',
        ],
        bullets: [
          'NurOwn، المرحلة الثالثة، 189 مريضًا عولجوا: حقق 33% تعريف الاستجابة الذي حددته التجربة، مقابل 28% ممن تلقوا دواءً وهميًا. وقد يكون الفرق ناتجًا عن الصدفة، ولم تحقق التجربة هدفها الرئيسي.',
          'لينزوميستروسيل، المرحلة الثالثة في كوريا الجنوبية، 115 مريضًا: لم تحقق التجربة هدفها الرئيسي (ديسمبر 2024).',
          'وجدت مراجعة كوكرين تجربتين عشوائيتين فقط، شملتا 112 مريضًا. وخلصت نسختها لعام 2016 إلى عدم وجود أدلة عالية الجودة كافية لتوجيه الممارسة.',
          'وجدت مراجعة خبراء عام 2015 أنه لم تُظهر أي تجربة فائدة واضحة.',
          'تأتي روايات التحسن في الغالب من دراسات صغيرة تلقى فيها الجميع الخلايا ولم يتلقَّ أحد دواءً وهميًا. ومن أمثلتها دراسة على 10 مرضى في تشانديغار لم تجد تدهورًا ملحوظًا بعد عام، لكنها لا تستطيع أن تُثبت أن الخلايا هي التي ساعدت، لغياب مجموعة المقارنة.',
        ],
        sources: sources.benefitsClaimed,
      },
      {
        id: 'how-it-is-meant-to-work',
        heading: 'كيف يُفترض أن يعمل',
        paragraphs: [
          'التفسير الشائع ليس أن الخلايا المحقونة تتحول إلى خلايا عصبية جديدة، بل إنها قد تفرز مواد تدعم الخلايا العصبية التي ما زالت تعمل (ما يُسمى التأثير «نظير الصماوي» أو paracrine)، وقد تهدّئ الجهاز المناعي والالتهاب من حولها («تعديل المناعة»).',
          'هذه الأفكار فرضيات. وهي سبب إجراء التجارب، لكنها غير مثبتة لدى مرضى التصلب الجانبي الضموري. وحتى الآن لم تُظهر التجارب المصممة لاختبارها فائدة واضحة.',
          'في دراسات هذا المرض، حُقنت الخلايا في السائل النخاعي (الحقن داخل القراب) أو، في بعض الأبحاث، مباشرة في النخاع الشوكي. واحذروا إذا عرضت عيادة الخلايا نفسها لعلاج أمراض كثيرة لا علاقة بينها؛ فالجمعية الدولية لأبحاث الخلايا الجذعية (ISSCR) تعدّ ذلك علامة تحذير.',
        ],
        sources: sources.howItIsMeantToWork,
      },
      {
        id: 'approval-in-india',
        heading: 'هل هو معتمد في الهند؟',
        paragraphs: [
          'لا. تعترف الإرشادات الوطنية الهندية لأبحاث الخلايا الجذعية (الصادرة عن ICMR وDBT عام 2017) باستخدام معتمد واحد: زرع الخلايا الجذعية المكوّنة للدم لعلاج أمراض الدم. وكل استخدام آخر، بما في ذلك لهذا المرض، تجريبي، ولا يجوز إلا ضمن تجربة سريرية معتمدة وخاضعة للرقابة، بهدف تقدّم العلم لا بوصفه علاجًا. وخارج هذه التجارب يوصف بأنه غير أخلاقي ويُعدّ سوء ممارسة مهنية.',
          'تقول بعض المواقع إن العيادات يمكنها تقديمه بوصفه «استخدامًا رحيمًا» أو «بحثًا». لكن دفع ثمن دورة من الحقن ليس مثل المشاركة في تجربة مسجّلة. وفي 30 يناير 2026 أكدت المحكمة العليا في الهند (2026 INSC 96) أن الخلايا الجذعية لا يجوز استخدامها إلا في تجارب معتمدة، وقضت بأن موافقة المريض لا تجعل العلاج غير المثبت مشروعًا. وكانت القضية تتعلق بالتوحد، لكن منطقها عام؛ ولا يوجد حكم خاص بالتصلب الجانبي الضموري.',
          'تتوافر في أي تجربة قانونية للخلايا الجذعية في الهند العناصر الأربعة التالية جميعًا. اطلبوا كلًّا منها كتابةً:',
        ],
        bullets: [
          'رقم تسجيل في CTRI (بالصيغة CTRI/YYYY/MM/NNNNNN)، سُجّل قبل انضمام أول مشارك.',
          'إذن من الجهة الوطنية المنظمة للأدوية (DCGI، رئيس هيئة CDSCO) لإجراء التجربة، صادر على النموذج CT-06. فالمنتجات الخلوية والمشتقة من الخلايا الجذعية تُعدّ «أدوية جديدة» بموجب قواعد التجارب السريرية في الهند.',
          'موافقة لجنة أخلاقيات مسجّلة لدى CDSCO.',
          'مراجعة من اللجنة المؤسسية لأبحاث الخلايا الجذعية (IC-SCR) المسجّلة لدى اللجنة الوطنية العليا لأبحاث الخلايا الجذعية والعلاج بها (NAC-SCRT).',
        ],
        sources: sources.approvalInIndia,
      },
      {
        id: 'cell-types',
        heading: 'ما الخلايا المستخدمة، وماذا تعني المصطلحات',
        paragraphs: [
          'الخلايا الجذعية الوسيطة (الميزنكيمية، MSCs) هي النوع الأكثر اختبارًا في هذا المرض. يستخدم لينزوميستروسيل خلايا وسيطة من نخاع عظم المريض نفسه، ويستخدم NurOwn كذلك الخلايا الوسيطة للمريض نفسه. وتشمل قائمة إدارة الغذاء والدواء الأمريكية للمنتجات غير المعتمدة أيضًا مواد مأخوذة من الدهون («الجزء الوعائي اللُّحمي»)، ودم الحبل السري، ونسيج الحبل السري («هلام وارتون»)، والسائل الأمنيوسي.',
          'لم تُختبر الخلايا الجذعية العصبية إلا في الأبحاث: ففي تجارب NSI-566 حُقنت خلايا من نسيج نخاع شوكي جنيني في النخاع الشوكي أثناء عملية جراحية. أما الخلايا الجذعية المكوّنة للدم فلها استخدام معتمد في الهند، لكن فقط في عمليات الزرع لعلاج أمراض الدم.',
          '«ذاتي المنشأ» (autologous) يعني خلايا المريض نفسه: تُجمع منه، وتُعالج، ثم تُعاد إليه. و«خيفي» أو «من متبرع» (allogeneic) يعني خلايا من شخص آخر متبرع.',
          'احتجّت بعض العيادات بأن خلايا المريض نفسه، إذا عولجت معالجة بسيطة، ليست «أدوية جديدة». وقضت المحكمة العليا عام 2026 بأن الخلايا الجذعية «أدوية» بموجب القانون الهندي حتى لو لم تكن «أدوية جديدة»، وبأن ذلك لا يجعل استخدامها خارج التجارب جائزًا. وتفيد التقارير بأن الحكم يطبّق ذلك على خلايا المريض نفسه أيضًا.',
        ],
        sources: sources.cellTypes,
      },
      {
        id: 'risks',
        heading: 'المخاطر',
        paragraphs: [
          'كل خطوة إجراء طبي. فجمع خلايا المريض يعني أخذ نسيج مثل نخاع العظم أو الدهون. وإعطاء الخلايا قد يعني حقنها في السائل النخاعي (البزل القطني) أو إجراء جراحة في النخاع الشوكي. ومن المشكلات التي قد تلي هذه الإجراءات: العدوى، والتهاب السحايا (التهاب الأغشية المحيطة بالدماغ والنخاع الشوكي)، والصداع بعد البزل القطني.',
          'تلقت إدارة الغذاء والدواء الأمريكية بلاغات عن حالات عمى وأورام وعدوى بعد استخدام منتجات غير معتمدة من الخلايا الجذعية. والادعاء بأن العلاج «آمن بنسبة 100%» أو «بلا مخاطر» هو في حد ذاته علامة تحذير.',
          'وهناك أضرار أخرى يسهل إغفالها:',
        ],
        bullets: [
          'خسارة فرصة الانضمام إلى تجربة لاحقًا. بعض تجارب العلاج الخلوي تستبعد من سبق أن تلقوا خلايا جذعية؛ وتفيد التقارير بأن تجربة NurOwn من المرحلة الثالثة فعلت ذلك.',
          'الابتعاد عن الرعاية التي تنفع. إذا اقترح أحد إيقاف الريلوزول أو الإيدارافون، أو تأجيل دعم التنفس أو أنبوب التغذية، لصالح الخلايا، فاعتبروا ذلك علامة تحذير جدية وتحدثوا إلى طبيب الأعصاب.',
          'المال. تشير التقارير إلى أن الدورات المدفوعة تكلّف آلاف الدولارات الأمريكية، وأحيانًا على عدة جولات، في وقت تتحمل فيه الأسر أصلًا تكاليف مستمرة لرعاية المرض.',
        ],
        sources: sources.risks,
      },
      {
        id: 'costs',
        heading: 'كم يكلّف',
        paragraphs: [
          'لا نذكر سعرًا للعلاج بالخلايا الجذعية لهذا المرض، لأنه ليس علاجًا معتمدًا. والسعر المذكور في صفحة تسويقية ليس أبدًا تكلفة علاج ناجع.',
          'للاطلاع فقط: تفيد التقارير بأن صفحات تسويقية لباقات الخلايا الجذعية في الهند تطلب نحو 5000 إلى 10000 دولار أمريكي مقابل إقامة من 7 إلى 10 أيام، وبعضها يذكر مبالغ أكبر بكثير للجلسة الواحدة. وهذه الأرقام غير موثقة. أما المنتج الوحيد المعتمد في العالم، Neuronata-R في كوريا الجنوبية، فتبلغ تكلفته نحو 60 مليون وون سنويًا (نحو 55000 دولار أمريكي)، وقد رفض التأمين الصحي الكوري تغطيته.',
          'في التجربة الحقيقية توفّر الجهة الراعية عادةً المنتج قيد الاختبار. اسألوا كتابةً عمّا ستدفعونه، إن وُجد. وستبقى عليكم تكاليف السفر والإقامة وأفراد الأسرة المرافقين في كل زيارة من زيارات الدراسة. فتجربة ENDURANCE المخطط لها، مثلًا، مصممة لتستمر 48 أسبوعًا.',
          'والرعاية اليومية للمرض مكلفة أيضًا. ففي حالة أسرة نُشرت في الهند عام 2023، بلغت تكلفة الأدوية والعلاج الطبيعي والتمريض المنزلي نحو 1.2 إلى 1.5 لاك روبية (120000 إلى 150000 روبية) شهريًا، من دون أي دعم من الدولة أو التأمين.',
        ],
        sources: sources.costs,
      },
      {
        id: 'what-to-check',
        heading: 'ما الذي يجب التحقق منه قبل اتخاذ القرار',
        paragraphs: [
          'تستند هذه الأسئلة إلى نصائح الجمعية الدولية لأبحاث الخلايا الجذعية (ISSCR)، بصياغتنا الخاصة. اطلبوا الإجابات مكتوبة، واعرضوها على طبيب الأعصاب.',
        ],
        bullets: [
          'هل هذه تجربة سريرية مسجّلة؟ اطلبوا رقم التسجيل وابحثوا عنه بأنفسكم في CTRI أو ClinicalTrials.gov. فالإدراج في سجل لا يثبت الموافقة وحده.',
          'من وافق عليها؟ في الهند: إذن من DCGI (النموذج CT-06)، ولجنة أخلاقيات مسجّلة لدى CDSCO، ولجنة IC-SCR مسجّلة لدى NAC-SCRT.',
          'هل يوجد بروتوكول مكتوب؟ يجب أن يحدد نوع الخلايا ومصدرها وطريقة تحضيرها والجرعة وطريقة إعطائها وعدد مراتها.',
          'كيف ستُقاس أي فائدة، مثلًا باستخدام ALSFRS-R؟ ومن يراجع النتائج وسلامة المريض بشكل مستقل؟',
          'هل يَعِد أحد بالشفاء أو بعكس مسار المرض أو بنسبة نجاح، أو يقول إنه لا توجد مخاطر؟ هذه علامات تحذير.',
          'هل تُقدَّم قصص المرضى أو مقاطع الفيديو دليلًا؟ الشهادات ليست دليلًا؛ الدليل هو التجارب المضبوطة المنشورة.',
          'هل تُعرض الخلايا نفسها لأمراض كثيرة لا علاقة بينها؟ هذه علامة تحذير أخرى.',
          'هل يُطلب منكم دفع ثمن الخلايا نفسها، أو أن السعر مجمّع وغير واضح؟',
          'هل سيتعين إيقاف الريلوزول أو دعم التنفس (NIV) أو أنبوب التغذية (PEG)؟ لا توقفوا أبدًا رعاية مثبتة من دون التحدث إلى طبيب الأعصاب.',
          'هل ستمنعكم المشاركة من الانضمام إلى تجارب أخرى لاحقًا؟',
          'ما البدائل؟ وما رأي طبيبين أو ثلاثة من أطباء الأعصاب المختصين بهذا المرض ممن لا صلة لهم بالعيادة؟',
        ],
        sources: sources.whatToCheck,
      },
      {
        id: 'process-for-international-patients',
        heading: 'كيف تسير رحلة قانونية عبر Waypoint',
        paragraphs: [
          'على Waypoint، تقود رحلة مريض التصلب الجانبي الضموري إلى تجربة مسجّلة أو إلى رعاية قائمة على الأدلة، ولا تقود أبدًا إلى باقة مدفوعة للخلايا الجذعية. ويبقى منسق واحد جهة الاتصال معكم طوال الرحلة.',
        ],
        bullets: [
          'الاستفسار والسجلات الطبية. تجيبون أنتم، أو فرد من الأسرة دعوتموه، عن أسئلة حول المرض، وترفعون السجلات الطبية. وأنتم من يقرر أي مقدمي الخدمة يمكنهم الاطلاع عليها.',
          'التقييم والأهلية. يراجع كل مقدم خدمة اخترتموه السجلات ويبيّن ما إذا كنتم قد تكونون مؤهلين، مع خطة مكتوبة وعرض سعر مفصّل. ويمكنكم حجز استشارة بالفيديو وطلب رأي ثانٍ مستقل.',
          'السفر والتأشيرة. في الهند، يصدر المستشفى خطاب دعوة على ورقه الرسمي لطلب التأشيرة. وتفيد التقارير بأن التأشيرة الطبية الإلكترونية الهندية (e-Medical) تسمح بالبقاء 60 يومًا من تاريخ الوصول مع ثلاث مرات دخول، وبأنه يمكن لفردين من الأسرة كحد أقصى طلب تأشيرة مرافق طبي إلكترونية (e-Medical Attendant). القواعد تتغير، فتحققوا من البوابة الرسمية. ولا ترتّب Waypoint خطابات دعوة لعلاج غير مثبت بالخلايا الجذعية.',
          'الوصول والتقييم. يفحصكم الفريق شخصيًا ويؤكد الخطة أو يعدّلها. وأي تغيير في السعر يتطلب موافقتكم من جديد.',
          'زيارات التجربة أو الرعاية. في التجربة، تتبعون جدول زياراتها. وفي رعاية المرض، قد يعني ذلك تقييمًا من الفريق، وأدوية، ودعمًا للتنفس أو التغذية، وتأهيلًا. وتُسجَّل أي آثار جانبية.',
          'المتابعة. بعد عودتكم إلى بلدكم نبقى على تواصل، مثلًا بعد 1 و3 و6 و12 شهرًا، ثم كل 6 أشهر. ويمكنكم ملء استبيان ALSFRS-R عبر الإنترنت، ويتلقى طبيبكم في بلدكم ملخصًا عبر رابط تتحكمون فيه.',
        ],
        sources: sources.process,
      },
      {
        id: 'outcomes',
        heading: 'كيف نفهم قصص «التحسّن»',
        paragraphs: [
          'يتقدم التصلب الجانبي الضموري بسرعات مختلفة جدًا. ففي المتوسط تنخفض درجة ALSFRS-R بنحو نقطة واحدة شهريًا، لكن بعض المرضى يفقدون أقل من نصف نقطة في الشهر، وآخرون أكثر من نقطة. لذلك فإن فترة بطيئة أو مستقرة لدى شخص واحد لا تُثبت أن العلاج نجح.',
          'لهذا السبب تُعدّ مجموعة المقارنة أساسية. فلا يمكن معرفة ما إذا كان العلاج قد غيّر شيئًا إلا بمقارنة من تلقوه بأشخاص مشابهين تلقوا دواءً وهميًا. والقصص ومقاطع الفيديو ودرجات «قبل وبعد» التي تعرضها العيادات لا تستطيع ذلك.',
          'ما الذي يُعدّ فرقًا ذا معنى؟ في استطلاع، قال 90% من الأطباء المختصين بهذا المرض إن إبطاء التدهور بنسبة 20% أو أكثر سيكون ذا معنى إلى حدٍّ ما على الأقل. وأعطى المرضى أنفسهم الإجابة نفسها: وسيط قدره 20%. فإذا كان المريض يفقد نقطة واحدة شهريًا، فإن إبطاءً بنسبة 20% يعني فقدان 0.8 نقطة شهريًا بدلًا منها، أي نحو 2.4 نقطة أقل خلال عام. ولا يمكن إثبات فرق صغير كهذا بشكل موثوق إلا في تجربة مضبوطة.',
          'تتابع Waypoint درجة ALSFRS-R بعد العلاج وتعرضها إلى جانب المسار السابق للمريض نفسه ومتوسط التدهور. وهذا يساعدكم أنتم وطبيبكم على رؤية الاتجاه، لكنه لا يستطيع إثبات سببه.',
        ],
        sources: sources.outcomes,
      },
      {
        id: 'infrastructure',
        heading: 'ماذا تعني البنية التحتية الجيدة حقًا',
        paragraphs: [
          'البنية التحتية الجيدة لهذا المرض لا تعني مباني جديدة أو أجهزة تصوير حديثة، بل تعني فريقًا قادرًا على تقديم الرعاية الموصوفة في صفحتنا عن التصلب الجانبي الضموري: طبيب أعصاب يعرف هذا المرض، واختبارات التنفس ودعمه، ورعاية التغذية وأنبوب التغذية، وعلاج النطق والبلع، والتأهيل.',
          'يخبركم الاعتماد عن تنظيم المستشفى وأنظمة الجودة فيه. تمنح اللجنة الدولية المشتركة (JCI) الاعتماد للمستشفيات لمدة ثلاث سنوات في كل مرة، وتنشر أسماء المؤسسات التي تعتمدها. كما يمنح المجلس الوطني الهندي لاعتماد المستشفيات (NABH) الاعتماد لمدة ثلاث سنوات. تحققوا من أن المستشفى نفسه هو الحاصل على الاعتماد، لا مجرد منشأة تابعة له، ومن أن الاعتماد لم تنتهِ صلاحيته.',
          'الاعتماد لا يجعل العلاج غير المثبت قانونيًا أو فعالًا. والمستشفى المعتمد الذي يبيع علاجًا بالخلايا الجذعية لهذا المرض خارج تجربة مسجّلة يظل مخالفًا للقواعد الهندية.',
        ],
        sources: sources.infrastructure,
      },
    ],
  },
}
