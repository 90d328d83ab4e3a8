import { describe, expect, test } from 'vitest'
import { buildListingIndex, searchListings, type ListingRow, type SearchFilters } from './listing-index.ts'
import { COUNT_AHEAD, PAGE_SIZE } from './search-query.ts'
import type { WordGroup } from './spelling.ts'

type Offer = { key: string; lo: number | null; hi: number | null }

function aListing(name: string, over: Partial<ListingRow> & { offers?: Offer[] } = {}): ListingRow {
  const { offers = [{ key: 'niv|standard-care|als', lo: 100_000, hi: 200_000 }], ...rest } = over
  const los = offers.map((o) => o.lo).filter((v): v is number => v !== null)
  const his = offers.map((o) => o.hi).filter((v): v is number => v !== null)
  const id = name.toLowerCase().replace(/\W+/g, '-')
  const nameWords = name.toLowerCase().split(/\s+/)
  return {
    providerId: id,
    slug: id,
    name,
    kind: 'hospital',
    countryCode: 'IN',
    city: 'Chennai',
    cityLower: 'chennai',
    isDemo: false,
    lastVerifiedMicros: null,
    languages: ['en'],
    conditionIds: [...new Set(offers.map((o) => o.key.split('|')[2]!))],
    treatmentIds: [...new Set(offers.map((o) => o.key.split('|')[0]!))],
    pathways: [...new Set(offers.map((o) => o.key.split('|')[1]!))],
    accreditors: [],
    verifiedAccreditations: 0,
    offerCount: offers.length,
    minPriceUsdCents: los.length ? Math.min(...los) : null,
    maxPriceUsdCents: his.length ? Math.max(...his) : null,
    offerKeys: offers.map((o) => o.key),
    offerMinUsdCents: offers.map((o) => o.lo),
    offerMaxUsdCents: offers.map((o) => o.hi),
    words: [...nameWords, 'chennai', 'india'],
    nameWords: [...nameWords, 'chennai'],
    ...rest,
  }
}

/** Rows in name order, as the database gives them. */
const indexOf = (...rows: ListingRow[]) =>
  buildListingIndex([...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))

const none: SearchFilters = {
  text: '',
  condition: null,
  treatment: null,
  pathway: null,
  country: null,
  city: null,
  accreditation: null,
  language: null,
  priceMin: null,
  priceMax: null,
  currency: 'USD',
  verifiedOnly: false,
  sort: 'relevance',
  page: 1,
  words: null,
  treatmentAny: null,
  usdPerViewerUnit: 1,
}
const exact = (...words: string[]): WordGroup => ({ exact: words, prefixes: [] })
const names = (index: ReturnType<typeof indexOf>, f: Partial<SearchFilters>) =>
  searchListings(index, { ...none, ...f }).hits.map((h) => h.name)

describe('filters', () => {
  const index = indexOf(
    aListing('Alpha Clinic', {
      countryCode: 'DE',
      city: 'Berlin',
      cityLower: 'berlin',
      languages: ['de', 'en'],
    }),
    aListing('Beta Hospital', {
      accreditors: ['JCI'],
      verifiedAccreditations: 1,
      offers: [{ key: 'msc|registered-trial|als', lo: null, hi: null }],
    }),
    aListing('Gamma Care', { offers: [{ key: 'physio|standard-care|pls', lo: 50_000, hi: 60_000 }] }),
  )
  test.each<[string, Partial<SearchFilters>, string[]]>([
    ['no filter', {}, ['Beta Hospital', 'Alpha Clinic', 'Gamma Care']],
    ['a condition', { condition: 'als' }, ['Beta Hospital', 'Alpha Clinic']],
    ['a treatment', { treatment: 'msc' }, ['Beta Hospital']],
    ['any of some treatments', { treatmentAny: ['msc', 'physio'] }, ['Beta Hospital', 'Gamma Care']],
    ['a pathway', { pathway: 'registered-trial' }, ['Beta Hospital']],
    ['a country', { country: 'DE' }, ['Alpha Clinic']],
    ['a city, whatever its case', { city: 'BERLIN' }, ['Alpha Clinic']],
    ['a language', { language: 'de' }, ['Alpha Clinic']],
    ['an accreditation', { accreditation: 'JCI' }, ['Beta Hospital']],
    ['verified only', { verifiedOnly: true }, ['Beta Hospital']],
    ['a value no listing has', { country: 'FR' }, []],
    ['filters together', { condition: 'als', country: 'IN' }, ['Beta Hospital']],
  ])('%s', (_, f, expected) => expect(names(index, f)).toEqual(expected))
})

