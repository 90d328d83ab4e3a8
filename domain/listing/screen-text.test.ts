import { describe, expect, test } from 'vitest'
import { screenClaims } from './red-flags.ts'

// The evasions that got past the keyword screen, each written here in every
// language the site speaks, and the honest sentences it must leave alone.
type Lang = 'en' | 'fr' | 'ar'
const codesOf = (text: string) => screenClaims(text).map((r) => r.code)

const ZWSP = '\u200B'
const SHY = '\u00AD'
const RLM = '\u200F'
const LRO = '\u202D'
const PDF = '\u202C'
const ZWJ = '\u200D'

const caught: [string, string, Lang, string][] = [
  // Cure, reversal and recovery claims in other words.
  ['cure in other words', 'claim.cure', 'en', 'Patients regained function in their hands within weeks.'],
  ['cure in other words', 'claim.cure', 'en', 'Our protocol halted progression in most patients.'],
  ['cure in other words', 'claim.cure', 'en', 'The cells repair damaged neurons and regenerate nerves.'],
  ['cure in other words', 'claim.cure', 'en', 'Many of our patients walk again.'],
  ['cure in other words', 'claim.cure', 'en', 'The cells stop ALS in its tracks.'],
  ['cure in other words', 'claim.cure', 'fr', 'Nos patients retrouvent la parole et la marche.'],
  ['cure in other words', 'claim.cure', 'ar', 'يستعيد مرضانا القدرة على الكلام والمشي'],
  ['cure in other words', 'claim.cure', 'fr', 'Les patients ont retrouvé leur mobilité après le traitement.'],
  ['cure in other words', 'claim.cure', 'fr', 'Notre protocole stoppe la progression de la maladie.'],
  ['cure in other words', 'claim.cure', 'fr', 'Les cellules réparent les neurones endommagés.'],
  ['cure in other words', 'claim.cure', 'ar', 'استعاد المرضى القدرة على المشي بعد الحقن'],
  ['cure in other words', 'claim.cure', 'ar', 'علاجنا يوقف تطور المرض'],
  ['cure in other words', 'claim.cure', 'ar', 'الخلايا تصلح الخلايا العصبية التالفة'],
  // Success claims in words, as a share, with another script's digits or percent sign.
  ['success in words', 'claim.success-rate', 'en', 'Nine out of ten patients improve after treatment.'],
  ['success in words', 'claim.success-rate', 'en', '٩٠٪ of our patients walk better after two rounds.'],
  [
    'success in words',
    'claim.success-rate',
    'en',
    'Improvement seen in ９５％ of cases, with a high recovery rate.',
  ],
  ['success in words', 'claim.success-rate', 'fr', 'Neuf patients sur dix voient une amélioration.'],
  ['success in words', 'claim.success-rate', 'fr', 'Un taux de réussite de ٩٠٪ chez nos patients.'],
  ['success in words', 'claim.success-rate', 'fr', '85 pour cent de réussite.'],
  ['success in words', 'claim.success-rate', 'ar', '٩ من كل ١٠ مرضى يتحسنون'],
  ['success in words', 'claim.success-rate', 'ar', 'تحسن ۹۰٪ من المرضى'],
  ['success in words', 'claim.success-rate', 'ar', 'تسعة من كل عشرة مرضى تحسنوا'],
  ['success in words', 'claim.success-rate', 'en', 'Improvement seen in nine out of ten patients.'],
  ['success in words', 'claim.success-rate', 'fr', 'Amélioration chez neuf patients sur dix.'],
  ['success in words', 'claim.success-rate', 'ar', 'تحسن ملحوظ لدى ٨ من كل ١٠ مرضى'],
  // Hidden characters inside a flagged word.
  ['hidden characters', 'claim.cure', 'en', `Our therapy can cu${ZWSP}re ALS.`],
  ['hidden characters', 'claim.cure', 'en', `We ${LRO}cure${PDF} motor neurone disease.`],
  ['hidden characters', 'claim.cure', 'en', 'We \u0441ure ALS (a Cyrillic "с").'],
  ['hidden characters', 'claim.cure', 'en', 'We c.u.r.e ALS.'],
  ['success in words', 'claim.success-rate', 'en', '9/10 patients improve.'],
  ['hidden characters', 'claim.success-rate', 'en', `A suc${SHY}cess ra${ZWJ}te of 80%.`],
  ['hidden characters', 'claim.cure', 'fr', `Notre thérapie peut gué${SHY}rir la SLA.`],
  ['hidden characters', 'claim.no-risk', 'fr', `Une injection sans ri${ZWSP}sque.`],
  ['hidden characters', 'claim.cure', 'ar', `علاجنا يحقق الش${RLM}فاء`],
  ['hidden characters', 'claim.testimonials', 'ar', `شاهد شها${ZWJ}دات المرضى`],
  // Fees for taking part in a trial, in the text only.
  ['trial fee', 'claim.pay-for-investigational', 'en', 'Enrolment fee for the study: USD 4,500.'],
  ['trial fee', 'claim.pay-for-investigational', 'en', 'Taking part in the trial costs $6,000.'],
  ['trial fee', 'claim.pay-for-investigational', 'fr', "Frais de participation à l'essai : 4 500 €."],
  ['trial fee', 'claim.pay-for-investigational', 'ar', 'رسوم المشاركة في التجربة ٤٥٠٠ دولار'],
  [
    'trial fee',
    'claim.pay-for-investigational',
    'en',
    'The research programme fee includes hotel and transfers.',
  ],
  [
    'trial fee',
    'claim.pay-for-investigational',
    'fr',
    "Frais d'inscription au protocole de recherche : 9 000 €.",
  ],
  ['trial fee', 'claim.pay-for-investigational', 'ar', 'رسوم الاشتراك في البرنامج البحثي ١٠٠٠٠ دولار'],
  // Testimonials as evidence.
  ['testimonials', 'claim.testimonials', 'en', 'Hear what our former patients say about their progress.'],
  ['testimonials', 'claim.testimonials', 'en', 'Before and after videos prove it works.'],
  [
    'testimonials',
    'claim.testimonials',
    'fr',
    'Regardez les vidéos de nos patients : les résultats parlent d’eux-mêmes.',
  ],
  ['testimonials', 'claim.testimonials', 'ar', 'شاهد قصص نجاح مرضانا'],
  // Borrowed legitimacy from a regulator's name.
  ['regulator name', 'claim.registered-with-regulator', 'en', 'Our laboratory is FDA-registered.'],
  [
    'regulator name',
    'claim.registered-with-regulator',
    'en',
    'The protocol is approved by the Ministry of Health.',
  ],
  ['regulator name', 'claim.registered-with-regulator', 'fr', "Protocole approuvé par l'OMS."],
  ['regulator name', 'claim.registered-with-regulator', 'ar', 'مركزنا معتمد من منظمة الصحة العالمية'],
  [
    'regulator name',
    'claim.registered-with-regulator',
    'en',
    'Approved by the Indian Council of Medical Research.',
  ],
  [
    'regulator name',
    'claim.registered-with-regulator',
    'fr',
    'Traitement reconnu par le ministère de la Santé.',
  ],
  ['regulator name', 'claim.registered-with-regulator', 'ar', 'علاج معتمد من وزارة الصحة'],
  // Pressure to stop approved treatment.
  [
    'stop approved care',
    'claim.stop-approved-care',
    'en',
    'Patients can come off riluzole after the second injection.',
  ],
  ['stop approved care', 'claim.stop-approved-care', 'en', 'You will not need a feeding tube.'],
  ['stop approved care', 'claim.stop-approved-care', 'fr', "Vous n'aurez plus besoin de respirateur."],
  ['stop approved care', 'claim.stop-approved-care', 'ar', 'لن تحتاج إلى جهاز التنفس بعد العلاج'],
  // A provider speaking for itself after a warning or a negation is not let off.
  ['own voice after a warning', 'claim.cure', 'en', 'Unlike other clinics, we cure ALS.'],
  ['not a real negation', 'claim.cure', 'en', 'No waiting lists – cure ALS now.'],
  ['not a real negation', 'claim.cure', 'en', 'A non-invasive treatment that cures ALS.'],
  ['not a real negation', 'claim.cure', 'fr', 'Un traitement non invasif qui guérit la SLA.'],
  ['not a real negation', 'claim.cure', 'ar', 'علاج غير جراحي يحقق الشفاء'],
  ['own voice after a warning', 'claim.cure', 'fr', 'Contrairement aux autres, nous guérissons la SLA.'],
  ['own voice after a warning', 'claim.cure', 'ar', 'على عكس العيادات الأخرى نحن نحقق الشفاء'],
]

