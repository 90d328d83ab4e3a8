import { interpretText, type Topic } from '#domain/search/interpret-text.ts'
import { pageCount, parseSearchQuery, type Ignored, type SearchQuery } from '#domain/search/search-query.ts'
import type { Runtime } from '../../runtime.ts'
import { searchProviders, type ProviderHit } from './search-providers.ts'
import { loadSearchVocabulary, type Vocabulary } from './search-vocabulary.ts'

export type ProviderSearchPage = {
  query: SearchQuery
  ignored: Ignored[]
  understood: { condition: string | null; country: string | null; topics: Topic[] }
  total: number
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
  >
  rate: { currency: string; perUsd: number; asOf: string }
}

/** Parse the URL, read what the words mean, and run the search. */
export async function providerSearchPage(rt: Runtime, params: URLSearchParams): Promise<ProviderSearchPage> {
  const vocabulary = await loadSearchVocabulary(rt)
  const { query, ignored } = parseSearchQuery(params, vocabulary)
  const meaning = interpretText(query.text, vocabulary.synonyms)
  const rate = vocabulary.rates[query.currency] ?? { perUsd: 1, asOf: '' }
  const words = meaning.rest.split(' ').filter((w) => w.length >= 2)
  const { total, hits } = await searchProviders(rt.database.db, {
    ...query,
    // Words that name a condition or a country act as those filters.
    condition: query.condition ?? meaning.condition,
    country: query.country ?? meaning.country,
    words,
    usdPerViewerUnit: 1 / rate.perUsd,
  })
  return {
    query,
    ignored,
    understood: { condition: meaning.condition, country: meaning.country, topics: meaning.topics },
    total,
    pages: pageCount(total),
    hits,
    vocabulary: {
      conditions: vocabulary.conditions,
      treatments: vocabulary.treatments,
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
