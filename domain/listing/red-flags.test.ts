import { describe, expect, test } from 'vitest'
import { normaliseClaims, redFlagCodes, screenClaims } from './red-flags.ts'

const codesOf = (text: string) => screenClaims(text).map((r) => r.code)

// Every red flag, in every language the site speaks.
const cases: [string, 'en' | 'fr' | 'ar', string][] = [
  ['claim.cure', 'en', 'Our therapy can cure ALS for good.'],
  ['claim.cure', 'en', 'Reverse your ALS in weeks.'],
  ['claim.cure', 'fr', 'Notre thérapie peut guérir la SLA.'],
  ['claim.cure', 'ar', 'علاجنا يحقق الشفاء من المرض'],
  ['claim.success-rate', 'en', 'An 85% success rate in ALS patients.'],
  ['claim.success-rate', 'fr', 'Un taux de réussite de 90 % chez nos patients.'],
  ['claim.success-rate', 'ar', 'نسبة نجاح ٩٠٪ لدى المرضى'],
  ['claim.no-risk', 'en', 'The procedure is 100% safe.'],
  ['claim.no-risk', 'en', 'Completely risk-free injections.'],
  ['claim.no-risk', 'fr', 'Une injection sans aucun risque.'],
  ['claim.no-risk', 'ar', 'العلاج آمن 100% وبدون مخاطر'],
  ['claim.testimonials', 'en', 'Watch our patient testimonials.'],
  ['claim.testimonials', 'fr', 'Lisez les témoignages de nos patients.'],
  ['claim.testimonials', 'ar', 'شاهد شهادات المرضى'],
  ['claim.autologous-exempt', 'en', 'Autologous cells are exempt from drug rules, so no approval is needed.'],
  ['claim.autologous-exempt', 'fr', 'Les cellules autologues sont exemptées, ce n’est pas un médicament.'],
  ['claim.autologous-exempt', 'ar', 'الخلايا الذاتية معفاة ولا تحتاج إلى موافقة'],
  ['claim.stop-approved-care', 'en', 'You can stop taking riluzole once treated.'],
  ['claim.stop-approved-care', 'en', 'Patients find there is no need for ventilation later.'],
  ['claim.stop-approved-care', 'fr', 'Vous pourrez arrêter le riluzole.'],
  ['claim.stop-approved-care', 'ar', 'يمكنك إيقاف ريلوزول بعد العلاج'],
  ['claim.pay-for-investigational', 'en', 'A fee of $9,000 covers the experimental cells.'],
  ['claim.pay-for-investigational', 'fr', 'Des frais de 9 000 € pour le produit expérimental.'],
  ['claim.pay-for-investigational', 'ar', 'رسوم المنتج التجريبي 9000 دولار'],
  ['claim.registered-with-regulator', 'en', 'Our clinic is registered with the FDA.'],
  ['claim.registered-with-regulator', 'fr', 'Clinique enregistrée auprès de la FDA.'],
  ['claim.registered-with-regulator', 'ar', 'العيادة مسجلة لدى FDA'],
  ['claim.consent-as-justification', 'en', 'Signing the informed consent form makes the treatment legal.'],
  ['claim.consent-as-justification', 'fr', 'Le consentement signé rend le traitement légal.'],
  ['claim.consent-as-justification', 'ar', 'الموافقة الموقعة تجعل العلاج قانوني'],
  ['claim.many-diseases', 'en', 'Our cells help ALS, autism, cerebral palsy and diabetes.'],
  ['claim.many-diseases', 'fr', 'Pour la SLA, l’autisme, la paralysie cérébrale et le diabète.'],
  ['claim.many-diseases', 'ar', 'للتصلب الجانبي والتوحد والشلل الدماغي والسكري'],
]

describe('red flags in claims', () => {
  test.each(cases)('%s is found in %s: %s', (code, _lang, text) => {
    expect(codesOf(text)).toContain(code)
  })

  test('every red flag has a case in every language', () => {
    for (const code of redFlagCodes) {
      for (const lang of ['en', 'fr', 'ar']) {
        expect(
          cases.some(([c, l]) => c === code && l === lang),
          `${code} in ${lang}`,
        ).toBe(true)
      }
    }
  })

  test.each([
    ['en', 'This is not a cure. Our trial tests whether the cells slow ALS.'],
    ['en', 'No cure exists for ALS; we offer breathing support and physiotherapy.'],
    ['fr', 'Ce traitement ne peut pas guérir la SLA.'],
    ['ar', 'لا يوجد شفاء من هذا المرض حتى الآن'],
    ['en', 'Breathing support helps people with ALS sleep better and live longer.'],
    ['en', 'A secure, accurate assessment; procurement of equipment is included.'],
  ])('honest %s text raises no block: %s', (_lang, text) => {
    expect(screenClaims(text).filter((r) => r.severity === 'block')).toEqual([])
  })

  test('each reason names its source and quotes the words that triggered it', () => {
    const [reason] = screenClaims('We offer a 100% safe procedure')
    expect(reason?.basis.source.title).toMatch(/FDA/)
    expect(reason?.excerpt).toContain('100% safe')
  })

  test('normalisation folds accents, Arabic letter forms and digits', () => {
    expect(normaliseClaims('GUÉRIR ١٠٠٪ أمان')).toBe('guerir 100% امان')
  })
})