describe('the screen reads what the words say, however they are written', () => {
  test.each(caught)('%s (%s, %s): %s', (_kind, code, _lang, text) => {
    expect(codesOf(text)).toContain(code)
  })

  test('every kind of evasion has a case in every language', () => {
    for (const kind of new Set(caught.map(([k]) => k)))
      for (const lang of ['en', 'fr', 'ar'])
        expect(
          caught.some(([k, , l]) => k === kind && l === lang),
          `${kind} in ${lang}`,
        ).toBe(true)
  })
})

const honest: [Lang, string][] = [
  ['en', 'Beware of clinics that promise a cure for ALS.'],
  ['en', 'No treatment can cure ALS; we offer breathing support.'],
  ['en', 'There is no treatment that can cure ALS.'],
  ['en', 'This care does not cure ALS; it helps people live better and longer with it.'],
  ['en', 'Rehabilitation keeps people independent for longer. It does not slow ALS itself.'],
  ['en', 'Do not stop taking riluzole.'],
  ['en', 'One in ten patients has a headache after the procedure.'],
  ['en', 'The trial sponsor covers all costs of taking part.'],
  ['en', 'Physiotherapy improves comfort and keeps joints supple.'],
  ['en', 'Side effects are mild and reversible.'],
  ['en', 'A feeding tube helps you get back to normal meals without choking.'],
  ['en', 'Riluzole is the first medicine approved for ALS; it extends life by a few months on average.'],
  ['en', 'Non-invasive ventilation improves sleep and survival; most patients use it at night.'],
  ['en', 'The trial is placebo-controlled; half of the participants receive a dummy injection.'],
  ['en', 'Participants are reimbursed for travel; the study drug is provided free by the sponsor.'],
  ['en', 'The study is approved by the ethics committee and registered with CTRI.'],
  ['fr', 'La ventilation non invasive améliore le sommeil et prolonge la vie.'],
  ['fr', "La kinésithérapie aide à garder l'autonomie plus longtemps."],
  ['ar', 'التنفس الصناعي غير الجراحي يحسن النوم ويطيل الحياة'],
  ['ar', 'أنبوب التغذية يساعد على الحفاظ على الوزن ويجعل تناول الأدوية أكثر أمانا'],
  ['en', 'Recovery from the procedure takes two days; the stoma heals in two weeks.'],
  ['en', 'Patients return home with equipment that keeps their independence.'],
  ['fr', 'Méfiez-vous des cliniques qui promettent de guérir la SLA.'],
  ['fr', 'Aucun traitement ne peut guérir la SLA.'],
  ['fr', 'Ne jamais arrêter le riluzole sans avis médical.'],
  ['fr', "La participation à l'essai est gratuite : le promoteur prend en charge les frais."],
  ['ar', 'احذر من العيادات التي تعد بالشفاء'],
  ['ar', 'لا يوجد علاج يشفي التصلب الجانبي'],
  ['ar', 'لا تتوقف عن تناول ريلوزول'],
  ['ar', 'المشاركة في التجربة مجانية'],
]

