import { asc, sql } from 'drizzle-orm'
import type { ListingIndex } from '#domain/search/listing-index.ts'
import type { SearchVocabulary } from '#domain/search/search-query.ts'
import { compileLexicon, type Lexicon } from '#domain/search/lexicon.ts'
import { buildSpellingIndex, type SpellingIndex } from '#domain/search/spelling.ts'
import { localeInfo, locales } from '#domain/i18n/locales.ts'
import { provider } from '../../db/schema/app.ts'
import { accreditation, condition, exchangeRate, treatment } from '../../db/schema/catalogue.ts'
import { rowsOf } from '../../db/rows.ts'
import type { Runtime } from '../../runtime.ts'
import { listingChangesPublishedHere, publishListingChange } from '../../catalogue/listing-changed.ts'
import { readListingIndex } from './read-listing-index.ts'
import { lexiconFile } from './search-lexicon.ts'

export type Vocabulary = SearchVocabulary & {
  /** What free text can name, in every language, compiled from content/search/lexicon.json. */
  lexicon: Lexicon
  /** The listing words, for spelling correction in memory. */
  spelling: SpellingIndex
  /** A treatment key the lexicon recognises → the treatment ids it means. */
  treatmentGroups: Record<string, string[]>
  conditionNames: Record<string, string>
  treatmentNames: Record<string, string>
  rates: Record<string, { perUsd: number; asOf: string }>
  /** Every listing, indexed: the search is answered from it (ADR 0077). */
  listings: ListingIndex
}

// What the filters may hold, the words search knows and the listings
// themselves: read from the catalogue, cached because it changes only when
// the catalogue does. The cache belongs to the runtime it was read through
// and is dropped by the same listing-change notice that purges the public
// pages (ADR 0056, 0070), and at once in the process that published the
// change: whichever instance approves a clinic or withdraws an offer, every
// instance's search follows, not a minute later (ADR 0077). A load that began
// before a change is never used after it, even by a search that was already
// waiting for it: that search reads again. The minute's expiry is for what
// changes without a notice (exchange rates, names).
// This module may be loaded twice (once by the server, once inside the React
// Router build); each copy subscribes for its own cache, so both are purged.
type Stamp = { generation: number; forgotten: number; published: number }
type Cached = { at: number; stamp: Stamp; value: Promise<Vocabulary>; ready?: Vocabulary }
type PerRuntime = { cached: Cached | null; generation: number; refreshing: Cached | null }
const caches = new WeakMap<object, PerRuntime>()
const TTL_MS = 60_000
/** Bumped by `forgetSearchVocabulary()`: every runtime's cache is then stale. */
let forgotten = 0

function cacheOf(rt: Runtime): PerRuntime {
  let entry = caches.get(rt)
  if (!entry) {
    const fresh: PerRuntime = { cached: null, generation: 0, refreshing: null }
    // A purge counts, so a load that began before it is not kept (it may have read the old rows).
    rt.listingChanges.subscribe(() => {
      fresh.generation++
      fresh.cached = null
      fresh.refreshing = null
    })
    caches.set(rt, fresh)
    entry = fresh
  }
  return entry
}

const stampOf = (entry: PerRuntime): Stamp => ({
  generation: entry.generation,
  forgotten,
  published: listingChangesPublishedHere(),
})
const sameStamp = (a: Stamp, b: Stamp) =>
  a.generation === b.generation && a.forgotten === b.forgotten && a.published === b.published

export async function loadSearchVocabulary(rt: Runtime, now = Date.now()): Promise<Vocabulary> {
  const entry = cacheOf(rt)
  for (;;) {
    const stamp = stampOf(entry)
    let cached = entry.cached
    if (cached?.ready && sameStamp(cached.stamp, stamp) && now - cached.at >= TTL_MS) {
      // Only the minute ran out, nothing was announced: searches keep the
      // index they have while the next one loads (a load at 10,000 listings
      // takes a third of a second or more, and every search would wait).
      refreshInBackground(rt, entry, cached, stamp, now)
      return cached.ready
    }
    if (!cached || !sameStamp(cached.stamp, stamp)) {
      // One load at a time: requests arriving meanwhile share it.
      entry.cached = cached = startLoad(rt, entry, stamp, now)
    }
    const value = await cached.value
    // A change announced while it loaded: it may hold the old rows, read again.
    if (sameStamp(cached.stamp, stampOf(entry))) return value
  }
}

