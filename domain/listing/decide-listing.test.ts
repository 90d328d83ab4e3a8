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
