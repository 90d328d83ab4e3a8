import { searchTokens, type ArabicAffixes } from './normalise.ts'

// The words search recognises, kept as data (content/search/lexicon.json) and
// compiled once into token sequences, so reading a query is a few array
// comparisons rather than a regular expression per phrase.

type WordsByLanguage = { [language: string]: unknown }

/** The shape of content/search/lexicon.json. */
export type LexiconFile = {
  conditions: Record<string, WordsByLanguage>
  treatments: Record<string, WordsByLanguage & { treatmentClass?: string }>
  countries: Record<string, WordsByLanguage>
  /** A city as the catalogue writes it → its names in other languages ("Cologne": "Köln", "كولونيا"). */
  places?: Record<string, WordsByLanguage>
  filler: WordsByLanguage
  arabic: ArabicAffixes
}

export type Phrase = { id: string; tokens: readonly string[] }

export type Lexicon = {
  affixes: ArabicAffixes
  /** Longest phrases first, so "motor neurone disease" wins over "motor". */
  conditions: readonly Phrase[]
  treatments: readonly Phrase[]
  countries: readonly Phrase[]
  /** Another language's name of a city; its id is the city as the catalogue writes it. */
  places: readonly Phrase[]
  filler: ReadonlySet<string>
  /** A treatment key that names a group of treatments → the class whose treatments it means. */
  treatmentClasses: Readonly<Record<string, string>>
  /** Every word of every phrase, per treatment and condition key: indexed with the listings that offer them. */
  wordsById: Readonly<Record<string, readonly string[]>>
}

const words = (entry: WordsByLanguage): string[] =>
  Object.entries(entry).flatMap(([key, value]) =>
    key !== 'treatmentClass' && Array.isArray(value) ? value.map(String) : [],
  )

function phrases(table: Record<string, readonly string[]>, affixes: ArabicAffixes): Phrase[] {
  const seen = new Set<string>()
  const out: Phrase[] = []
  for (const [id, list] of Object.entries(table))
    for (const w of list) {
      const tokens = searchTokens(w, affixes)
      const key = `${id}|${tokens.join(' ')}`
      if (tokens.length === 0 || seen.has(key)) continue
      seen.add(key)
      out.push({ id, tokens })
    }
  return out.sort((a, b) => b.tokens.length - a.tokens.length || a.id.localeCompare(b.id))
}

/**
 * Compiles the lexicon file. `countryNames` adds names from elsewhere (the
 * region names Intl gives in each language); `countries` limits countries to
 * those the catalogue has, and `treatments` the treatment keys to known ids
 * or groups (both optional, for tests).
 */
export function compileLexicon(
  file: LexiconFile,
  options: {
    countryNames?: Record<string, readonly string[]>
    countries?: readonly string[]
    treatments?: readonly string[]
  } = {},
): Lexicon {
  const affixes = file.arabic
  const countries: Record<string, string[]> = {}
  for (const [code, entry] of Object.entries(file.countries)) countries[code] = words(entry)
  for (const [code, names] of Object.entries(options.countryNames ?? {}))
    countries[code] = [...(countries[code] ?? []), ...names]
  if (options.countries)
    for (const code of Object.keys(countries)) if (!options.countries.includes(code)) delete countries[code]
  const conditions = Object.fromEntries(Object.entries(file.conditions).map(([id, e]) => [id, words(e)]))
  const treatmentClasses: Record<string, string> = {}
  const treatments: Record<string, string[]> = {}
  for (const [key, entry] of Object.entries(file.treatments)) {
    if (entry.treatmentClass) treatmentClasses[key] = entry.treatmentClass
    else if (options.treatments && !options.treatments.includes(key)) continue
    treatments[key] = words(entry)
  }
  const wordsById: Record<string, string[]> = {}
  for (const [id, list] of [...Object.entries(conditions), ...Object.entries(treatments)])
    wordsById[id] = [...new Set(list.flatMap((w) => searchTokens(w, affixes)))]
  return {
    affixes,
    conditions: phrases(conditions, affixes),
    treatments: phrases(treatments, affixes),
    countries: phrases(countries, affixes),
    places: phrases(
      Object.fromEntries(Object.entries(file.places ?? {}).map(([city, e]) => [city, words(e)])),
      affixes,
    ),
    filler: new Set(words(file.filler).flatMap((w) => searchTokens(w, affixes))),
    treatmentClasses,
    wordsById,
  }
}
