import { describe, expect, test } from 'vitest'
import { decideListing, isPublic, verdictOf } from './decide-listing.ts'
import { jurisdictionRules } from '#tests/fixtures/jurisdiction-rules.ts'
import type { PolicyOffer, PolicyProvider, Reason } from './types.ts'

const now = new Date('2026-11-24T12:00:00Z')
const verified = (reference: string) => ({ reference, verification: 'verified' as const })

const careOffer = (o: Partial<PolicyOffer> = {}): PolicyOffer => ({
  id: 'o1',
  title: 'Multidisciplinary ALS assessment',
  pathway: 'standard-care',
  treatmentId: 'mdt-care',
  treatmentClass: 'standard-care',
  protocol: 'Five days of assessment.',
  claimsText: 'A team assessment and a written care plan.',
  ...o,
})

const cellTrial = (o: Partial<PolicyOffer> = {}): PolicyOffer =>
  careOffer({
    title: 'Registered trial',
    pathway: 'registered-trial',
    treatmentId: 'msc-ntf',
    treatmentClass: 'cell-based-intervention',
    cellSource: 'bone-marrow',
    route: 'intrathecal',
    protocol: 'Phase 2, placebo-controlled.',
    claimsText: 'Research, not treatment.',
    trial: {
      registryId: 'CTRI/2018/06/014436',
      regulatorPermission: verified('CT-06/1'),
      ethicsApproval: verified('ECR/1'),
      icscrRegistration: verified('IC-SCR/1'),
    },
    ...o,
  })

const provider = (
  countryCode: string,
  accreditations: PolicyProvider['accreditations'] = [],
): PolicyProvider => ({
  id: 'p1',
  countryCode,
  accreditations,
})

const decide = (offer: PolicyOffer, p = provider('IN'), investigational = false) =>
  decideListing({ offer, provider: p, rules: jurisdictionRules, investigational, now })
const codes = (reasons: Reason[]) => reasons.map((r) => r.code)

