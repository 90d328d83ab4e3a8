import { describe, expect, test } from 'vitest'
import { locales } from '../i18n/locales.ts'
import { catalogues, translator } from '../i18n/translate.ts'
import { decideListing } from './decide-listing.ts'
import { jurisdictionRules } from '#tests/fixtures/jurisdiction-rules.ts'
import { readableValues, reasonMessageKey, reasonText } from './reason-text.ts'
import { reasonCodes, type PolicyOffer, type StoredReason } from './types.ts'

// Every reason the listing policy gives reads in the reader's language.
const now = new Date('2026-11-24T12:00:00Z')
const paidPackage: PolicyOffer = {
  id: 'o1',
  title: 'Stem cell package',
  pathway: 'standard-care',
  treatmentId: 'bm-mnc',
  treatmentClass: 'cell-based-intervention',
  cellSource: 'bone-marrow',
  route: 'intrathecal',
  protocol: '',
  claimsText: 'We cure ALS.',
}
const decided = decideListing({
  offer: paidPackage,
  provider: {
    id: 'p1',
    countryCode: 'IN',
    accreditations: [{ accreditor: 'JCI', validTo: '2025-01-31', verification: 'verified' }],
  },
  rules: jurisdictionRules,
  investigational: true,
  now,
})
const byCode = (code: string) => decided.reasons.find((r) => r.code === code)!

describe('listing policy reasons', () => {
  test.each(locales)('every reason code has its message in %s', (locale) => {
    const missing = reasonCodes.filter((code) => !catalogues[locale][reasonMessageKey(code)]?.trim())
    expect(missing).toEqual([])
  })

  test.each(locales)('every reason reads in %s with the values the policy gives', (locale) => {
    const t = translator(locale)
    const values = {
      country: 'KR',
      date: '2025-01-31',
      registryId: 'CTRI/2018',
      registry: 'NCT',
      accepted: 'CTRI',
      accreditor: 'JCI',
      reference: 'CT-06/1',
      text: 'stem cells',
    }
    for (const code of reasonCodes) {
      const reason: StoredReason = {
        code,
        severity: 'warn',
        explanation: 'x',
        values,
        basis: { source: { title: 's' } },
      }
      const { text, lang } = reasonText(reason, t, locale)
      expect(lang, code).toBeUndefined()
      expect(text, code).not.toMatch(/[{}]/)
      if (locale !== 'en') expect(text, code).not.toBe(reasonText(reason, translator('en'), 'en').text)
    }
  })

  test('a reason’s English words are the English message', () => {
    for (const r of decided.reasons) expect(reasonText(r, translator('en'), 'en').text).toBe(r.explanation)
  })

  test('a French reader reads the reason in French, with the country and date in French', () => {
    const t = translator('fr')
    expect(reasonText(byCode('rule.paid-cell-therapy'), t, 'fr').text).toMatch(/^Inde : les cellules souches/)
    expect(reasonText(byCode('claim.cure'), t, 'fr').text).toMatch(/^Prétend guérir/)
    expect(reasonText(byCode('accreditation.expired'), t, 'fr').text).toBe(
      'L’accréditation JCI a expiré le 31 janvier 2025.',
    )
  })

  test('values a loader already wrote with readableValues read the same, and are not written twice', () => {
    const t = translator('fr')
    const reason = byCode('accreditation.expired')
    const written = { ...reason, values: readableValues(reason.values!, 'fr') }
    expect(reasonText(written, t, 'fr', true)).toEqual(reasonText(reason, t, 'fr'))
  })

  test('an Arabic reader reads the reason in Arabic', () => {
    const { text } = reasonText(byCode('rule.paid-cell-therapy'), translator('ar'), 'ar')
    expect(text).toMatch(/^في الهند،/)
  })

  test('a verdict stored before reasons had messages is shown in its own English, marked as English', () => {
    const old: StoredReason = {
      code: 'rule.paid-cell-therapy',
      severity: 'block',
      explanation:
        'In India, stem cells may be used only inside a trial. This offer sells it as treatment instead.',
      basis: { source: { title: 's' } },
    }
    expect(reasonText(old, translator('fr'), 'fr')).toEqual({ text: old.explanation, lang: 'en' })
    const retired = { ...old, code: 'rule.retired', values: {} }
    expect(reasonText(retired, translator('ar'), 'ar')).toEqual({ text: old.explanation, lang: 'en' })
  })
})

test('the claims any offer’s words can raise do not assume the offer sells cells', () => {
  // A rehabilitation centre that promises a cure is told why without a word about stem cells.
  const cellSpecific = new Set(['claim.autologous-exempt'])
  for (const locale of locales)
    for (const code of reasonCodes.filter((c) => c.startsWith('claim.') && !cellSpecific.has(c))) {
      const text = catalogues[locale][reasonMessageKey(code)] ?? ''
      expect(text, `${locale} ${code}`).not.toMatch(
        /stem cell|cellules souches|الخلايا الجذعية|same cells|mêmes cellules|الخلايا نفسها/i,
      )
    }
})
