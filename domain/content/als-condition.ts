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
          'ALS (amyotrophic lateral sclerosis) is a motor neuron disease. It affects the nerve cells that control the muscles. Over time it can weaken speech and swallowing, the arms and legs, and breathing. Doctors often describe its course in stages: first one region of the body is affected, then two, then three. Later stages are marked by the need for a feeding tube or for breathing support.',
          'ALS gets worse over time, but the speed differs a lot from person to person. Doctors follow it with a questionnaire called the ALSFRS-R. It covers 12 everyday activities, such as speaking, swallowing, handwriting, walking and breathing. Each is scored from 0 to 4, so the total runs from 0 to 48. A higher score means better function. People can fill it in themselves, on paper or online; studies show the results agree well with an assessment in clinic.',
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
          'Riluzole: approved in the United States in December 1995. On average it lengthens survival by about two to three months. The American Academy of Neurology (AAN) says it should be offered. Indian companies make it as a generic medicine.',
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
          'ENDURANCE (NCT06973629) is a new NurOwn trial for about 200 people: 24 weeks comparing NurOwn with placebo, then a 24-week open-label extension (a phase in which participants know what they receive). Its main measure is the change in ALSFRS-R at 24 weeks. When the registry was last updated (May 2025) it was not yet recruiting, and the company was looking for funding. Check the registry for its current status.',
          'Lenzumestrocel (Neuronata-R) uses the person’s own bone-marrow mesenchymal stem cells. South Korea gave it a conditional approval in July 2014. Its phase 3 trial in Korea (ALSUMMIT, NCT04745299, 115 people, compared with a sham procedure) missed its main goal in December 2024. The company reports signs of benefit in people whose ALS was progressing slowly, from an analysis done after the trial. Korea’s health insurance has refused to pay for it.',
          'NSI-566 neural stem cells, taken from fetal spinal cord tissue, were injected directly into the spinal cord in two small early trials in the United States, with 15 people each. The first, in 2010, was the first FDA-approved stem cell trial in ALS. The trials showed that the procedure was feasible and safe enough to study further. They could not show whether it helps, because they had no proper comparison group.',
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
  fr: {
    title: 'SLA (sclérose latérale amyotrophique) : ce que l’on sait et ce qui est prouvé',
    summary:
      'Ce qu’est la SLA, les médicaments autorisés, les soins qui aident, les thérapies cellulaires à l’essai, et pourquoi les « traitements » payants par cellules souches ne sont pas une option éprouvée. Parlez de tout ce que vous lisez ici avec votre neurologue.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'what-it-is',
        heading: 'Qu’est-ce que la SLA ?',
        paragraphs: [
          'La SLA (sclérose latérale amyotrophique) est une maladie du motoneurone. Elle touche les cellules nerveuses qui commandent les muscles. Avec le temps, elle peut affaiblir la parole et la déglutition, les bras et les jambes, ainsi que la respiration. Les médecins décrivent souvent son évolution par stades : une première région du corps est touchée, puis deux, puis trois. Les stades plus avancés se caractérisent par le besoin d’une sonde d’alimentation ou d’une aide respiratoire.',
          'La SLA s’aggrave avec le temps, mais à un rythme très différent d’une personne à l’autre. Les médecins la suivent à l’aide d’un questionnaire appelé ALSFRS-R. Il porte sur 12 activités de la vie quotidienne, comme parler, avaler, écrire à la main, marcher et respirer. Chacune est notée de 0 à 4 ; le total va donc de 0 à 48. Plus le score est élevé, meilleure est la fonction. La personne peut le remplir elle-même, sur papier ou en ligne ; les études montrent que les résultats concordent bien avec une évaluation en consultation.',
          'Dans PRO-ACT, une base qui regroupe les données de plus de 8 600 personnes ayant participé à des essais sur la SLA, le score a baissé en moyenne d’environ 1 point par mois. Ce n’est qu’une moyenne : certaines personnes perdent moins d’un demi-point par mois, d’autres plus d’un point.',
          'Codes que vous pouvez voir sur des formulaires : CIM-10-CM G12.21 (dans la version de la CIM-10 de l’OMS, la SLA est classée sous G12.2, maladie du motoneurone) ; SNOMED CT 86044005 ; CIM-11 8B60.0, selon des sources secondaires, à vérifier encore dans le navigateur CIM-11 de l’OMS.',
        ],
        sources: sources.whatItIs,
      },
      {
        id: 'approved',
        heading: 'Médicaments autorisés',
        paragraphs: [
          'Aucun médicament ne guérit la SLA. Les médicaments ci-dessous ont été autorisés par les autorités sanitaires et peuvent aider certaines personnes. Demandez à votre neurologue lesquels vous conviennent et lesquels sont disponibles là où vous vivez. Nous n’avons pas pu confirmer si l’édaravone et le tofersen sont autorisés en Inde.',
        ],
        bullets: [
          'Riluzole : autorisé aux États-Unis en décembre 1995. En moyenne, il prolonge la survie d’environ deux à trois mois. L’American Academy of Neurology (AAN) recommande de le proposer. Des laboratoires indiens le fabriquent en générique.',
          'Édaravone : autorisée au Japon et en Corée du Sud en 2015, puis aux États-Unis le 5 mai 2017, en perfusion intraveineuse par cycles. Une forme à prendre par la bouche a été autorisée aux États-Unis en mai 2022. Dans l’essai de 24 semaines portant sur 137 personnes, sur lequel repose l’autorisation américaine, les personnes sous édaravone ont perdu environ 2,5 points d’ALSFRS-R de moins que le groupe de comparaison.',
          'Tofersen : administré par injection dans le liquide céphalorachidien. Il a obtenu une autorisation accélérée aux États-Unis le 25 avril 2023 pour les adultes dont la SLA est liée à une modification (mutation) du gène SOD1, soit environ 2 personnes atteintes de SLA sur 100. Cette autorisation repose sur la baisse d’un marqueur sanguin, les neurofilaments à chaîne légère. Un autre essai, ATLAS, doit confirmer le bénéfice.',
          'L’AMX0035 (Relyvrio, aussi appelé Albrioza) n’est plus une option. Il a été autorisé aux États-Unis le 29 septembre 2022. Son grand essai de phase 3, PHOENIX (664 personnes), a ensuite échoué, et il a été retiré aux États-Unis et au Canada en avril 2024.',
        ],
        sources: sources.approved,
      },
      {
        id: 'standard-care',
        heading: 'Les soins qui aident',
        paragraphs: [
          'De bons soins de la SLA sont des soins d’équipe. Le neurologue travaille avec des professionnels de la respiration, de la nutrition, de la parole et de la déglutition, et du mouvement (kinésithérapie et autres formes de rééducation), ainsi qu’avec des infirmiers et un soutien social. C’est ce que Waypoint entend par soins de la SLA fondés sur les preuves : médicaments autorisés, aide respiratoire, aide à l’alimentation et rééducation, planifiés ensemble.',
          'Aide respiratoire. La ventilation non invasive (VNI) apporte une aide à la respiration au moyen d’un masque, d’abord pendant une partie du jour ou de la nuit. Les recommandations de l’AAN de 2009 ont conclu qu’elle prolonge la survie. Il est recommandé de l’envisager lorsque les examens respiratoires baissent : par exemple lorsque la capacité vitale forcée (CVF) passe sous la moitié de la valeur attendue, lorsque les tests de pression respiratoire sont bas, ou lorsque respirer devient difficile en position allongée.',
          'Aide à l’alimentation. Quand avaler devient difficile, on peut utiliser une sonde d’alimentation placée à travers la peau jusque dans l’estomac (une gastrostomie, souvent appelée GPE ou PEG). Les mêmes recommandations ont conclu qu’elle aide à stabiliser le poids et prolonge probablement la survie.',
          'Rééducation. La kinésithérapie et les autres thérapies font partie du plan de soins, avec l’aide respiratoire et l’aide à l’alimentation. Votre neurologue et l’équipe soignante décideront avec vous de ce qui convient, et à quel moment.',
        ],
        sources: sources.standardCare,
      },
      {
        id: 'in-trials',
        heading: 'Thérapies cellulaires à l’essai',
        paragraphs: [
          'Plusieurs thérapies cellulaires contre la SLA ont été évaluées dans de véritables essais cliniques. À ce jour, aucune n’a clairement montré qu’elle ralentit la maladie. Participer à un essai enregistré est la voie légale pour en recevoir une.',
        ],
        bullets: [
          'NurOwn (debamestrocel) utilise des cellules prélevées sur la personne elle-même (cellules autologues MSC-NTF), administrées en trois injections dans le liquide céphalorachidien. Dans son essai de phase 3 (NCT03280056, 189 personnes traitées), 33 % des personnes sous NurOwn ont répondu à la définition de la réponse fixée par l’essai, contre 28 % sous placebo. Cette différence pouvait être due au hasard, et l’essai n’a pas atteint son objectif principal. La baisse moyenne de l’ALSFRS-R a été semblable dans les deux groupes (5,52 et 5,88 points). La tolérance a été jugée acceptable. En septembre 2023, un comité consultatif de la FDA a voté à 17 voix contre 1 que l’efficacité n’était pas démontrée, et l’entreprise a retiré sa demande d’autorisation américaine en octobre 2023.',
          'ENDURANCE (NCT06973629) est un nouvel essai de NurOwn prévu pour environ 200 personnes : 24 semaines de comparaison entre NurOwn et un placebo, puis une prolongation de 24 semaines en ouvert (les participants savent ce qu’ils reçoivent). Son critère principal est l’évolution de l’ALSFRS-R à 24 semaines. Lors de la dernière mise à jour du registre (mai 2025), il ne recrutait pas encore et l’entreprise cherchait un financement. Vérifiez son statut actuel dans le registre.',
          'Le lenzumestrocel (Neuronata-R) utilise des cellules souches mésenchymateuses issues de la moelle osseuse de la personne elle-même. La Corée du Sud lui a accordé une autorisation conditionnelle en juillet 2014. Son essai de phase 3 en Corée (ALSUMMIT, NCT04745299, 115 personnes, comparaison avec une procédure simulée) n’a pas atteint son objectif principal en décembre 2024. L’entreprise fait état de signes de bénéfice chez les personnes dont la SLA évoluait lentement, d’après une analyse réalisée après l’essai. L’assurance maladie coréenne a refusé de le rembourser.',
          'Les cellules souches neurales NSI-566, issues de tissu de moelle épinière fœtale, ont été injectées directement dans la moelle épinière lors de deux petits essais précoces aux États-Unis, de 15 personnes chacun. Le premier, en 2010, a été le premier essai de cellules souches dans la SLA autorisé par la FDA. Ces essais ont montré que l’intervention était faisable et suffisamment sûre pour poursuivre les recherches. Ils n’ont pas pu montrer si elle aide, faute de véritable groupe de comparaison.',
        ],
        sources: sources.inTrials,
      },
      {
        id: 'unproven',
        heading: 'Non prouvé : les « traitements » payants par cellules souches',
        paragraphs: [
          'Des cliniques, en Inde et ailleurs, vendent des cures d’injections de cellules souches contre la SLA. Aucun produit à base de cellules souches n’est autorisé pour la SLA en Inde, aux États-Unis ou dans l’Union européenne.',
          'Pourquoi nous disons qu’ils ne sont pas prouvés. Une revue Cochrane des thérapies cellulaires dans la SLA (CD011742) n’a trouvé que deux essais randomisés, totalisant 112 personnes. Son édition de 2016 concluait à un manque de preuves de bonne qualité pour guider la pratique. Une revue d’experts de 2015 (Goutman et ses collègues) a constaté qu’aucun essai n’avait montré de bénéfice clair. Les bonnes nouvelles diffusées par les cliniques proviennent de petites études sans groupe de comparaison, ou de témoignages.',
          'Ce que dit la loi en Inde. Les lignes directrices nationales indiennes de 2017 sur les cellules souches (ICMR et DBT) reconnaissent un seul usage approuvé : les greffes de cellules souches hématopoïétiques pour les maladies du sang. Tout autre usage chez des patients, y compris pour la SLA, n’est possible que dans le cadre d’un essai clinique approuvé et surveillé. En dehors d’un tel essai, il est qualifié de contraire à l’éthique et de faute professionnelle. Le 30 janvier 2026, la Cour suprême de l’Inde (2026 INSC 96) a repris ces termes et jugé que le consentement du patient ne rend pas légitime un traitement non prouvé. Cette affaire concernait l’autisme, mais son raisonnement est général. Il n’existe aucune décision de justice propre à la SLA.',
          'Ce que dit l’autorité américaine. En 2021, la FDA a averti avoir reçu des signalements de cécité, de tumeurs et d’infections après l’utilisation de produits à base de cellules souches et de produits apparentés non autorisés. Elle a indiqué que les personnes à qui l’on fait payer ces produits, ou à qui on les propose en dehors d’un essai clinique, sont probablement trompées. Une inscription sur ClinicalTrials.gov, ou l’affirmation d’être « enregistré auprès de la FDA », ne montre pas qu’une clinique respecte les règles.',
        ],
        sources: sources.unproven,
      },
      {
        id: 'find-trials',
        heading: 'Comment trouver un véritable essai',
        paragraphs: [
          'Les essais sont répertoriés sur ClinicalTrials.gov, où les numéros commencent par NCT. En Inde, ils figurent au registre indien des essais cliniques, le CTRI (ctri.nic.in). Le CTRI est géré par l’Indian Council of Medical Research ; sa consultation est gratuite et c’est un registre primaire de l’OMS. L’enregistrement des essais y est obligatoire depuis juin 2009 et, depuis avril 2018, un essai doit être enregistré avant l’inclusion de la première personne.',
          'Un numéro CTRI a la forme CTRI/AAAA/MM/NNNNNN. Vérifiez vous-même ce numéro, plutôt que de vous fier à une copie qu’on vous envoie. La fiche indique le type d’étude, le comité d’éthique, l’autorisation de l’autorité de réglementation et les hôpitaux participants. Votre neurologue peut vous aider à juger si un essai vous convient. Vérifiez les points suivants :',
        ],
        bullets: [
          'Le numéro d’enregistrement, trouvé par vous-même sur le CTRI ou ClinicalTrials.gov, avec l’hôpital avec lequel vous êtes en contact indiqué comme centre de l’essai.',
          'En Inde, l’autorisation écrite de l’autorité nationale du médicament (le DCGI, qui dirige le CDSCO) de conduire l’essai, délivrée sur le formulaire CT-06.',
          'L’approbation de l’essai par un comité d’éthique enregistré auprès du CDSCO.',
          'Pour les essais de cellules souches en Inde, l’examen par un comité institutionnel pour la recherche sur les cellules souches (IC-SCR) enregistré auprès du comité national de référence, le NAC-SCRT.',
          'Qui fournit le produit. Dans un véritable essai, le promoteur fournit normalement le produit étudié. Soyez très prudent si l’on vous demande de le payer.',
          'Si votre participation pourrait vous empêcher de rejoindre d’autres essais plus tard. La société savante ISSCR conseille de poser cette question. L’essai de phase 3 de NurOwn, par exemple, n’aurait pas accepté les personnes ayant déjà reçu des cellules souches.',
        ],
        sources: sources.findTrials,
      },
    ],
  },
  ar: {
    title: 'التصلب الجانبي الضموري (ALS): ما نعرفه وما ثبتت فائدته',
    summary:
      'ما هو التصلب الجانبي الضموري، والأدوية المعتمدة، والرعاية التي تساعد، والعلاجات الخلوية التي تُختبر في التجارب السريرية، ولماذا لا يُعدّ «العلاج» المدفوع بالخلايا الجذعية خيارًا مثبتًا. يُرجى مناقشة كل ما تقرؤونه هنا مع طبيب الأعصاب المعالج.',
    lastReviewed: '2026-11-20',
    reviewDue: '2027-05-20',
    sections: [
      {
        id: 'what-it-is',
        heading: 'ما هو التصلب الجانبي الضموري؟',
        paragraphs: [
          'التصلب الجانبي الضموري (ALS) مرض من أمراض العصبون الحركي، يصيب الخلايا العصبية التي تتحكم في العضلات. ومع مرور الوقت قد يُضعف الكلام والبلع، والذراعين والساقين، والتنفس. وكثيرًا ما يصف الأطباء مساره على مراحل: تتأثر أولًا منطقة واحدة من الجسم، ثم منطقتان، ثم ثلاث. وتتميز المراحل المتأخرة بالحاجة إلى أنبوب تغذية أو إلى دعم التنفس.',
          'يزداد المرض سوءًا مع الوقت، لكن سرعته تختلف كثيرًا من شخص إلى آخر. ويتابعه الأطباء باستبيان يُسمى ALSFRS-R، يشمل 12 نشاطًا يوميًا مثل الكلام والبلع والكتابة باليد والمشي والتنفس. ويُعطى كل نشاط درجة من 0 إلى 4، فيتراوح المجموع بين 0 و48، وكلما ارتفعت الدرجة كانت الوظيفة أفضل. ويمكن للمريض أن يملأه بنفسه، ورقيًا أو عبر الإنترنت، وتُظهر الدراسات أن نتائجه تتوافق جيدًا مع التقييم في العيادة.',
          'في قاعدة بيانات PRO-ACT، التي تجمع بيانات أكثر من 8600 شخص شاركوا في تجارب على هذا المرض، انخفضت الدرجة بنحو نقطة واحدة شهريًا في المتوسط. لكن هذا مجرد متوسط: فبعض المرضى يفقدون أقل من نصف نقطة في الشهر، وآخرون أكثر من نقطة.',
          'رموز قد ترونها في النماذج الطبية: ICD-10-CM G12.21 (وفي نسخة منظمة الصحة العالمية من ICD-10 يندرج المرض تحت الرمز G12.2، مرض العصبون الحركي)؛ وSNOMED CT 86044005؛ وICD-11 8B60.0 وفق مصادر ثانوية، ولم يُتحقق منه بعد في متصفح ICD-11 التابع لمنظمة الصحة العالمية.',
        ],
        sources: sources.whatItIs,
      },
      {
        id: 'approved',
        heading: 'الأدوية المعتمدة',
        paragraphs: [
          'لا يوجد دواء يشفي من هذا المرض. الأدوية التالية اعتمدتها الجهات التنظيمية، وقد تساعد بعض المرضى. اسألوا طبيب الأعصاب عن الأنسب منها وعن المتوفر منها في بلدكم. ولم نتمكن من التأكد مما إذا كان الإيدارافون والتوفيرسن معتمدين في الهند.',
        ],
        bullets: [
          'الريلوزول: اعتُمد في الولايات المتحدة في ديسمبر 1995. ويطيل البقاء على قيد الحياة بنحو شهرين إلى ثلاثة أشهر في المتوسط. وتوصي الأكاديمية الأمريكية لطب الأعصاب (AAN) بعرضه على المرضى. وتصنعه شركات هندية دواءً جنيسًا.',
          'الإيدارافون: اعتُمد في اليابان وكوريا الجنوبية عام 2015، وفي الولايات المتحدة في 5 مايو 2017، ويُعطى في الوريد على دورات. واعتُمد شكل منه يؤخذ بالفم في الولايات المتحدة في مايو 2022. وفي التجربة التي استندت إليها الموافقة الأمريكية (137 مريضًا على مدى 24 أسبوعًا)، فقد المرضى الذين تلقوا الإيدارافون نحو 2.5 نقطة أقل على مقياس ALSFRS-R مقارنة بمجموعة المقارنة.',
          'التوفيرسن: يُعطى بالحقن في السائل النخاعي. وحصل على موافقة معجّلة في الولايات المتحدة في 25 أبريل 2023 للبالغين الذين يرتبط مرضهم بتغيّر (طفرة) في جين SOD1، أي نحو 2 من كل 100 مريض. واستندت الموافقة إلى انخفاض مؤشر في الدم يُسمى السلاسل الخفيفة للخيوط العصبية (neurofilament light). ويُفترض أن تؤكد تجربة أخرى، هي ATLAS، هذه الفائدة.',
          'لم يعد AMX0035 (ريليفريو، ويُسمى أيضًا ألبريوزا) خيارًا متاحًا. فقد اعتُمد في الولايات المتحدة في 29 سبتمبر 2022، ثم فشلت تجربته الكبيرة من المرحلة الثالثة، PHOENIX (664 مريضًا)، وسُحب من الولايات المتحدة وكندا في أبريل 2024.',
        ],
        sources: sources.approved,
      },
      {
        id: 'standard-care',
        heading: 'الرعاية التي تساعد',
        paragraphs: [
          'الرعاية الجيدة لهذا المرض رعاية يقدّمها فريق. يعمل طبيب الأعصاب مع مختصين في التنفس والتغذية والنطق والبلع والحركة (العلاج الطبيعي وسائر أشكال التأهيل)، ومع الممرضين وخدمات الدعم الاجتماعي. وهذا ما تعنيه Waypoint بالرعاية القائمة على الأدلة: أدوية معتمدة، ودعم التنفس، ودعم التغذية، والتأهيل، ضمن خطة واحدة.',
          'دعم التنفس. تساعد التهوية غير الغازية (NIV) على التنفس عبر قناع، في البداية لجزء من النهار أو الليل. وقد خلصت إرشادات الأكاديمية الأمريكية لطب الأعصاب لعام 2009 إلى أنها تطيل البقاء على قيد الحياة. وتوصي الإرشادات بالنظر فيها عندما تنخفض نتائج اختبارات التنفس، مثلًا عندما تهبط السعة الحيوية القسرية (FVC) إلى أقل من نصف القيمة المتوقعة، أو عندما تكون اختبارات ضغط التنفس منخفضة، أو عندما يصعب التنفس عند الاستلقاء.',
          'دعم التغذية. عندما يصبح البلع صعبًا، يمكن استخدام أنبوب تغذية يُدخل عبر الجلد إلى المعدة (فغر المعدة، ويُعرف غالبًا باسم PEG). وقد خلصت الإرشادات نفسها إلى أنه يساعد على ثبات الوزن ويُرجَّح أنه يطيل البقاء على قيد الحياة.',
          'التأهيل. العلاج الطبيعي وغيره من العلاجات جزء من خطة الرعاية، إلى جانب دعم التنفس والتغذية. وسيقرر طبيب الأعصاب وفريق الرعاية معكم ما يناسب، ومتى.',
        ],
        sources: sources.standardCare,
      },
      {
        id: 'in-trials',
        heading: 'علاجات خلوية قيد الاختبار في التجارب السريرية',
        paragraphs: [
          'اختُبرت عدة علاجات خلوية لهذا المرض في تجارب سريرية سليمة المنهج، ولم يُثبت أيٌّ منها حتى الآن بوضوح أنه يبطئ المرض. والمشاركة في تجربة مسجّلة هي الطريق القانوني لتلقي أحدها.',
        ],
        bullets: [
          'يستخدم NurOwn (ديباميستروسيل) خلايا مأخوذة من جسم المريض نفسه (خلايا ذاتية من نوع MSC-NTF)، تُعطى في ثلاث حقن في السائل النخاعي. وفي تجربته من المرحلة الثالثة (NCT03280056، 189 مريضًا عولجوا)، حقق 33% ممن تلقوا NurOwn تعريف الاستجابة الذي حددته التجربة، مقابل 28% ممن تلقوا دواءً وهميًا. وقد يكون هذا الفرق ناتجًا عن الصدفة، ولم تحقق التجربة هدفها الرئيسي. وكان متوسط انخفاض ALSFRS-R متقاربًا في المجموعتين (5.52 و5.88 نقطة)، وكانت السلامة مقبولة. وفي سبتمبر 2023 صوّتت لجنة استشارية تابعة لإدارة الغذاء والدواء الأمريكية (FDA) بأغلبية 17 مقابل 1 بأن الفعالية لم تثبت، وسحبت الشركة طلبها الأمريكي في أكتوبر 2023.',
          'ENDURANCE (NCT06973629) تجربة جديدة لـ NurOwn لنحو 200 مريض: 24 أسبوعًا تقارن NurOwn بدواء وهمي، ثم تمديد مفتوح لمدة 24 أسبوعًا (يعرف فيه المشاركون ما يتلقونه). ومقياسها الرئيسي هو التغير في ALSFRS-R عند الأسبوع 24. وعند آخر تحديث للسجل (مايو 2025) لم يكن تجنيد المشاركين قد بدأ، وكانت الشركة تبحث عن تمويل. تحققوا من وضعها الحالي في السجل.',
          'يستخدم لينزوميستروسيل (Neuronata-R) خلايا جذعية وسيطة (ميزنكيمية) من نخاع عظم المريض نفسه. ومنحته كوريا الجنوبية موافقة مشروطة في يوليو 2014. ولم تحقق تجربته من المرحلة الثالثة في كوريا (ALSUMMIT، NCT04745299، 115 مريضًا، بالمقارنة مع إجراء صوري) هدفها الرئيسي في ديسمبر 2024. وتشير الشركة إلى علامات فائدة لدى المرضى الذين كان مرضهم يتقدم ببطء، استنادًا إلى تحليل أُجري بعد انتهاء التجربة. وقد رفض التأمين الصحي الكوري تغطية تكلفته.',
          'حُقنت خلايا NSI-566 الجذعية العصبية، المأخوذة من نسيج نخاع شوكي جنيني، مباشرة في النخاع الشوكي في تجربتين مبكرتين صغيرتين في الولايات المتحدة، شملت كل منهما 15 مريضًا. وكانت الأولى، عام 2010، أول تجربة للخلايا الجذعية في هذا المرض توافق عليها إدارة الغذاء والدواء الأمريكية. وأظهرت التجربتان أن الإجراء ممكن وآمن بما يكفي لمواصلة دراسته، لكنهما لم تستطيعا إظهار ما إذا كان مفيدًا، لعدم وجود مجموعة مقارنة مناسبة.',
        ],
        sources: sources.inTrials,
      },
      {
        id: 'unproven',
        heading: 'غير مثبت: «العلاج» المدفوع بالخلايا الجذعية',
        paragraphs: [
          'تبيع عيادات في الهند وغيرها دورات من حقن الخلايا الجذعية لمرضى التصلب الجانبي الضموري. ولا يوجد أي منتج من الخلايا الجذعية معتمد لهذا المرض في الهند أو الولايات المتحدة أو الاتحاد الأوروبي.',
          'لماذا نصفه بأنه غير مثبت. وجدت مراجعة كوكرين للعلاجات الخلوية في هذا المرض (CD011742) تجربتين عشوائيتين فقط، شملتا 112 مريضًا إجمالًا. وخلصت نسختها لعام 2016 إلى عدم وجود أدلة عالية الجودة كافية لتوجيه الممارسة. ووجدت مراجعة خبراء عام 2015 (غوتمان وزملاؤه) أنه لم تُظهر أي تجربة فائدة واضحة. أما القصص الإيجابية التي تنشرها العيادات فمصدرها دراسات صغيرة بلا مجموعة مقارنة، أو شهادات المرضى.',
          'ماذا يقول القانون في الهند. تعترف الإرشادات الوطنية الهندية للخلايا الجذعية لعام 2017 (الصادرة عن ICMR وDBT) باستخدام معتمد واحد: زرع الخلايا الجذعية المكوّنة للدم لعلاج أمراض الدم. وأي استخدام آخر لدى المرضى، بما في ذلك لهذا المرض، لا يجوز إلا ضمن تجربة سريرية معتمدة وخاضعة للرقابة. وخارج هذه التجارب يوصف بأنه غير أخلاقي ويُعدّ سوء ممارسة مهنية. وفي 30 يناير 2026 استشهدت المحكمة العليا في الهند (2026 INSC 96) بهذه العبارات، وقضت بأن موافقة المريض لا تجعل العلاج غير المثبت مشروعًا. وكانت القضية تتعلق بالتوحد، لكن منطقها عام. ولا يوجد حكم قضائي خاص بالتصلب الجانبي الضموري.',
          'ماذا تقول الجهة التنظيمية الأمريكية. في عام 2021 حذّرت إدارة الغذاء والدواء الأمريكية من أنها تلقت بلاغات عن حالات عمى وأورام وعدوى بعد استخدام منتجات غير معتمدة من الخلايا الجذعية ومنتجات مشابهة. وقالت إن من يُطلب منهم دفع ثمن هذه المنتجات، أو تُعرض عليهم خارج تجربة سريرية، يُرجَّح أنهم يتعرضون للخداع. كما أن إدراج العيادة على ClinicalTrials.gov، أو ادعاءها أنها «مسجلة لدى FDA»، لا يثبت أنها تلتزم بالقواعد.',
        ],
        sources: sources.unproven,
      },
      {
        id: 'find-trials',
        heading: 'كيف تجدون تجربة سريرية حقيقية',
        paragraphs: [
          'تُدرج التجارب على موقع ClinicalTrials.gov، حيث تبدأ الأرقام بـ NCT. وفي الهند تُدرج في سجل التجارب السريرية الهندي CTRI (ctri.nic.in)، الذي يديره المجلس الهندي للبحوث الطبية (ICMR)، والبحث فيه مجاني، وهو سجل أساسي معترف به من منظمة الصحة العالمية. وتسجيل التجارب فيه إلزامي منذ يونيو 2009، ومنذ أبريل 2018 يجب تسجيل التجربة قبل انضمام أول مشارك.',
          'يأتي رقم CTRI بالصيغة CTRI/YYYY/MM/NNNNNN. ابحثوا عن الرقم بأنفسكم بدلًا من الاعتماد على نسخة يرسلها إليكم أحد. ويُظهر السجل نوع الدراسة، ولجنة الأخلاقيات، وإذن الجهة التنظيمية، والمستشفيات المشاركة. ويمكن لطبيب الأعصاب أن يساعدكم في تقدير ما إذا كانت التجربة مناسبة. تحققوا من النقاط التالية:',
        ],
        bullets: [
          'رقم التسجيل، بعد أن تجدوه بأنفسكم على CTRI أو ClinicalTrials.gov، مع ظهور المستشفى الذي تتواصلون معه بوصفه موقعًا للتجربة.',
          'في الهند: إذن مكتوب من الجهة الوطنية المنظمة للأدوية (DCGI، رئيس هيئة CDSCO) لإجراء التجربة، صادر على النموذج CT-06.',
          'موافقة لجنة أخلاقيات مسجّلة لدى CDSCO على التجربة.',
          'في تجارب الخلايا الجذعية في الهند: مراجعة من لجنة مؤسسية لأبحاث الخلايا الجذعية (IC-SCR) مسجّلة لدى اللجنة الوطنية العليا NAC-SCRT.',
          'من يوفّر المنتج. في التجارب الحقيقية توفّر الجهة الراعية عادةً المنتج قيد الاختبار. كونوا حذرين جدًا إذا طُلب منكم دفع ثمنه.',
          'هل قد تمنعكم المشاركة من الانضمام إلى تجارب أخرى لاحقًا؟ تنصح الجمعية الدولية لأبحاث الخلايا الجذعية (ISSCR) بطرح هذا السؤال. وتفيد التقارير مثلًا بأن تجربة NurOwn من المرحلة الثالثة لم تقبل من سبق أن تلقوا خلايا جذعية.',
        ],
        sources: sources.findTrials,
      },
    ],
  },
}
