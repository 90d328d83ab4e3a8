import { sql, type SQL } from 'drizzle-orm'
import { COUNT_AHEAD, PAGE_SIZE, type SearchQuery } from '#domain/search/search-query.ts'
import type { Db } from '../../db/client.ts'
import { rowsOf } from '../../db/rows.ts'
import { pgTextArray } from './search-lexicon.ts'

export type SearchFilters = SearchQuery & {
  /** The words as a tsquery (`'breathing' & ( 'suport':* | 'support' )`), spell-corrected already; null for none. */
  tsquery: string | null
  /** Any of these treatments, when the text named a treatment or a group of them and no filter did. */
  treatmentAny: readonly string[] | null
  usdPerViewerUnit: number
}

export type ProviderHit = {
  id: string
  slug: string
  name: string
  kind: string
  countryCode: string
  city: string
  isDemo: boolean
  lastVerifiedAt: Date | null
  offerCount: number
  minPriceUsdCents: number | null
  verifiedAccreditations: number
  score: number
}

export type SearchResult = {
  /** Exact up to COUNT_AHEAD past the page; `moreThan` when there are more still. */
  total: number
  moreThan: boolean
  hits: ProviderHit[]
}

const arr = (values: readonly string[]) => sql`${pgTextArray(values)}::text[]`

/**
 * The provider search, in one statement. It reads provider_listing (one
 * narrow row per provider with public offers, rebuilt from the policy's
 * verdicts), so a blocked offer can never be found. Every part of it stops
 * early: the page is read along an index in the order asked for, the count
 * stops COUNT_AHEAD rows past the page, and offers are counted for the ten
 * providers shown only. Ranking: words matched in the name or city first,
 * then verified accreditations, then name. Never payment.
 */
export async function searchProviders(db: Db, f: SearchFilters): Promise<SearchResult> {
  const where: SQL[] = []
  if (f.condition) where.push(sql`l.condition_ids @> ${arr([f.condition])}`)
  if (f.treatment) where.push(sql`l.treatment_ids @> ${arr([f.treatment])}`)
  else if (f.treatmentAny?.length) where.push(sql`l.treatment_ids && ${arr(f.treatmentAny)}`)
  if (f.pathway) where.push(sql`l.pathways @> ${arr([f.pathway])}`)
  if (f.country) where.push(sql`l.country_code = ${f.country}`)
  if (f.city) where.push(sql`l.city_lower = lower(${f.city})`)
  if (f.language) where.push(sql`l.languages @> ${arr([f.language])}`)
  if (f.accreditation) where.push(sql`l.accreditors @> ${arr([f.accreditation])}`)
  if (f.verifiedOnly) where.push(sql`l.verified_accreditations > 0`)
  // Prices are typed in the viewer's currency and compared in US cents.
  const minUsd = f.priceMin !== null ? Math.floor(f.priceMin * f.usdPerViewerUnit * 100) : null
  const maxUsd = f.priceMax !== null ? Math.ceil(f.priceMax * f.usdPerViewerUnit * 100) : null
  if (minUsd !== null) where.push(sql`l.max_price_usd_cents >= ${minUsd}`)
  if (maxUsd !== null) where.push(sql`l.min_price_usd_cents <= ${maxUsd}`)
  const offerFilters = offerLevel(f, minUsd, maxUsd)
  // Price together with a treatment, pathway or condition must hold for one
  // and the same offer: checked against the listing's own list of its offers.
  if (
    (minUsd !== null || maxUsd !== null) &&
    (f.treatment || f.treatmentAny?.length || f.pathway || f.condition)
  ) {
    where.push(
      sql`exists (select 1 from unnest(l.offer_keys, l.offer_min_usd_cents, l.offer_max_usd_cents) as o(k, lo, hi)
                   where ${sql.join(offerFilters, sql` and `)})`,
    )
  }
  const query = f.tsquery
  if (query) where.push(sql`l.search_vector @@ ${query}::tsquery`)
  const filtered = where.length ? sql.join(where, sql` and `) : sql`true`

  const order =
    f.sort === 'price-low'
      ? sql`l.min_price_usd_cents asc nulls last, l.name asc`
      : f.sort === 'price-high'
        ? sql`l.min_price_usd_cents desc nulls last, l.name asc`
        : f.sort === 'verified'
          ? sql`l.last_verified_at desc nulls last, l.name asc`
          : sql`l.verified_accreditations desc nulls last, l.name asc`
  const offset = (f.page - 1) * PAGE_SIZE
  const relevance = query !== null && f.sort === 'relevance'
  // The listing's arrays of its offers travel only when the offers shown are
  // counted against the filters: as text, then parsed here, they were about a
  // third of the search's own CPU in this process (ADR 0041).
  const columns = sql`l.provider_id, l.slug, l.name, l.kind, l.country_code, l.city, l.is_demo, l.last_verified_at,
             l.offer_count, l.min_price_usd_cents, l.verified_accreditations${
               offerFilters.length > 0
                 ? sql`, l.offer_keys, l.offer_min_usd_cents, l.offer_max_usd_cents`
                 : sql``
             }`
  // What ordering needs: gathered matches are read in full only for the ten shown.
  const keys = sql`l.provider_id, l.verified_accreditations, l.name, l.min_price_usd_cents, l.last_verified_at`
  // Many matches: the page is read along the index of the sort order and
  // stops after the page. Best match with words takes two such reads, the
  // name matches and all matches (which may repeat a name match, and hold
  // every other match the page can need), merged. A part "all matches but
  // the name matches" would read the whole index whenever most matches are names.
  const alongIndex = relevance
    ? sql`select * from (
            select distinct on (provider_id) * from (
              (select ${columns}, 1 as score from provider_listing l
                where ${filtered} and l.name_vector @@ ${query}::tsquery
                order by ${order} limit ${offset + PAGE_SIZE})
              union all
              (select ${columns}, 0 as score from provider_listing l
                where ${filtered}
                order by ${order} limit ${offset + PAGE_SIZE})
            ) both_parts order by provider_id, score desc
          ) l order by l.score desc, ${order} limit ${PAGE_SIZE} offset ${offset}`
    : sql`select ${columns}, 0 as score from provider_listing l
           where ${filtered} order by ${order} limit ${PAGE_SIZE} offset ${offset}`
  // Few matches: read along the index, the page would pass over every listing
  // to find them (a search matching nothing read all 10,000 rows, 113 ms).
  // So the matches are first gathered through the filter indexes, at most
  // `gather` of them; when they are fewer, they are all there is, and the
  // page is sorted from them. Only the branch that applies runs (a one-time
  // filter on the count). The gathered rows are the count too, which stops
  // COUNT_AHEAD rows past the page.
  const countTo = offset + COUNT_AHEAD
  const gather = Math.max(countTo + 1, 2 * (offset + PAGE_SIZE))
  const score = relevance ? sql`(l.name_vector @@ ${query}::tsquery)::int` : sql`0`
  const rows = rowsOf(
    await db.execute(sql`
      with m as materialized (
             select ${keys}, ${score} as score from provider_listing l where ${filtered} limit ${gather}),
           c as (select count(*)::int as total from m),
           p as (
             (select ${columns}, s.score
                from (select l.provider_id, l.score from m l where (select total from c) < ${gather}
                       order by l.score desc, ${order} limit ${PAGE_SIZE} offset ${offset}) s
                join provider_listing l on l.provider_id = s.provider_id)
             union all
             (select l.* from (${alongIndex}) l where (select total from c) >= ${gather}))
      select c.total, l.* from c left join p l on true
       order by l.score desc, ${order}`),
  )
  const counted = Number(rows[0]?.total ?? 0)
  // For the page shown, count exactly the offers that match the filters.
  const exact = offerFilters.length > 0 ? offerMatches(f, minUsd, maxUsd) : null
  const hits: ProviderHit[] = rows
    .filter((r) => r.provider_id !== null && r.provider_id !== undefined)
    .map((r) => {
      let offerCount = Number(r.offer_count)
      let minPrice = r.min_price_usd_cents === null ? null : Number(r.min_price_usd_cents)
      if (exact) {
        const keys = r.offer_keys as string[]
        const los = (r.offer_min_usd_cents as (string | number | null)[]).map((v) =>
          v === null ? null : Number(v),
        )
        const his = (r.offer_max_usd_cents as (string | number | null)[]).map((v) =>
          v === null ? null : Number(v),
        )
        offerCount = 0
        minPrice = null
        keys.forEach((key, i) => {
          if (!exact(key, los[i]!, his[i]!)) return
          offerCount++
          if (los[i] !== null && (minPrice === null || los[i]! < minPrice)) minPrice = los[i]!
        })
      }
      return {
        id: String(r.provider_id),
        slug: String(r.slug),
        name: String(r.name),
        kind: String(r.kind),
        countryCode: String(r.country_code),
        city: String(r.city),
        isDemo: Boolean(r.is_demo),
        lastVerifiedAt: r.last_verified_at ? new Date(String(r.last_verified_at)) : null,
        offerCount,
        minPriceUsdCents: minPrice,
        verifiedAccreditations: Number(r.verified_accreditations),
        score: Number(r.score),
      }
    })
  return { total: Math.min(counted, countTo), moreThan: counted > countTo, hits }
}