describe('listing policy', () => {
  test('evidence-based care with honest words is listable', () => {
    expect(decide(careOffer())).toEqual({ verdict: 'listable', reasons: [] })
  })

  test('a paid stem cell package in India is blocked, citing the Indian rule and its sources', () => {
    const d = decide(
      careOffer({
        pathway: 'standard-care',
        treatmentId: 'bm-mnc',
        treatmentClass: 'cell-based-intervention',
        cellSource: 'bone-marrow',
        route: 'intrathecal',
      }),
    )
    expect(d.verdict).toBe('blocked')
    const reason = d.reasons.find((r) => r.code === 'rule.paid-cell-therapy')!
    expect(reason.basis.ruleId).toBe('in-cell-based')
    expect(reason.basis.source.title).toMatch(/National Guidelines for Stem Cell Research/)
  })

  test('a fully documented, verified Indian trial is listable with the investigational warning', () => {
    const d = decide(cellTrial(), provider('IN'), true)
    expect(d.verdict).toBe('listable-with-warnings')
    expect(codes(d.reasons)).toEqual(['evidence.investigational'])
  })

  test.each([
    ['regulatorPermission', 'trial.missing-regulator-permission'],
    ['ethicsApproval', 'trial.missing-ethics-committee-approval'],
    ['icscrRegistration', 'trial.missing-icscr-registration'],
  ] as const)('an Indian trial without %s needs documents', (field, code) => {
    const base = cellTrial()
    const d = decide({ ...base, trial: { ...base.trial!, [field]: undefined } })
    expect(d.verdict).toBe('needs-documents')
    expect(codes(d.reasons)).toContain(code)
  })

  test('an unverified document needs documents; a failed one blocks', () => {
    const base = cellTrial()
    expect(
      decide({
        ...base,
        trial: { ...base.trial!, ethicsApproval: { reference: 'ECR/9', verification: 'unverified' } },
      }).verdict,
    ).toBe('needs-documents')
    const failed = decide({
      ...base,
      trial: { ...base.trial!, ethicsApproval: { reference: 'ECR/9', verification: 'failed' } },
    })
    expect(failed.verdict).toBe('blocked')
    expect(codes(failed.reasons)).toContain('trial.failed-ethics-committee-approval')
  })

  test('a malformed registry number, or no number at all, needs documents', () => {
    const base = cellTrial()
    expect(
      codes(decide({ ...base, trial: { ...base.trial!, registryId: 'CTRI-2019-17000' } }).reasons),
    ).toContain('trial.invalid-registry-id')
    expect(codes(decide({ ...base, trial: null }).reasons)).toEqual(['trial.missing-trial-registry-id'])
  })

  test('in India a ClinicalTrials.gov number alone is not enough', () => {
    const base = cellTrial()
    const d = decide({ ...base, trial: { ...base.trial!, registryId: 'NCT03280056' } })
    expect(d.verdict).toBe('needs-documents')
    expect(codes(d.reasons)).toContain('trial.registry-not-accepted')
  })

  test('Korea allows its conditionally approved product as care, with the evidence warning', () => {
    const d = decide(
      careOffer({
        treatmentId: 'lenzumestrocel',
        treatmentClass: 'cell-based-intervention',
        cellSource: 'bone-marrow',
        route: 'intrathecal',
      }),
      provider('KR'),
      true,
    )
    expect(d.verdict).toBe('listable-with-warnings')
  })

  test.each(['KR', 'DE', 'MX', 'TH', 'TR'])(
    '%s blocks an unapproved cell product sold as care',
    (country) => {
      const d = decide(
        careOffer({
          treatmentId: 'bm-mnc',
          treatmentClass: 'cell-based-intervention',
          cellSource: 'bone-marrow',
          route: 'intravenous',
        }),
        provider(country),
      )
      expect(d.verdict).toBe('blocked')
      expect(codes(d.reasons)).toContain('rule.unapproved-product')
    },
  )

  test('a cell-based offer where no rule is known needs a reviewer', () => {
    const d = decide(
      careOffer({
        treatmentId: 'bm-mnc',
        treatmentClass: 'cell-based-intervention',
        cellSource: 'x',
        route: 'y',
      }),
      provider('BR'),
    )
    expect(d.verdict).toBe('needs-documents')
    expect(codes(d.reasons)).toEqual(['rule.missing'])
  })

  test('ordinary care needs no rule anywhere', () => {
    expect(decide(careOffer(), provider('BR')).verdict).toBe('listable')
  })

  test('cure or success-rate claims block even lawful care', () => {
    expect(decide(careOffer({ claimsText: 'Our physiotherapy reverses ALS.' })).verdict).toBe('blocked')
    expect(decide(careOffer({ claimsText: '92% success rate!' })).verdict).toBe('blocked')
  })

  test('warning claims make an offer listable with warnings', () => {
    const d = decide(careOffer({ claimsText: 'No need for ventilation after our programme.' }))
    expect(d.verdict).toBe('listable-with-warnings')
    expect(codes(d.reasons)).toEqual(['claim.stop-approved-care'])
  })

  test('expired or unconfirmed accreditation is a warning', () => {
    const p = provider('IN', [
      { accreditor: 'NABH', validTo: '2026-05-31', verification: 'verified' },
      { accreditor: 'JCI', validTo: '2027-05-31', verification: 'failed' },
      { accreditor: 'JCI', validTo: '2027-05-31', verification: 'verified' },
    ])
    const d = decide(careOffer(), p)
    expect(d.verdict).toBe('listable-with-warnings')
    expect(codes(d.reasons)).toEqual(['accreditation.expired', 'accreditation.failed'])
  })

  test('an accreditation valid until today is not expired', () => {
    expect(
      decide(
        careOffer(),
        provider('IN', [{ accreditor: 'JCI', validTo: '2026-11-24', verification: 'verified' }]),
      ).verdict,
    ).toBe('listable')
  })

  test('an undocumented cell protocol and charging for the product are warnings', () => {
    const base = cellTrial({ protocol: '', chargesForInvestigationalProduct: true })
    expect(codes(decide(base).reasons)).toEqual([
      'offer.undocumented-protocol',
      'offer.pay-for-investigational',
    ])
  })

  test('verdict precedence: blocked > needs documents > warnings > listable', () => {
    const r = (severity: Reason['severity']): Reason => ({
      code: 'claim.cure',
      severity,
      explanation: '',
      values: {},
      basis: { source: { title: 's' } },
    })
    expect(verdictOf([])).toBe('listable')
    expect(verdictOf([r('warn')])).toBe('listable-with-warnings')
    expect(verdictOf([r('warn'), r('needs-documents')])).toBe('needs-documents')
    expect(verdictOf([r('needs-documents'), r('block'), r('warn')])).toBe('blocked')
  })

  test('only listable verdicts are public', () => {
    expect([
      isPublic('listable'),
      isPublic('listable-with-warnings'),
      isPublic('needs-documents'),
      isPublic('blocked'),
    ]).toEqual([true, true, false, false])
  })

  test('every reason carries a source', () => {
    const d = decide(
      careOffer({
        treatmentId: 'bm-mnc',
        treatmentClass: 'cell-based-intervention',
        claimsText: 'Cure ALS, 100% safe, see testimonials, 85% success rate',
      }),
      provider('IN', [{ accreditor: 'JCI', validTo: '2020-01-01', verification: 'verified' }]),
      true,
    )
    expect(d.reasons.length).toBeGreaterThan(4)
    for (const r of d.reasons) expect(r.basis.source.title.length).toBeGreaterThan(5)
  })
})

