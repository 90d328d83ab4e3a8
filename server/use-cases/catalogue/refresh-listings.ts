import { sql } from 'drizzle-orm'
import { searchTokens } from '#domain/search/normalise.ts'
import type { Db } from '../../db/client.ts'
import { rowsOf } from '../../db/rows.ts'
import { pgTextArray, plainLexicon } from './search-lexicon.ts'

const BATCH = 2000

/**
 * Rebuilds the search rows of some providers (or all) from their public
 * offers. Providers with no public offer lose their row, so they cannot be
 * found. Accreditations count only while verified and in date.
 *
 * The words are normalised here, in JavaScript, by the same function that
 * reads a query (domain/search/normalise.ts), and stored without positions:
 * the provider's own text and the names of its treatments and conditions.
 * Their names in other languages need no place here: a query naming them is
 * read as a filter (domain/search/interpret-text.ts).
 */
export async function refreshProviderListings(db: Db, providerIds?: string[]): Promise<void> {
  const only = (column: string) =>
    providerIds ? sql`and ${sql.raw(column)} = any(${pgTextArray(providerIds)}::text[])` : sql``
  const { affixes } = plainLexicon()
  const tokensOf = (texts: string[]) => {
    const out = new Set<string>()
    for (const t of texts) for (const w of searchTokens(t, affixes)) if (w.length >= 2) out.add(w)
    return [...out]
  }
  await db.transaction(async (tx) => {
    // The words first, read from what the listing will hold.
    const sources = rowsOf<{ id: string; name: string; city: string; search_text: string; names: string[] }>(
      await tx.execute(sql`
        select p.id, p.name, p.city, p.search_text,
               array_agg(distinct t.name) || array_agg(distinct c.name) as names
          from provider p
          join offer o on o.provider_id = p.id and o.verdict in ('listable', 'listable-with-warnings') and o.review_status = 'approved'
          join treatment t on t.id = o.treatment_id
          join condition c on c.id = o.condition_id
         where p.review_status = 'approved' ${only('p.id')}
         group by p.id`),
    )
    await tx.execute(
      providerIds
        ? sql`delete from provider_listing where provider_id = any(${pgTextArray(providerIds)}::text[])`
        : sql`delete from provider_listing`,
    )
    // A full rebuild starts the spelling dictionary afresh too.
    if (!providerIds) await tx.execute(sql`delete from search_word`)
    const dictionary = new Set<string>()
    for (let start = 0; start < sources.length; start += BATCH) {
      const batch = sources.slice(start, start + BATCH)
      const words = batch.map((s) => tokensOf([s.name, s.city, s.search_text, ...s.names]))
      for (const list of words) for (const w of list) dictionary.add(w)
      await tx.execute(sql`
        insert into provider_listing (provider_id, name, slug, kind, is_demo, country_code, city, city_lower, languages, condition_ids, treatment_ids, pathways,
          accreditors, verified_accreditations, offer_count, min_price_usd_cents, max_price_usd_cents, last_verified_at, search_vector, name_vector,
          offer_keys, offer_min_usd_cents, offer_max_usd_cents)
        select p.id, p.name, p.slug, p.kind, p.is_demo, p.country_code, p.city, lower(p.city), p.languages,
               array_agg(distinct o.condition_id), array_agg(distinct o.treatment_id), array_agg(distinct o.pathway),
               coalesce(a.accreditors, '{}'), coalesce(a.n, 0), count(o.id)::int,
               min(o.price_min_usd_cents), max(o.price_max_usd_cents), p.last_verified_at,
               array_to_tsvector(string_to_array(v.words, ' ')), array_to_tsvector(string_to_array(v.own, ' ')),
               array_agg(o.treatment_id || '|' || o.pathway || '|' || o.condition_id order by o.id),
               array_agg(o.price_min_usd_cents order by o.id), array_agg(o.price_max_usd_cents order by o.id)
          from unnest(${pgTextArray(batch.map((s) => s.id))}::text[], ${pgTextArray(words.map((w) => w.join(' ')))}::text[],
                      ${pgTextArray(batch.map((s) => tokensOf([s.name, s.city]).join(' ')))}::text[]) as v(id, words, own)
          join provider p on p.id = v.id
          join offer o on o.provider_id = p.id and o.verdict in ('listable', 'listable-with-warnings') and o.review_status = 'approved'
          left join lateral (
            select array_agg(distinct accreditor) as accreditors, count(*)::int as n
              from accreditation
             where provider_id = p.id and verification = 'verified' and valid_to >= current_date
          ) a on true
         group by p.id, a.accreditors, a.n, v.words, v.own`)
    }
    // The dictionary for spelling correction: words only ever accumulate, which is harmless.
    const all = [...dictionary]
    for (let start = 0; start < all.length; start += 5000)
      await tx.execute(sql`
        insert into search_word (word)
        select unnest(${pgTextArray(all.slice(start, start + 5000))}::text[])
        on conflict do nothing`)
  })
}
