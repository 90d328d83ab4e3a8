import { searchTokens } from './normalise.ts'
import type { Lexicon, Phrase } from './lexicon.ts'

// Free text such as "stem cell ALS India", "cellules souches pour la SLA en
// Inde" or "الخلايا الجذعية للتصلب الجانبي الضموري في الهند" names a
// treatment, a condition and a country. Recognising them lets search answer
// honestly: it shows the guide on the topic and filters by what was meant,
// instead of matching words. What is left is matched as words.
export type Topic = 'stem-cells'

export type Interpretation = {
  topics: Topic[]
  /** A treatment id, or a group of treatments (a key of the lexicon's treatmentClasses). */
  treatment: string | null
  condition: string | null
  country: string | null
  /** The words not recognised, normalised, joined by spaces. */
  rest: string
}

/**
 * Whether a typed word reads as a lexicon word. `begun`: the word may be cut
 * short, being the last one typed or one that follows the start of a phrase.
 */
type WordMatch = (typed: string, word: string, begun: boolean) => boolean

const same: WordMatch = (typed, word) => typed === word

/**
 * One slip in a word of five letters or more (a letter missing, added,
 * wrong, or two swapped: "Indai", "sclerosys"), or the beginning of a word of
 * three letters or more where a word may be cut short ("stem cel", "Ger"), as
 * someone with weak hands, or still typing, writes it.
 */
export const near: WordMatch = (typed, word, begun) =>
  typed === word ||
  (begun && typed.length >= 3 && word.startsWith(typed)) ||
  (typed.length >= 5 && word.length >= 5 && withinOneEdit(typed, word))

/** Optimal string alignment distance ≤ 1, without building the table. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (i === a.length) return true
    // One letter wrong, or this letter and the next swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  // One letter more in the longer word.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Where `phrase` occurs in `tokens` among the words not yet taken, or -1. */
function findPhrase(
  tokens: readonly string[],
  taken: readonly boolean[],
  phrase: Phrase,
  match: WordMatch,
): number {
  const n = phrase.tokens.length
  outer: for (let i = 0; i + n <= tokens.length; i++) {
    for (let j = 0; j < n; j++)
      if (taken[i + j] || !match(tokens[i + j]!, phrase.tokens[j]!, j > 0 || i + j === tokens.length - 1))
        continue outer
    return i
  }
  return -1
}

export function interpretText(text: string, lexicon: Lexicon): Interpretation {
  const tokens = searchTokens(text, lexicon.affixes)
  const taken = tokens.map(() => false)
  // The longest phrase found names what was meant; every other way of saying
  // the same thing is taken out too, so "ALS, motor neurone disease" leaves no stray words.
  const recognise = (list: readonly Phrase[], match: WordMatch, found: string | null): string | null => {
    for (const phrase of list) {
      // A second treatment named is left as words: a provider must then offer both.
      if (found !== null && phrase.id !== found) continue
      for (
        let at = findPhrase(tokens, taken, phrase, match);
        at >= 0;
        at = findPhrase(tokens, taken, phrase, match)
      ) {
        for (let j = 0; j < phrase.tokens.length; j++) taken[at + j] = true
        found = phrase.id
      }
    }
    return found
  }
  // Words as written first, so a slip is never read into a word that was typed right.
  let treatment = recognise(lexicon.treatments, same, null)
  let condition = recognise(lexicon.conditions, same, null)
  let country = recognise(lexicon.countries, same, null)
  treatment = recognise(lexicon.treatments, near, treatment)
  condition = recognise(lexicon.conditions, near, condition)
  country = recognise(lexicon.countries, near, country)
  // Words like "therapy", "pour" or "في" carry no meaning for matching.
  // A city named in another language is matched as the catalogue writes it ("Köln" as "Cologne").
  const renamed = new Map<number, string>()
  for (const place of lexicon.places)
    for (
      let at = findPhrase(tokens, taken, place, same);
      at >= 0;
      at = findPhrase(tokens, taken, place, same)
    ) {
      for (let j = 0; j < place.tokens.length; j++) taken[at + j] = true
      renamed.set(at, searchTokens(place.id, lexicon.affixes).join(' '))
    }
  const rest = tokens
    .flatMap((w, i) => renamed.get(i) ?? (taken[i] || lexicon.filler.has(w) ? [] : [w]))
    .join(' ')
  const topics: Topic[] = treatment === 'stem-cells' ? ['stem-cells'] : []
  return { topics, treatment, condition, country, rest }
}