describe('the policy judges the whole offer, not only its claims text', () => {
  test.each([
    ['en', { title: 'ALS reversal programme' }],
    ['en', { protocol: 'Day 3: an infusion that regenerates motor neurons.' }],
    ['fr', { title: 'Programme pour guérir la SLA' }],
    ['fr', { protocol: 'Jour 3 : perfusion qui répare les neurones.' }],
    ['ar', { title: 'برنامج الشفاء من التصلب الجانبي' }],
    ['ar', { protocol: 'اليوم الثالث: حقن يصلح الخلايا العصبية' }],
  ] as const)('a cure claim in the title or protocol blocks (%s)', (_lang, fields) => {
    const d = decide(careOffer(fields))
    expect(d.verdict).toBe('blocked')
    expect(codes(d.reasons)).toContain('claim.cure')
  })

  test('a claim in what the offer includes counts too', () => {
    const d = decide(careOffer({ inclusions: ['Guaranteed recovery of walking'] }))
    expect(codes(d.reasons)).toContain('claim.cure')
  })

  test.each([
    [
      'en',
      'medicine',
      { title: 'Exosome infusion course', claimsText: 'A course of exosomes from cord tissue.' },
    ],
    [
      'en',
      'rehabilitation',
      { title: 'Rehabilitation package', protocol: 'Physiotherapy plus four stem cell injections.' },
    ],
    [
      'fr',
      'medicine',
      { title: 'Cure de sécrétome', claimsText: 'Un sécrétome de cellules mésenchymateuses.' },
    ],
    [
      'fr',
      'rehabilitation',
      { title: 'Rééducation intensive', protocol: 'Kinésithérapie et injections de cellules souches.' },
    ],
    ['ar', 'medicine', { title: 'دواء من الإكسوسومات', claimsText: 'جرعات من الاكسوسومات' }],
    ['ar', 'rehabilitation', { title: 'برنامج تأهيل', protocol: 'علاج طبيعي مع حقن الخلايا الجذعية' }],
  ] as const)(
    'a cell product filed as harmless is judged as cell-based: paid, it is blocked in India (%s, %s)',
    (_lang, treatmentClass, fields) => {
      const d = decide(careOffer({ treatmentClass, treatmentId: 'x', ...fields }))
      expect(d.verdict).toBe('blocked')
      expect(codes(d.reasons)).toEqual(
        expect.arrayContaining(['rule.paid-cell-therapy', 'offer.cell-product-in-text']),
      )
    },
  )

  test('where no rule is known, a cell product filed as medicine still needs a reviewer', () => {
    const d = decide(
      careOffer({ treatmentClass: 'medicine', claimsText: 'MSC secretome drops.' }),
      provider('BR'),
    )
    expect(d.verdict).toBe('needs-documents')
    expect(codes(d.reasons)).toContain('rule.missing')
  })

  test.each([
    ['en', 'Beware of clinics that sell stem cell injections for ALS.'],
    ['fr', 'Méfiez-vous des cliniques qui vendent des injections de cellules souches.'],
    ['ar', 'احذر من العيادات التي تبيع حقن الخلايا الجذعية'],
  ])('ordinary care that warns against cell clinics stays ordinary care (%s)', (_lang, claimsText) => {
    expect(decide(careOffer({ treatmentClass: 'rehabilitation', claimsText }))).toEqual({
      verdict: 'listable',
      reasons: [],
    })
  })

  test('a cell product mentioned only as research in ordinary care is unsure: needs review, never listable', () => {
    const d = decide(careOffer({ claimsText: 'We can tell you about stem cell trials you may join.' }))
    expect(d.verdict).toBe('needs-review')
    expect(isPublic(d.verdict)).toBe(false)
    expect(codes(d.reasons)).toEqual(['review.cell-product-named'])
  })

  test('an unsure wording is "needs review", which outranks missing documents but not a block', () => {
    expect(decide(careOffer({ claimsText: 'Nine out of ten.' })).verdict).toBe('needs-review')
    const base = cellTrial()
    expect(
      decide({
        ...base,
        claimsText: 'Nine out of ten.',
        trial: { ...base.trial!, ethicsApproval: undefined },
      }).verdict,
    ).toBe('needs-review')
    expect(decide(careOffer({ claimsText: 'Nine out of ten. We cure ALS.' })).verdict).toBe('blocked')
  })
})