describe('words', () => {
  const index = indexOf(
    aListing('Lotus Neuro Care', { words: ['lotus', 'neuro', 'care', 'rehabilitation'] }),
    aListing('Sunrise Hospital', { words: ['sunrise', 'hospital', 'rehab', 'lotus'] }),
    aListing('Harbour Clinic', { words: ['harbour', 'clinic', 'breathing', 'support'] }),
  )
  test.each<[string, WordGroup[], string[]]>([
    ['one exact word', [exact('breathing')], ['Harbour Clinic']],
    ['every group must match', [exact('breathing'), exact('rehab')], []],
    [
      'a group matches any of its words',
      [exact('harbour', 'sunrise')],
      ['Harbour Clinic', 'Sunrise Hospital'],
    ],
    [
      'a prefix matches every word it begins',
      [{ exact: [], prefixes: ['rehab'] }],
      ['Lotus Neuro Care', 'Sunrise Hospital'],
    ],
    ['a prefix no word begins', [{ exact: [], prefixes: ['zz'] }], []],
    ['an unknown word', [exact('nowhere')], []],
    [
      'a prefix beside exact words',
      [{ exact: ['clinic'], prefixes: ['neur'] }],
      ['Harbour Clinic', 'Lotus Neuro Care'],
    ],
  ])('%s', (_, words, expected) => expect(names(index, { words }).sort()).toEqual([...expected].sort()))

  test('best match puts listings whose name or city has every word first', () => {
    // "lotus" is Lotus Neuro Care's name, and only in the text of Sunrise Hospital, which is better accredited.
    const found = searchListings(
      indexOf(
        aListing('Lotus Neuro Care', { words: ['lotus'], nameWords: ['lotus', 'neuro', 'care'] }),
        aListing('Sunrise Hospital', { words: ['lotus'], nameWords: ['sunrise'], verifiedAccreditations: 3 }),
      ),
      { ...none, words: [exact('lotus')] },
    )
    expect(found.hits.map((h) => [h.name, h.score])).toEqual([
      ['Lotus Neuro Care', 1],
      ['Sunrise Hospital', 0],
    ])
  })

  test('other orders ignore where the words matched', () => {
    const index = indexOf(
      aListing('Lotus Neuro Care', { words: ['lotus'], nameWords: ['lotus'], minPriceUsdCents: 900 }),
      aListing('Sunrise Hospital', { words: ['lotus'], nameWords: ['sunrise'], minPriceUsdCents: 100 }),
    )
    const found = searchListings(index, { ...none, words: [exact('lotus')], sort: 'price-low' })
    expect(found.hits.map((h) => [h.name, h.score])).toEqual([
      ['Sunrise Hospital', 0],
      ['Lotus Neuro Care', 0],
    ])
  })
})

describe('orders', () => {
  const at = (iso: string) => Date.parse(iso) * 1000
  const index = indexOf(
    aListing('Delta', {
      minPriceUsdCents: 500,
      verifiedAccreditations: 1,
      lastVerifiedMicros: at('2026-01-01'),
    }),
    aListing('Alpha', { minPriceUsdCents: null, verifiedAccreditations: 2, lastVerifiedMicros: null }),
    aListing('Charlie', {
      minPriceUsdCents: 500,
      verifiedAccreditations: 1,
      lastVerifiedMicros: at('2026-06-01'),
    }),
    aListing('Bravo', {
      minPriceUsdCents: 100,
      verifiedAccreditations: 0,
      lastVerifiedMicros: at('2026-06-01'),
    }),
  )
  test.each<[SearchFilters['sort'], string[]]>([
    // Verified accreditations, then name.
    ['relevance', ['Alpha', 'Charlie', 'Delta', 'Bravo']],
    // No price last, ties by name.
    ['price-low', ['Bravo', 'Charlie', 'Delta', 'Alpha']],
    ['price-high', ['Charlie', 'Delta', 'Bravo', 'Alpha']],
    // Never verified last.
    ['verified', ['Bravo', 'Charlie', 'Delta', 'Alpha']],
  ])('%s', (sort, expected) => expect(names(index, { sort })).toEqual(expected))

  test('names are ordered as the rows came, which is the database collation’s order', () => {
    // A collation may put "b" before "B" or after; the index keeps whatever order it was given.
    const given = buildListingIndex([aListing('b clinic'), aListing('B Clinic'), aListing('a clinic')])
    expect(names(given, {})).toEqual(['b clinic', 'B Clinic', 'a clinic'])
  })

  test('a last verification is kept to the microsecond, and shown to the millisecond', () => {
    const index = buildListingIndex([
      aListing('Early', { lastVerifiedMicros: 1_700_000_000_000_001 }),
      aListing('Late', { lastVerifiedMicros: 1_700_000_000_000_002 }),
    ])
    const found = searchListings(index, { ...none, sort: 'verified' })
    expect(found.hits.map((h) => h.name)).toEqual(['Late', 'Early'])
    expect(found.hits[0]!.lastVerifiedAt).toEqual(new Date(1_700_000_000_000))
  })
})

