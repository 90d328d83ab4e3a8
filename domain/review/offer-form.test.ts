import { describe, expect, test } from 'vitest'
import { checkOffer, type OfferInput } from './offer-form.ts'

const ctx = { treatmentIds: ['mdt-care', 'msc-ntf'], conditionIds: ['als'], locale: 'en' as const }
const trial: OfferInput = {
  title: 'Taking part in a registered ALS trial',
  treatment: 'msc-ntf',
  condition: 'als',
  pathway: 'registered-trial',
  protocol: 'Three intrathecal doses, eight weeks apart.',
  sessions: '3',
  lengthOfStayDays: '4',
  priceMin: '',
  priceMax: '',
  currency: '',
  inclusions: 'Trial product, free of charge\n\n Screening tests ',
  exclusions: 'Flights',
  claimsText: 'This is research, not treatment.',
  trialRegistryId: ' ctri/2025/03/012345 ',
  chargesForInvestigationalProduct: 'no',
}
const codesOf = (input: OfferInput) => {
  const r = checkOffer(input, ctx)
  return r.ok ? [] : r.error.map((p) => `${p.field}:${p.code}`)
}

describe('an offer as a clinic submits it', () => {
  test('a registered-trial offer without a price', () => {
    expect(checkOffer(trial, ctx)).toEqual({
      ok: true,
      value: {
        title: 'Taking part in a registered ALS trial',
        treatmentId: 'msc-ntf',
        conditionId: 'als',
        pathway: 'registered-trial',
        protocol: 'Three intrathecal doses, eight weeks apart.',
        sessions: 3,
        lengthOfStayDays: 4,
        price: null,
        inclusions: ['Trial product, free of charge', 'Screening tests'],
        exclusions: ['Flights'],
        claimsText: 'This is research, not treatment.',
        trialRegistryId: 'CTRI/2025/03/012345',
        chargesForInvestigationalProduct: false,
      },
    })
  })

  test('a price range in the currency’s minor units, with the currency’s own decimals', () => {
    const r = checkOffer({ ...trial, priceMin: '1,200', priceMax: '1800.50', currency: 'USD' }, ctx)
    expect(r.ok && r.value.price).toEqual({ min: 120000, max: 180050, currency: 'USD' })
    expect(codesOf({ ...trial, priceMin: '1200', priceMax: '1800.5', currency: 'JPY' })).toEqual([
      'priceMax:offer.price-decimals',
    ])
  })

  test.each([
    [{ priceMin: '1800', priceMax: '1200', currency: 'USD' }, 'priceMax:offer.price-order'],
    [{ priceMin: '1800', priceMax: '', currency: 'USD' }, 'priceMax:onboarding.missing'],
    [{ priceMin: 'lots', priceMax: '2000', currency: 'USD' }, 'priceMin:offer.price-invalid'],
    [{ priceMin: '-5', priceMax: '2000', currency: 'USD' }, 'priceMin:offer.price-invalid'],
    [{ priceMin: '100', priceMax: '200', currency: 'XYZ' }, 'currency:onboarding.choose'],
    [{ sessions: '2.5' }, 'sessions:offer.number-invalid'],
    [{ lengthOfStayDays: '400' }, 'lengthOfStayDays:offer.number-invalid'],
    [{ trialRegistryId: '' }, 'trialRegistryId:onboarding.missing'],
    [{ trialRegistryId: 'TRIAL-42' }, 'trialRegistryId:offer.registry-id-invalid'],
    [{ treatment: 'snake-oil' }, 'treatment:onboarding.choose'],
    [{ condition: 'cancer' }, 'condition:onboarding.choose'],
    [{ pathway: 'vip' }, 'pathway:onboarding.choose'],
    [{ title: '' }, 'title:onboarding.missing'],
    [{ chargesForInvestigationalProduct: '' }, 'chargesForInvestigationalProduct:onboarding.choose'],
    [
      { inclusions: Array.from({ length: 31 }, (_, i) => `item ${i}`).join('\n') },
      'inclusions:offer.too-many-items',
    ],
  ] as const)('%o is refused on its field', (change, expected) => {
    expect(codesOf({ ...trial, ...change })).toEqual([expected])
  })

  test('standard care needs no registry id, and a wrong one is still refused', () => {
    expect(codesOf({ ...trial, pathway: 'standard-care', trialRegistryId: '' })).toEqual([])
    expect(codesOf({ ...trial, pathway: 'standard-care', trialRegistryId: 'nope' })).toEqual([
      'trialRegistryId:offer.registry-id-invalid',
    ])
  })
})
