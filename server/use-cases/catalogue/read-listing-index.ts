import { sql } from 'drizzle-orm'
import { buildListingIndex, type ListingIndex, type ListingRow } from '#domain/search/listing-index.ts'
import type { Db } from '../../db/client.ts'
import { rowsOf } from '../../db/rows.ts'

type Raw = {
  provider_id: string
  slug: string
  name: string
  kind: string
  country_code: string
  city: string
  city_lower: string
  is_demo: boolean
  last_verified_micros: string | number | null
  languages: string[]
  condition_ids: string[]
  treatment_ids: string[]
  pathways: string[]
  accreditors: string[]
  verified_accreditations: number
  offer_count: number
  min_price_usd_cents: string | number | null
  max_price_usd_cents: string | number | null
  offer_keys: string[]
  offer_min_usd_cents: (string | number | null)[]
  offer_max_usd_cents: (string | number | null)[]
  words: string[]
  name_words: string[]
}

const num = (v: string | number | bigint | null | undefined) =>
  v === null || v === undefined ? null : Number(v)

/**
 * Every row of provider_listing, in one statement, built into the search's
 * index (ADR 0077). Only provider_listing is read: it holds public offers
 * alone, so nothing withheld can be found. The rows come in the database's
 * own name order, so names sort by its collation, not JavaScript's; the last
 * verification comes in microseconds, the database's precision. They travel
 * as one JSON array: at 10,000 listings the driver's parsing of the arrays
 * row by row took about 1 s, JSON.parse of the same about a third of it.
 */
export async function readListingIndex(db: Db): Promise<ListingIndex> {
  const [result] = rowsOf<{ rows: Raw[] | string | null }>(
    await db.execute(sql`
      select coalesce(json_agg(l order by l.name, l.provider_id), '[]') as rows
        from (select provider_id, slug, name, kind, country_code, city, city_lower, is_demo,
                     (extract(epoch from last_verified_at) * 1000000)::bigint as last_verified_micros,
                     languages, condition_ids, treatment_ids, pathways, accreditors, verified_accreditations,
                     offer_count, min_price_usd_cents, max_price_usd_cents, offer_keys, offer_min_usd_cents,
                     offer_max_usd_cents, tsvector_to_array(search_vector) as words,
                     tsvector_to_array(name_vector) as name_words
                from provider_listing) l`),
  )
  const json = result?.rows ?? []
  const raw: Raw[] = typeof json === 'string' ? (JSON.parse(json) as Raw[]) : json
  return buildListingIndex(
    raw.map((r): ListingRow => ({
      providerId: r.provider_id,
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      countryCode: r.country_code,
      city: r.city,
      cityLower: r.city_lower,
      isDemo: Boolean(r.is_demo),
      lastVerifiedMicros: num(r.last_verified_micros),
      languages: r.languages,
      conditionIds: r.condition_ids,
      treatmentIds: r.treatment_ids,
      pathways: r.pathways,
      accreditors: r.accreditors,
      verifiedAccreditations: Number(r.verified_accreditations),
      offerCount: Number(r.offer_count),
      minPriceUsdCents: num(r.min_price_usd_cents),
      maxPriceUsdCents: num(r.max_price_usd_cents),
      offerKeys: r.offer_keys,
      offerMinUsdCents: r.offer_min_usd_cents.map(num),
      offerMaxUsdCents: r.offer_max_usd_cents.map(num),
      words: r.words,
      nameWords: r.name_words,
    })),
  )
}