describe('offers that were wrongly held back', () => {
  const transplant = (o: Partial<PolicyOffer>) =>
    careOffer({
      treatmentId: 'hsct',
      treatmentClass: 'cell-based-intervention',
      cellSource: 'peripheral blood',
      route: 'intravenous',
      ...o,
    })

  test.each([
    [
      'en',
      {
        title: 'Autologous stem cell transplant for multiple myeloma',
        claimsText: 'Standard care after induction chemotherapy.',
      },
    ],
    [
      'en',
      {
        title: 'Bone marrow transplant for leukaemia',
        claimsText: 'Allogeneic transplant with a matched donor.',
        treatmentClass: 'procedure' as const,
      },
    ],
    [
      'fr',
      {
        title: 'Autogreffe de cellules souches pour myélome multiple',
        claimsText: 'Traitement standard après la chimiothérapie.',
      },
    ],
    [
      'ar',
      {
        title: 'زراعة الخلايا الجذعية المكونة للدم لسرطان الدم',
        claimsText: 'علاج معتمد بعد العلاج الكيميائي',
      },
    ],
  ])(
    'a blood-forming stem cell transplant for a blood disorder is the standard care it is (%s)',
    (_lang, fields) => {
      const d = decide(transplant({ ...fields, conditionId: null }))
      expect(d).toEqual({ verdict: 'listable', reasons: [] })
    },
  )

  test('the same transplant offered for ALS is still a paid cell therapy', () => {
    const d = decide(transplant({ title: 'Stem cell transplant for ALS', conditionId: 'als' }))
    expect(d.verdict).toBe('blocked')
  })

  test('a transplant for leukaemia that also sells exosomes is judged as a cell product', () => {
    const d = decide(
      transplant({
        title: 'Bone marrow transplant for leukaemia',
        claimsText: 'Followed by exosome infusions.',
      }),
    )
    expect(d.verdict).toBe('blocked')
  })

  test.each([
    ['en', 'Authorised by the FDA under an IND and registered on ClinicalTrials.gov.'],
    ['fr', "Essai autorisé par l'ANSM, inscrit sur ClinicalTrials.gov."],
    ['ar', 'تجربة مرخصة من هيئة الغذاء والدواء ومسجلة في clinicaltrials.gov'],
  ])(
    'a foreign trial with its regulator’s permission is listed with the evidence warning (%s)',
    (_lang, text) => {
      const d = decide(
        cellTrial({
          claimsText: text,
          trial: {
            registryId: 'NCT03280056',
            regulatorPermission: verified('IND 17125'),
            ethicsApproval: verified('IRB 2017-0042'),
          },
        }),
        provider('US'),
        true,
      )
      expect(d.verdict).toBe('listable-with-warnings')
      expect(codes(d.reasons)).toEqual(['evidence.investigational'])
    },
  )

  test('a trial registered in another WHO primary registry passes where no country rule is known', () => {
    const d = decide(
      cellTrial({
        claimsText: 'Authorised by the MHRA; registered on ISRCTN.',
        trial: {
          registryId: 'ISRCTN12345678',
          regulatorPermission: verified('CTA 12345/0001/001'),
          ethicsApproval: verified('REC 19/LO/0001'),
        },
      }),
      provider('GB'),
    )
    expect(d).toEqual({ verdict: 'listable', reasons: [] })
  })

  test('a country rule still decides which registries it accepts', () => {
    const base = cellTrial()
    const d = decide({ ...base, trial: { ...base.trial!, registryId: '2023-503456-12-00' } })
    expect(codes(d.reasons)).toContain('trial.registry-not-accepted')
  })

  test('a foreign trial without its regulator’s permission is still held back', () => {
    const d = decide(
      cellTrial({ trial: { registryId: 'NCT03280056', ethicsApproval: verified('IRB 1') } }),
      provider('US'),
    )
    expect(d.verdict).toBe('needs-documents')
    expect(codes(d.reasons)).toContain('trial.missing-regulator-permission')
  })
})