describe('counts and pages', () => {
  const many = (n: number) =>
    indexOf(...Array.from({ length: n }, (_, i) => aListing(`Clinic ${String(i).padStart(4, '0')}`)))

  test.each<[number, number, { total: number; moreThan: boolean; first: string | undefined; shown: number }]>(
    [
      [5, 1, { total: 5, moreThan: false, first: 'Clinic 0000', shown: 5 }],
      [COUNT_AHEAD, 1, { total: COUNT_AHEAD, moreThan: false, first: 'Clinic 0000', shown: PAGE_SIZE }],
      [COUNT_AHEAD + 1, 1, { total: COUNT_AHEAD, moreThan: true, first: 'Clinic 0000', shown: PAGE_SIZE }],
      // The count stops COUNT_AHEAD past the page, wherever the page is.
      [300, 3, { total: 20 + COUNT_AHEAD, moreThan: true, first: 'Clinic 0020', shown: PAGE_SIZE }],
      [125, 13, { total: 125, moreThan: false, first: 'Clinic 0120', shown: 5 }],
      // Past the last page: the count, and nothing shown.
      [30, 9, { total: 30, moreThan: false, first: undefined, shown: 0 }],
    ],
  )('%i matches, page %i', (n, page, expected) => {
    const found = searchListings(many(n), { ...none, page })
    expect({
      total: found.total,
      moreThan: found.moreThan,
      first: found.hits[0]?.name,
      shown: found.hits.length,
    }).toEqual(expected)
  })

  test('each page follows the last in order, across the name matches and the rest', () => {
    const rows = Array.from({ length: 45 }, (_, i) =>
      aListing(`Clinic ${String(i).padStart(2, '0')}`, {
        words: ['clinic'],
        nameWords: i % 3 === 0 ? ['clinic'] : ['other'],
        verifiedAccreditations: i % 4,
      }),
    )
    const index = indexOf(...rows)
    const all = [1, 2, 3, 4, 5].flatMap(
      (page) => searchListings(index, { ...none, words: [exact('clinic')], page }).hits,
    )
    expect(all).toHaveLength(45)
    expect(new Set(all.map((h) => h.id)).size).toBe(45)
    const key = (h: (typeof all)[number]) => [-h.score, -h.verifiedAccreditations, h.name] as const
    const sorted = [...all].sort((a, b) => {
      const [x, y] = [key(a), key(b)]
      return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : 1)
    })
    expect(all.map((h) => h.name)).toEqual(sorted.map((h) => h.name))
    expect(all.filter((h) => h.score === 1)).toHaveLength(15)
  })
})

describe('prices', () => {
  const index = indexOf(
    aListing('Mixed', {
      offers: [
        { key: 'msc|standard-care|als', lo: 1_000_000, hi: 1_500_000 },
        { key: 'niv|standard-care|als', lo: 100_000, hi: 150_000 },
      ],
    }),
    aListing('Cheap cells', { offers: [{ key: 'msc|standard-care|als', lo: 200_000, hi: 300_000 }] }),
    aListing('Free trial', { offers: [{ key: 'msc|registered-trial|als', lo: null, hi: null }] }),
  )

  test('a price range keeps listings with any offer in it', () =>
    expect(names(index, { priceMax: 2000 }).sort()).toEqual(['Cheap cells', 'Mixed']))

  test('a price is typed in the viewer’s currency', () =>
    // 2,000 units at 0.5 US dollars each: 1,000 dollars, below every cell offer.
    expect(names(index, { priceMax: 2000, usdPerViewerUnit: 0.5 })).toEqual(['Mixed']))

  test('a price with a treatment must hold for one and the same offer', () => {
    // Mixed has a cheap offer and a cell offer, but no cheap cell offer.
    expect(names(index, { priceMax: 5000, treatment: 'msc' })).toEqual(['Cheap cells'])
  })

  test('an offer without a price is outside any price range', () =>
    expect(names(index, { priceMin: 0, pathway: 'registered-trial' })).toEqual([]))

  test('the offers shown are counted against the filters, with their lowest price', () => {
    // The order is the listing's own lowest price (Mixed's 1,000 dollars of care), as in ADR 0030.
    const found = searchListings(index, { ...none, treatment: 'msc', sort: 'price-low' })
    expect(found.hits.map((h) => [h.name, h.offerCount, h.minPriceUsdCents])).toEqual([
      ['Mixed', 1, 1_000_000],
      ['Cheap cells', 1, 200_000],
      ['Free trial', 1, null],
    ])
  })

  test('without offer filters, a listing shows its own count and lowest price', () => {
    const found = searchListings(index, { ...none, country: 'IN', sort: 'price-low' })
    expect(found.hits.map((h) => [h.name, h.offerCount, h.minPriceUsdCents])).toEqual([
      ['Mixed', 2, 100_000],
      ['Cheap cells', 1, 200_000],
      ['Free trial', 1, null],
    ])
  })
})

test('an empty index finds nothing', () => {
  expect(searchListings(buildListingIndex([]), { ...none, words: [exact('clinic')] })).toEqual({
    total: 0,
    moreThan: false,
    hits: [],
  })
})
