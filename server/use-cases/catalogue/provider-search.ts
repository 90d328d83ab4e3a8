import { interpretText, type Topic } from '#domain/search/interpret-text.ts'
import { pageCount, parseSearchQuery, type Ignored, type SearchQuery } from '#domain/search/search-query.ts'
import { searchListings, type ProviderHit, type SearchFilters } from '#domain/search/listing-index.ts'
import { spellCorrectedWords } from '#domain/search/spelling.ts'
import type { Runtime } from '../../runtime.ts'
import { loadSearchVocabulary, type Vocabulary } from './search-vocabulary.ts'

export type ProviderSearchPage = {
  query: SearchQuery
  ignored: Ignored[]
  understood: { condition: string | null; country: string | null; treatment: string | null; topics: Topic[] }
  total: number
  /** More than `total` match: the count stopped (ADR 0030). */
  moreThan: boolean
  pages: number
  hits: ProviderHit[]
  vocabulary: Pick<
    Vocabulary,
    | 'conditions'
    | 'treatments'
    | 'countries'
    | 'accreditors'
    | 'languages'
    | 'currencies'
    | 'conditionNames'
    | 'treatmentNames'
  > & {
    /** Groups of treatments the treatment filter offers beside single ones (e.g. `stem-cells`). */
    treatmentGroupIds: string[]
  }
  rate: { currency: string; perUsd: number; asOf: string }
}

/** The URL read into the search's filters: words recognised, the rest spell-corrected in memory. */
export function searchFilters(
  vocabulary: Vocabulary,
  params: URLSearchParams,
): {
  query: SearchQuery
  ignored: Ignored[]
  understood: ProviderSearchPage['understood']
  filters: SearchFilters
  /** A word matches nothing the catalogue holds: nothing can be found. */
  nothing: boolean
} {
  // The treatment filter takes one treatment or a group of them (such as every
  // stem cell treatment), so it can show what the words were read as.
  const groups = vocabulary.treatmentGroups
  const { query, ignored } = parseSearchQuery(params, { ...vocabulary, treatments: Object.keys(groups) })
  const chosenGroup =
    query.treatment && !vocabulary.treatments.includes(query.treatment) ? query.treatment : null
  const meaning = interpretText(query.text, vocabulary.lexicon)
  const rate = vocabulary.rates[query.currency] ?? { perUsd: 1, asOf: '' }
  const words = meaning.rest
    .split(' ')
    .filter((w) => w.length >= 2)
    .slice(0, 6)
  const corrected = words.length ? spellCorrectedWords(vocabulary.spelling, words) : null
  const treatmentAny = chosenGroup
    ? (groups[chosenGroup] ?? null)
    : meaning.treatment
      ? (groups[meaning.treatment] ?? null)
      : null
  return {
    query,
    ignored,
    understood: {
      condition: meaning.condition,
      country: meaning.country,
      treatment: meaning.treatment,
      topics: meaning.topics,
    },
    filters: {
      ...query,
      // Words that name a condition, a treatment or a country act as those filters.
      condition: query.condition ?? meaning.condition,
      country: query.country ?? meaning.country,
      treatment: chosenGroup ? null : query.treatment,
      treatmentAny,
      words: corrected,
      usdPerViewerUnit: 1 / rate.perUsd,
    },
    nothing: words.length > 0 && corrected === null,
  }
}

/**
 * Parse the URL, read what the words mean, and run the search: in memory,
 * on the runtime's index of provider_listing (ADR 0077), so a search sends
 * no statement once the index is loaded.
 */
export async function providerSearchPage(rt: Runtime, params: URLSearchParams): Promise<ProviderSearchPage> {
  const vocabulary = await loadSearchVocabulary(rt)
  const { query, ignored, understood, filters, nothing } = searchFilters(vocabulary, params)
  const rate = vocabulary.rates[query.currency] ?? { perUsd: 1, asOf: '' }
  const { total, moreThan, hits } = nothing
    ? { total: 0, moreThan: false, hits: [] }
    : searchListings(vocabulary.listings, filters)
  return {
    query,
    ignored,
    understood,
    total,
    moreThan,
    pages: pageCount(total),
    hits,
    vocabulary: {
      conditions: vocabulary.conditions,
      treatments: vocabulary.treatments,
      treatmentGroupIds: Object.keys(vocabulary.treatmentGroups).filter(
        (g) => !vocabulary.treatments.includes(g),
      ),
      countries: vocabulary.countries,
      accreditors: vocabulary.accreditors,
      languages: vocabulary.languages,
      currencies: vocabulary.currencies,
      conditionNames: vocabulary.conditionNames,
      treatmentNames: vocabulary.treatmentNames,
    },
    rate: { currency: query.currency, ...rate },
  }
}
