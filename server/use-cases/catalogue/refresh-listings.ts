import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'

/**
 * Rebuilds the search rows of some providers (or all) from their public
 * offers. Providers with no public offer lose their row, so they cannot be
 * found. Accreditations count only while verified and in date.
 */
export async function refreshProviderListings(db: Db, providerIds?: string[]): Promise<void> {
  const only = providerIds
    ? sql`and p.id in (${sql.join(
        providerIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``
  await db.transaction(async (tx) => {
    await tx.execute(
      providerIds
        ? sql`delete from provider_listing where provider_id in (${sql.join(
            providerIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`delete from provider_listing`,
    )
    // A full rebuild starts the spelling dictionary afresh too.
    if (!providerIds) await tx.execute(sql`delete from search_word`)
    await tx.execute(sql`
      insert into provider_listing (provider_id, name, slug, kind, is_demo, country_code, city, city_lower, languages, condition_ids, treatment_ids, pathways,
        accreditors, verified_accreditations, offer_count, min_price_usd_cents, max_price_usd_cents, last_verified_at, search_text, search_vector)
      select p.id, p.name, p.slug, p.kind, p.is_demo, p.country_code, p.city, lower(p.city), p.languages,
             array_agg(distinct o.condition_id), array_agg(distinct o.treatment_id), array_agg(distinct o.pathway),
             coalesce(a.accreditors, '{}'), coalesce(a.n, 0), count(o.id)::int,
             min(o.price_min_usd_cents), max(o.price_max_usd_cents), p.last_verified_at,
             lower(p.search_text || ' ' || string_agg(distinct t.name, ' ') || ' ' || string_agg(distinct c.name, ' ')),
             to_tsvector('simple', lower(p.search_text || ' ' || string_agg(distinct t.name, ' ') || ' ' || string_agg(distinct c.name, ' ')))
        from provider p
        join offer o on o.provider_id = p.id and o.verdict in ('listable', 'listable-with-warnings')
        join treatment t on t.id = o.treatment_id
        join condition c on c.id = o.condition_id
        left join lateral (
          select array_agg(distinct accreditor) as accreditors, count(*)::int as n
            from accreditation
           where provider_id = p.id and verification = 'verified' and valid_to >= current_date
        ) a on true
       where true ${only}
       group by p.id, a.accreditors, a.n`)
    // The dictionary for spelling correction: words only ever accumulate, which is harmless.
    await tx.execute(sql`
      insert into search_word (word)
      select distinct w from provider_listing l, regexp_split_to_table(l.search_text, '[^[:alnum:]]+') as w
       where length(w) >= 2 ${
         providerIds
           ? sql`and l.provider_id in (${sql.join(
               providerIds.map((id) => sql`${id}`),
               sql`, `,
             )})`
           : sql``
       }
      on conflict do nothing`)
  })
}
