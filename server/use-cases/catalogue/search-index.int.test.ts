import { sql, type SQL } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { searchListings, type SearchFilters } from '#domain/search/listing-index.ts'
import { COUNT_AHEAD, PAGE_SIZE } from '#domain/search/search-query.ts'
import type { WordGroup } from '#domain/search/spelling.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { longTailQueries } from '../../../bench/lib/long-tail.ts'
import { rowsOf } from '../../db/rows.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { generateScaleCatalogue, removeScaleCatalogue } from '../../seed/scale-catalogue.ts'
import { searchFilters } from './provider-search.ts'
import { pgTextArray } from './search-lexicon.ts'
import { forgetSearchVocabulary, loadSearchVocabulary } from './search-vocabulary.ts'

// ADR 0077: the in-memory index answers exactly what a plain SQL query over
// provider_listing answers, for a few hundred long-tail searches on a scale
// catalogue. The reference below is the old statement's meaning without any
// of its optimisations: filter, order, count, page.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime({ DB_OPEN_TIMEOUT_MS: '120000' })
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  await generateScaleCatalogue(rt.database.db, 300)
  forgetSearchVocabulary()
}, 300_000)
afterAll(async () => {
  if (rt) await removeScaleCatalogue(rt.database.db)
  forgetSearchVocabulary()
  await rt?.cleanup()
})

const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''")}'`
const tsquery = (groups: readonly WordGroup[]) =>
  groups
    .map((g) => `( ${[...g.prefixes.map((p) => `${quote(p)}:*`), ...g.exact.map(quote)].join(' | ')} )`)
    .join(' & ')
const arr = (values: readonly string[]) => sql`${pgTextArray(values)}::text[]`

/** The search, as one plain query over provider_listing. */
async function reference(f: SearchFilters) {
  const minUsd = f.priceMin !== null ? Math.floor(f.priceMin * f.usdPerViewerUnit * 100) : null
  const maxUsd = f.priceMax !== null ? Math.ceil(f.priceMax * f.usdPerViewerUnit * 100) : null
  const treatments = f.treatment ? [f.treatment] : f.treatmentAny?.length ? f.treatmentAny : null
  const offer: SQL[] = [sql`true`]
  if (treatments) offer.push(sql`split_part(o.k, '|', 1) = any(${arr(treatments)})`)
  if (f.pathway) offer.push(sql`split_part(o.k, '|', 2) = ${f.pathway}`)
  if (f.condition) offer.push(sql`split_part(o.k, '|', 3) = ${f.condition}`)
  if (minUsd !== null) offer.push(sql`o.hi >= ${minUsd}`)
  if (maxUsd !== null) offer.push(sql`o.lo <= ${maxUsd}`)
  const offerFilter = sql.join(offer, sql` and `)
  const byOffer = offer.length > 1
  const where: SQL[] = [sql`true`]
  if (f.condition) where.push(sql`${f.condition} = any(l.condition_ids)`)
  if (treatments) where.push(sql`l.treatment_ids && ${arr(treatments)}`)
  if (f.pathway) where.push(sql`${f.pathway} = any(l.pathways)`)
  if (f.country) where.push(sql`l.country_code = ${f.country}`)
  if (f.city) where.push(sql`l.city_lower = lower(${f.city})`)
  if (f.language) where.push(sql`${f.language} = any(l.languages)`)
  if (f.accreditation) where.push(sql`${f.accreditation} = any(l.accreditors)`)
  if (f.verifiedOnly) where.push(sql`l.verified_accreditations > 0`)
  if (minUsd !== null) where.push(sql`l.max_price_usd_cents >= ${minUsd}`)
  if (maxUsd !== null) where.push(sql`l.min_price_usd_cents <= ${maxUsd}`)
  if ((minUsd !== null || maxUsd !== null) && (treatments || f.pathway || f.condition))
    where.push(sql`exists (select 1 from unnest(l.offer_keys, l.offer_min_usd_cents, l.offer_max_usd_cents) o(k, lo, hi)
                           where ${offerFilter})`)
  const words = f.words?.length ? tsquery(f.words) : null
  if (words) where.push(sql`l.search_vector @@ ${words}::tsquery`)
  const score = words && f.sort === 'relevance' ? sql`(l.name_vector @@ ${words}::tsquery)::int` : sql`0`
  const order = {
    relevance: sql`l.verified_accreditations desc`,
    'price-low': sql`l.min_price_usd_cents asc nulls last`,
    'price-high': sql`l.min_price_usd_cents desc nulls last`,
    verified: sql`l.last_verified_at desc nulls last`,
  }[f.sort]
  const rows = rowsOf<{ id: string; score: number; offers: number; min: string | number | null; n: number }>(
    await rt.database.db.execute(sql`
      select l.provider_id as id, ${score} as score, count(*) over ()::int as n,
             ${byOffer ? sql`(select count(*) from unnest(l.offer_keys, l.offer_min_usd_cents, l.offer_max_usd_cents) o(k, lo, hi) where ${offerFilter})` : sql`l.offer_count`}::int as offers,
             ${byOffer ? sql`(select min(o.lo) from unnest(l.offer_keys, l.offer_min_usd_cents, l.offer_max_usd_cents) o(k, lo, hi) where ${offerFilter})` : sql`l.min_price_usd_cents`} as min
        from provider_listing l
       where ${sql.join(where, sql` and `)}
       order by 2 desc, ${order}, l.name, l.provider_id`),
  )
  const offset = (f.page - 1) * PAGE_SIZE
  const count = rows[0]?.n ?? 0
  return {
    total: Math.min(count, offset + COUNT_AHEAD),
    moreThan: count > offset + COUNT_AHEAD,
    hits: rows.slice(offset, offset + PAGE_SIZE).map((r) => ({
      id: r.id,
      score: Number(r.score),
      offers: Number(r.offers),
      min: r.min === null ? null : Number(r.min),
    })),
  }
}

describe(`the listing index answers as SQL over provider_listing does, on ${engineUnderTest}`, () => {
  test('for a few hundred long-tail searches, and searches made to reach every branch', async () => {
    const vocabulary = await loadSearchVocabulary(rt)
    expect(vocabulary.listings.size).toBeGreaterThan(200)
    const queries = [
      ...longTailQueries(300, 7),
      'q=clinic&page=3',
      'q=hospital&sort=price-high&page=2',
      'q=rehab&max=3000&treatment=rehab',
      'q=stem cells&min=1000&max=20000&currency=EUR',
      'treatment=niv&max=2000&sort=price-low',
      'condition=als&pathway=registered-trial&min=0',
      'country=IN&city=chennai&sort=verified',
      'city=BERLIN',
      'verified=yes&accreditation=JCI&sort=verified&page=2',
      'page=12',
      '',
    ]
    let compared = 0
    let withHits = 0
    for (const q of queries) {
      const made = searchFilters(vocabulary, new URLSearchParams(q))
      if (made.nothing) continue
      const mine = searchListings(vocabulary.listings, made.filters)
      const expected = await reference(made.filters)
      expect(
        {
          total: mine.total,
          moreThan: mine.moreThan,
          hits: mine.hits.map((h) => ({
            id: h.id,
            score: h.score,
            offers: h.offerCount,
            min: h.minPriceUsdCents,
          })),
        },
        q,
      ).toEqual(expected)
      compared++
      if (expected.hits.length > 0) withHits++
    }
    // Most searches were compared, and most found something to compare.
    expect(compared).toBeGreaterThan(250)
    expect(withHits).toBeGreaterThan(compared / 2)
  })
})
