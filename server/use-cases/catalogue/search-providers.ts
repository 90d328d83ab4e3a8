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

const arr = (v: string) => sql`array[${v}]::text[]`

/**
 * The provider search. It reads provider_listing (one narrow row per provider
 * with public offers, rebuilt from the policy's verdicts), so a blocked offer
 * can never be found and a search touches thousands of rows, not every offer.
 * Ranking: text relevance, then verified accreditations, then name. Never payment.
 */
export async function searchProviders(
  db: Db,
  f: SearchFilters,
): Promise<{ total: number; hits: ProviderHit[] }> {
  const where: SQL[] = []
  if (f.condition) where.push(sql`l.condition_ids @> ${arr(f.condition)}`)
  if (f.treatment) where.push(sql`l.treatment_ids @> ${arr(f.treatment)}`)
  if (f.pathway) where.push(sql`l.pathways @> ${arr(f.pathway)}`)
  if (f.country) where.push(sql`l.country_code = ${f.country}`)
  if (f.city) where.push(sql`l.city_lower = lower(${f.city})`)
  if (f.language) where.push(sql`l.languages @> ${arr(f.language)}`)
  if (f.accreditation) where.push(sql`l.accreditors @> ${arr(f.accreditation)}`)
  if (f.verifiedOnly) where.push(sql`l.verified_accreditations > 0`)
  // Prices are typed in the viewer's currency and compared in US cents.
  const minUsd = f.priceMin !== null ? Math.floor(f.priceMin * f.usdPerViewerUnit * 100) : null
  const maxUsd = f.priceMax !== null ? Math.ceil(f.priceMax * f.usdPerViewerUnit * 100) : null
  if (minUsd !== null) where.push(sql`l.max_price_usd_cents >= ${minUsd}`)
  if (maxUsd !== null) where.push(sql`l.min_price_usd_cents <= ${maxUsd}`)
  const offerFilters = offerLevel(f, minUsd, maxUsd)
  // Price together with a treatment or pathway must hold for one and the same offer.
  if ((minUsd !== null || maxUsd !== null) && (f.treatment || f.pathway || f.condition)) {
    where.push(
      sql`exists (select 1 from offer o where o.provider_id = l.provider_id and ${sql.join(offerFilters, sql` and `)})`,
    )
  }
  const words = f.words
    .slice(0, 6)
    .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => w.length >= 2)
  const order =
    f.sort === 'price-low'
      ? sql`l.min_price_usd_cents asc nulls last, l.name asc`
      : f.sort === 'price-high'
        ? sql`l.min_price_usd_cents desc nulls last, l.name asc`
        : f.sort === 'verified'
          ? sql`l.last_verified_at desc nulls last, l.name asc`
          : words.length
            ? sql`score desc, l.verified_accreditations desc nulls last, l.name asc`
            : sql`l.verified_accreditations desc nulls last, l.name asc`

  return db.transaction(async (tx) => {
    // Words: each is corrected against the listing dictionary with pg_trgm
    // (typos), then all must match in full text (prefixes allowed).
    let score = sql`0`
    if (words.length) {
      const tsquery = await spellCorrectedQuery(tx as unknown as Db, words)
      if (tsquery === null) return { total: 0, hits: [] }
      where.push(sql`l.search_vector @@ to_tsquery('simple', ${tsquery})`)
      score = sql`ts_rank(l.search_vector, to_tsquery('simple', ${tsquery}))`
    }
    const rows = rowsOf(
      await tx.execute(sql`
        select l.provider_id, l.slug, l.name, l.kind, l.country_code, l.city, l.is_demo, l.last_verified_at,
               l.offer_count, l.min_price_usd_cents, l.verified_accreditations, (${score})::float as score
          from provider_listing l
         where ${where.length ? sql.join(where, sql` and `) : sql`true`}
         order by ${order}
         limit ${PAGE_SIZE} offset ${(f.page - 1) * PAGE_SIZE}`),
    )
    // Counted apart from the page, so the page itself can stop after ten rows.
    const [counted] = rowsOf<{ n: number }>(
      await tx.execute(
        sql`select count(*)::int as n from provider_listing l where ${where.length ? sql.join(where, sql` and `) : sql`true`}`,
      ),
    )
    const total = Number(counted?.n ?? 0)
    const hits: ProviderHit[] = rows.map((r) => ({
      id: String(r.provider_id),
      slug: String(r.slug),
      name: String(r.name),
      kind: String(r.kind),
      countryCode: String(r.country_code),
      city: String(r.city),
      isDemo: Boolean(r.is_demo),
      lastVerifiedAt: r.last_verified_at ? new Date(String(r.last_verified_at)) : null,
      offerCount: Number(r.offer_count),
      minPriceUsdCents: r.min_price_usd_cents === null ? null : Number(r.min_price_usd_cents),
      verifiedAccreditations: Number(r.verified_accreditations),
      score: Number(r.score),
    }))
    // For the page shown, count exactly the offers that match the filters.
    if (hits.length > 0 && offerFilters.length > 1) {
      const exact = rowsOf<{ provider_id: string; n: number; min_price: number | null }>(
        await tx.execute(sql`
          select o.provider_id, count(*)::int as n, min(o.price_min_usd_cents) as min_price
            from offer o
           where o.provider_id in (${sql.join(
             hits.map((h) => sql`${h.id}`),
             sql`, `,
           )}) and ${sql.join(offerFilters, sql` and `)}
           group by o.provider_id`),
      )
      for (const h of hits) {
        const e = exact.find((x) => x.provider_id === h.id)
        h.offerCount = e ? Number(e.n) : 0
        h.minPriceUsdCents = e?.min_price === null || e?.min_price === undefined ? null : Number(e.min_price)
      }
    }
    return { total, hits }
  })
}

/** e.g. `breathing & (suport:* | support)`: dictionary words and the typed words only, or null when a word matches nothing. */
async function spellCorrectedQuery(db: Db, words: string[]): Promise<string | null> {
  await db.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.35', true)`)
  const rows = rowsOf<{ token: string; word: string }>(
    await db.execute(sql`
      select t.token, w.word
        from unnest(${`{${words.map((w) => `"${w}"`).join(',')}}`}::text[]) as t(token)
        cross join lateral (
          select word from search_word where word % t.token or word like t.token || '%'
           order by word = t.token desc, similarity(word, t.token) desc limit 4
        ) w`),
  )
  const groups: string[] = []
  for (const token of words) {
    const options = rows.filter((r) => r.token === token).map((r) => r.word.replace(/[^\p{L}\p{N}]+/gu, ''))
    if (options.length === 0) return null
    // An exact dictionary word needs no alternatives; otherwise allow the
    // corrections, and the typed word as a prefix ("rehab" → "rehabilitation").
    if (options.includes(token)) groups.push(token)
    else groups.push(`(${[token + ':*', ...new Set(options)].join(' | ')})`)
  }
  return groups.join(' & ')
}

function offerLevel(f: SearchFilters, minUsd: number | null, maxUsd: number | null): SQL[] {
  const w: SQL[] = [sql`o.verdict in ('listable', 'listable-with-warnings')`]
  if (f.condition) w.push(sql`o.condition_id = ${f.condition}`)
  if (f.treatment) w.push(sql`o.treatment_id = ${f.treatment}`)
  if (f.pathway) w.push(sql`o.pathway = ${f.pathway}`)
  if (minUsd !== null) w.push(sql`o.price_max_usd_cents >= ${minUsd}`)
  if (maxUsd !== null) w.push(sql`o.price_min_usd_cents <= ${maxUsd}`)
  return w
}
