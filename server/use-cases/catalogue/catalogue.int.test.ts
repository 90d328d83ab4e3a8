import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { isPublicOffer } from '../../stores/public-offer.ts'
import { offer } from '../../db/schema/catalogue.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { providerSearchPage } from './provider-search.ts'
import { getOffersForComparison, getProviderProfile } from './public-catalogue.ts'
import { forgetSearchVocabulary } from './search-vocabulary.ts'
import { listWithheldOffers } from '../review/withheld-offers.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  forgetSearchVocabulary()
})
afterAll(async () => {
  await rt?.cleanup()
})

const search = (query: string) => providerSearchPage(rt, new URLSearchParams(query))
// The demo catalogue's names only: on the server, other files' clinics (each
// with its own ids, some approved and public) share the database.
const names = (page: Awaited<ReturnType<typeof search>>) =>
  page.hits.filter((h) => h.isDemo).map((h) => h.name)

describe(`catalogue on ${engineUnderTest}`, () => {
  test('the demo offers get the verdicts the policy intends', async () => {
    const rows = await rt.database.db.select({ id: offer.id, verdict: offer.verdict }).from(offer)
    const verdict = Object.fromEntries(rows.map((r) => [r.id, r.verdict]))
    expect(verdict).toMatchObject({
      [demoIds.offer.lotusMdt]: 'listable',
      [demoIds.offer.lotusNiv]: 'listable',
      [demoIds.offer.lotusTrial]: 'listable-with-warnings',
      [demoIds.offer.hanbitLenzu]: 'listable-with-warnings',
      [demoIds.offer.bogRehab]: 'listable-with-warnings',
      [demoIds.offer.alamedaCells]: 'blocked',
      [demoIds.offer.sunrisePackage]: 'blocked',
    })
  })

  test('"stem cell ALS India" reads the topic, condition and country, and shows only lawful options', async () => {
    const page = await search('q=stem cell ALS India')
    expect(page.understood).toEqual({
      condition: 'als',
      country: 'IN',
      treatment: 'stem-cells',
      topics: ['stem-cells'],
    })
    expect(names(page)).toEqual(['Lotus Neuro Care Hospital'])
    const profile = await getProviderProfile(rt, demoIds.providerSlug.lotusNeuro)
    expect(profile!.offers.map((o) => o.pathway).sort()).toEqual([
      'registered-trial',
      'standard-care',
      'standard-care',
    ])
  })

  test('the conditionally approved product is named for what it is, on the provider page and in comparisons', async () => {
    const profile = await getProviderProfile(rt, demoIds.providerSlug.hanbit)
    const lenzu = profile!.offers.find((o) => o.id === demoIds.offer.hanbitLenzu)!
    expect(lenzu.label).toBe('approved-unproven')
    const [compared] = await getOffersForComparison(rt, [demoIds.offer.hanbitLenzu])
    expect(compared!.label).toBe('approved-unproven')
    // Care with evidence behind it keeps its name.
    expect(
      profile!.offers.filter((o) => o.id !== demoIds.offer.hanbitLenzu).map((o) => o.label),
    ).not.toContain('approved-unproven')
  })

  test('no search, filter or page ever returns a blocked offer or its provider', async () => {
    const queries = [
      '',
      'q=stem cell',
      'q=sunrise',
      'q=Alameda',
      'country=IN',
      'country=MX',
      'treatment=bm-mnc',
      'q=package',
      'sort=price-low',
      'verified=yes',
    ]
    for (const q of queries) {
      const page = await search(q)
      expect(names(page), q).not.toContain('Sunrise Regenerative Centre')
      expect(names(page), q).not.toContain('Centro Médico Alameda')
    }
    expect(await getProviderProfile(rt, demoIds.providerSlug.sunrise)).toBeNull()
    expect(
      await getOffersForComparison(rt, [demoIds.offer.sunrisePackage, demoIds.offer.lotusMdt]),
    ).toHaveLength(1)
  })

  test('reviewers see the withheld offers with their reasons', async () => {
    const withheld = await listWithheldOffers(rt)
    const sunrise = withheld.find((o) => o.id === demoIds.offer.sunrisePackage)!
    expect(sunrise.verdict).toBe('blocked')
    expect(sunrise.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'rule.paid-cell-therapy',
        'claim.cure',
        'claim.success-rate',
        'claim.autologous-exempt',
      ]),
    )
  })

  test('typos still find what was meant', async () => {
    expect(names(await search('q=bengalru'))).toEqual(['Lotus Neuro Care Hospital'])
    expect(names(await search('q=rehabilitaton'))).toEqual(
      expect.arrayContaining(['Chao Phraya International Hospital']),
    )
  })

  test('filters narrow, and price filters work in the viewer’s currency', async () => {
    expect(names(await search('pathway=registered-trial'))).toEqual(['Lotus Neuro Care Hospital'])
    expect(names(await search('country=DE'))).toEqual(['Klinik am Rheinufer'])
    expect(names(await search('accreditation=JCI&country=KR'))).toEqual(['Hanbit Neurology Centre'])
    expect(names(await search('language=th'))).toEqual(['Chao Phraya International Hospital'])
    // EUR 1,000 is about USD 1,087: offers whose range starts above that are excluded.
    const cheap = await search('max=1000&currency=EUR')
    expect(cheap.query.currency).toBe('EUR')
    for (const hit of cheap.hits) expect(hit.minPriceUsdCents ?? 0).toBeLessThanOrEqual(108_700)
  })

  test('each result counts only the offers that match the filters, and is priced from them', async () => {
    const offers = await rt.database.db
      .select({
        providerId: offer.providerId,
        treatment: offer.treatmentId,
        condition: offer.conditionId,
        pathway: offer.pathway,
        lo: offer.priceMinUsdCents,
        hi: offer.priceMaxUsdCents,
      })
      .from(offer)
      .where(isPublicOffer)
    const publicOffers = offers
    const cases: [string, (o: (typeof offers)[number]) => boolean][] = [
      ['', () => true],
      ['condition=als', (o) => o.condition === 'als'],
      [
        'pathway=standard-care&max=10000',
        (o) => o.pathway === 'standard-care' && o.lo !== null && o.lo <= 1_000_000,
      ],
      ['min=3000', (o) => o.hi !== null && o.hi >= 300_000],
      ['treatment=niv', (o) => o.treatment === 'niv'],
    ]
    for (const [query, matches] of cases) {
      const page = await search(query)
      expect(page.hits.length, query).toBeGreaterThan(0)
      for (const hit of page.hits) {
        const own = publicOffers.filter((o) => o.providerId === hit.id && matches(o))
        const prices = own.map((o) => o.lo).filter((lo) => lo !== null)
        expect({ query, name: hit.name, offers: hit.offerCount, from: hit.minPriceUsdCents }).toEqual({
          query,
          name: hit.name,
          offers: own.length,
          from: prices.length ? Math.min(...prices) : null,
        })
      }
    }
  })

  test('sorting by price puts the cheapest first', async () => {
    const page = await search('sort=price-low')
    const prices = page.hits.map((h) => h.minPriceUsdCents ?? Number.MAX_SAFE_INTEGER)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
  })

  test('bad input is ignored with a reason, never an error', async () => {
    const page = await search(
      `q=${encodeURIComponent("'; drop table offer; --<script>")}&page=-4&country=ZZ&currency=XXX&min=abc&sort=sideways`,
    )
    expect(page.ignored.map((i) => i.field).sort()).toEqual(['country', 'currency', 'min', 'page', 'sort'])
    expect(page.query.page).toBe(1)
    const huge = await search(`q=${'a'.repeat(5000)}&page=999999`)
    expect(huge.total).toBe(0)
    expect(huge.ignored.map((i) => i.field)).toEqual(['q', 'page'])
    const pastTheEnd = await search('page=400')
    expect(pastTheEnd.hits).toEqual([])
    expect(pastTheEnd.total).toBeGreaterThan(0)
    const [count] = await rt.database.db
      .select({ id: offer.id })
      .from(offer)
      .where(eq(offer.id, demoIds.offer.lotusMdt))
    expect(count).toBeDefined()
  })
})