function startLoad(rt: Runtime, entry: PerRuntime, stamp: Stamp, now: number): Cached {
  const mine: Cached = { at: now, stamp, value: readVocabulary(rt) }
  mine.value.then(
    (v) => (mine.ready = v),
    () => {
      if (entry.cached === mine) entry.cached = null
    },
  )
  return mine
}

function refreshInBackground(rt: Runtime, entry: PerRuntime, old: Cached, stamp: Stamp, now: number): void {
  if (entry.refreshing) return
  const next = startLoad(rt, entry, stamp, now)
  entry.refreshing = next
  next.value.then(
    () => {
      // Kept only if nothing was announced while it loaded.
      if (entry.refreshing === next && entry.cached === old && sameStamp(next.stamp, stampOf(entry)))
        entry.cached = next
      if (entry.refreshing === next) entry.refreshing = null
    },
    () => {
      if (entry.refreshing === next) entry.refreshing = null
    },
  )
}

async function readVocabulary(rt: Runtime): Promise<Vocabulary> {
  const db = rt.database.db
  await refreshIfStale(rt)
  const [conditions, treatments, countries, accreditors, languages, rates, words, listings] =
    await Promise.all([
      db.select({ id: condition.id, name: condition.name }).from(condition).orderBy(asc(condition.name)),
      db
        .select({ id: treatment.id, name: treatment.name, cls: treatment.treatmentClass })
        .from(treatment)
        .orderBy(asc(treatment.name)),
      db.selectDistinct({ code: provider.countryCode }).from(provider).orderBy(asc(provider.countryCode)),
      db
        .selectDistinct({ name: accreditation.accreditor })
        .from(accreditation)
        .orderBy(asc(accreditation.accreditor)),
      db.execute(sql`select distinct unnest(languages) as code from provider order by 1`),
      db.select().from(exchangeRate).orderBy(asc(exchangeRate.currency)),
      db.execute(sql`select word from search_word`),
      readListingIndex(db),
    ])
  const countryCodes = countries.map((c) => c.code)
  const countryNames: Record<string, string[]> = {}
  for (const code of countryCodes) {
    countryNames[code] = locales.map(
      (l) => new Intl.DisplayNames([localeInfo[l].intl], { type: 'region' }).of(code) ?? code,
    )
  }
  const treatmentGroups: Record<string, string[]> = Object.fromEntries(treatments.map((t) => [t.id, [t.id]]))
  for (const [group, cls] of Object.entries(lexiconFile.treatments))
    if (cls.treatmentClass) {
      const ids = treatments.filter((t) => t.cls === cls.treatmentClass).map((t) => t.id)
      if (ids.length) treatmentGroups[group] = ids
    }
  return {
    conditions: conditions.map((c) => c.id),
    treatments: treatments.map((t) => t.id),
    countries: countryCodes,
    accreditors: accreditors.map((a) => a.name),
    languages: rowsOf<{ code: string }>(languages).map((r) => r.code),
    currencies: rates.map((r) => r.currency),
    lexicon: compileLexicon(lexiconFile, {
      countryNames,
      countries: countryCodes,
      treatments: Object.keys(treatmentGroups),
    }),
    spelling: buildSpellingIndex(rowsOf<{ word: string }>(words).map((r) => r.word)),
    treatmentGroups,
    conditionNames: Object.fromEntries(conditions.map((c) => [c.id, c.name])),
    treatmentNames: Object.fromEntries(treatments.map((t) => [t.id, t.name])),
    rates: Object.fromEntries(
      rates.map((r) => [r.currency, { perUsd: Number(r.perUsd), asOf: String(r.asOf) }]),
    ),
    listings,
  }
}

/**
 * Listings built before their words were normalised in JavaScript (ADR 0030)
 * have an empty name_vector: rebuild them once, so an upgraded database finds
 * what a fresh one does.
 */
async function refreshIfStale(rt: Runtime): Promise<void> {
  const stale = rowsOf(
    await rt.database.db.execute(
      sql`select 1 from provider_listing where name_vector = ''::tsvector limit 1`,
    ),
  )
  if (stale.length === 0) return
  try {
    await publishListingChange(rt.database.db)
  } catch (error) {
    // Another instance rebuilding at the same moment: its result serves both.
    rt.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'listing refresh')
  }
}

/** Drops every runtime's cached vocabulary in this module copy (tests, benchmarks). */
export function forgetSearchVocabulary(): void {
  forgotten++
}