/** Conditions on one offer of the listing's list (`o.k` is `treatment|pathway|condition`, `o.lo`/`o.hi` its prices). */
function offerLevel(f: SearchFilters, minUsd: number | null, maxUsd: number | null): SQL[] {
  const w: SQL[] = []
  if (f.treatment) w.push(sql`split_part(o.k, '|', 1) = ${f.treatment}`)
  else if (f.treatmentAny?.length) w.push(sql`split_part(o.k, '|', 1) = any(${arr(f.treatmentAny)})`)
  if (f.pathway) w.push(sql`split_part(o.k, '|', 2) = ${f.pathway}`)
  if (f.condition) w.push(sql`split_part(o.k, '|', 3) = ${f.condition}`)
  if (minUsd !== null) w.push(sql`o.hi >= ${minUsd}`)
  if (maxUsd !== null) w.push(sql`o.lo <= ${maxUsd}`)
  return w
}

/** The same conditions in JavaScript, to count the offers of the providers shown. */
function offerMatches(f: SearchFilters, minUsd: number | null, maxUsd: number | null) {
  const any = f.treatment ? [f.treatment] : (f.treatmentAny ?? null)
  return (key: string, lo: number | null, hi: number | null): boolean => {
    const [treatment, pathway, condition] = key.split('|')
    if (any && !any.includes(treatment!)) return false
    if (f.pathway && pathway !== f.pathway) return false
    if (f.condition && condition !== f.condition) return false
    // An offer without a price (a trial that charges nothing) is outside any price range asked for,
    // as NULL comparisons are in SQL.
    if (minUsd !== null && (hi === null || hi < minUsd)) return false
    if (maxUsd !== null && (lo === null || lo > maxUsd)) return false
    return true
  }
}