describe('honest words are left alone', () => {
  test.each(honest)('%s: %s', (_lang, text) => {
    expect(screenClaims(text)).toEqual([])
  })
})

describe('scoring', () => {
  test.each([
    ['en', 'Nine out of ten.'],
    ['fr', 'Neuf patients sur dix.'],
    ['ar', '٩ من كل ١٠'],
    ['en', 'A miracle for families.'],
  ] as const)('a weak sign alone is unsure, so a reviewer reads it (%s): %s', (_lang, text) => {
    const reasons = screenClaims(text)
    expect(reasons.map((r) => [r.code, r.severity])).toEqual([['review.unclear-wording', 'review']])
    expect(reasons[0]!.values.text).toBeTruthy()
  })

  test.each([
    ['fr', 'Une cure de trois semaines de kinésithérapie.'],
    ['fr', 'Notre thérapie cures ALS.'],
  ])('another language’s word counts half: unsure, never clean and never a block (%s): %s', (_lang, text) => {
    expect(screenClaims(text).map((r) => r.severity)).toEqual(['review'])
  })

  test.each([
    ['en', 'In the phase 3 trial, 33% responded on the cells versus 28% on placebo.'],
    ['fr', "Dans l'essai, 33 % de réponse avec les cellules contre 28 % sous placebo."],
    ['ar', 'في التجربة حقق ٣٣٪ الاستجابة مقابل ٢٨٪ مع الدواء الوهمي'],
  ])('a trial result beside its placebo arm is for a reviewer to read, not a block (%s)', (_lang, text) => {
    expect(screenClaims(text).map((r) => r.severity)).toEqual(['review'])
  })

  test('everything the screen is unsure of is one reason, quoting each passage', () => {
    const reasons = screenClaims('Nine out of ten. A miracle for families.')
    expect(reasons.map((r) => r.code)).toEqual(['review.unclear-wording'])
    expect(reasons[0]!.values.text).toMatch(/miracle.*nine out of ten|nine out of ten.*miracle/)
  })

  test('two weak signs in different sentences add up to a flag', () => {
    expect(codesOf('A miracle for families. Cells that regenerate.')).toContain('claim.cure')
  })

  test('a fee beside a "free" still names an amount, so it is unsure rather than clean', () => {
    expect(screenClaims('The trial is free, but a processing fee of $5,000 applies.')[0]?.severity).toBe(
      'review',
    )
  })

  test('the flag quotes the provider’s words as the screen read them', () => {
    const [reason] = screenClaims(`Our therapy can cu${ZWSP}re ALS.`)
    expect(reason?.excerpt).toContain('cure als')
  })
})
