import { sql, type SQL } from 'drizzle-orm'
import { PAGE_SIZE, type SearchQuery } from '#domain/search/search-query.ts'
import type { Db } from '../../db/client.ts'
import { rowsOf } from '../../db/rows.ts'

export type SearchFilters = SearchQuery & { words: string[]; usdPerViewerUnit: number }

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

const PUBLIC = sql`o.verdict in ('listable', 'listable-with-warnings')`

/**
 * The provider search: public offers only (the policy engine's verdict is in
 * SQL, so a blocked offer can never be returned), grouped by provider.
 * Ranking uses text relevance, then verification, then name: never payment.
 */
export async function searchProviders(
  db: Db,
  f: SearchFilters,
): Promise<{ total: number; hits: ProviderHit[] }> {
  const where: SQL[] = [PUBLIC]
  if (f.condition) where.push(sql`o.condition_id = ${f.condition}`)
  if (f.treatment) where.push(sql`o.treatment_id = ${f.treatment}`)
  if (f.pathway) where.push(sql`o.pathway = ${f.pathway}`)
  if (f.country) where.push(sql`p.country_code = ${f.country}`)
  if (f.city) where.push(sql`lower(p.city) = lower(${f.city})`)
  if (f.language) where.push(sql`${f.language} = any(p.languages)`)
  if (f.accreditation) {
    where.push(sql`exists (select 1 from accreditation a where a.provider_id = p.id and a.accreditor = ${f.accreditation}
      and a.verification = 'verified' and a.valid_to >= current_date)`)
  }
  if (f.verifiedOnly) {
    where.push(
      sql`exists (select 1 from accreditation a where a.provider_id = p.id and a.verification = 'verified' and a.valid_to >= current_date)`,
    )
  }
  // Prices are typed in the viewer's currency; offers are compared in US cents.
  if (f.priceMin !== null)
    where.push(sql`o.price_max_usd_cents >= ${Math.floor(f.priceMin * f.usdPerViewerUnit * 100)}`)
  if (f.priceMax !== null)
    where.push(sql`o.price_min_usd_cents <= ${Math.ceil(f.priceMax * f.usdPerViewerUnit * 100)}`)
  const words = f.words.slice(0, 6)
  for (const w of words) where.push(sql`o.search_text %> ${w}`)
  const score = words.length
    ? sql.join(
        words.map((w) => sql`word_similarity(${w}, o.search_text)`),
        sql` + `,
      )
    : sql`0`

  const order =
    f.sort === 'price-low'
      ? sql`min_price asc nulls last, p.name asc`
      : f.sort === 'price-high'
        ? sql`min_price desc nulls last, p.name asc`
        : f.sort === 'verified'
          ? sql`p.last_verified_at desc nulls last, p.name asc`
          : sql`score desc, verified_accreditations desc, p.name asc`

  const offset = (f.page - 1) * PAGE_SIZE
  return db.transaction(async (tx) => {
    // Lower than the default 0.6 so that a typo in a short word still matches.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.45', true)`)
    const result = await tx.execute(sql`
      with hits as (
        select o.provider_id,
               count(*)::int as offer_count,
               min(o.price_min_usd_cents) as min_price,
               max(${score})::float as score
          from offer o
          join provider p on p.id = o.provider_id
         where ${sql.join(where, sql` and `)}
         group by o.provider_id
      )
      select p.id, p.slug, p.name, p.kind, p.country_code, p.city, p.is_demo, p.last_verified_at,
             h.offer_count, h.min_price, h.score,
             (select count(*)::int from accreditation a
               where a.provider_id = p.id and a.verification = 'verified' and a.valid_to >= current_date) as verified_accreditations,
             count(*) over ()::int as total
        from hits h
        join provider p on p.id = h.provider_id
       order by ${order}
       limit ${PAGE_SIZE} offset ${offset}`)
    const rows = rowsOf(result)
    const total = rows.length > 0 ? Number(rows[0]!.total) : await countOnly(tx as unknown as Db, where)
    return {
      total,
      hits: rows.map((r) => ({
        id: String(r.id),
        slug: String(r.slug),
        name: String(r.name),
        kind: String(r.kind),
        countryCode: String(r.country_code),
        city: String(r.city),
        isDemo: Boolean(r.is_demo),
        lastVerifiedAt: r.last_verified_at ? new Date(String(r.last_verified_at)) : null,
        offerCount: Number(r.offer_count),
        minPriceUsdCents: r.min_price === null ? null : Number(r.min_price),
        verifiedAccreditations: Number(r.verified_accreditations),
        score: Number(r.score),
      })),
    }
  })
}

/** A page past the end has no rows to carry the total, so count separately. */
async function countOnly(db: Db, where: SQL[]): Promise<number> {
  const result = await db.execute(sql`
    select count(distinct o.provider_id)::int as n
      from offer o join provider p on p.id = o.provider_id
     where ${sql.join(where, sql` and `)}`)
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0)
}
