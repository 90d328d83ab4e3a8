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

/** Where `phrase` occurs in `tokens` among the words not yet taken, or -1. */
function findPhrase(tokens: readonly string[], taken: readonly boolean[], phrase: Phrase): number {
  const n = phrase.tokens.length
  outer: for (let i = 0; i + n <= tokens.length; i++) {
    for (let j = 0; j < n; j++) if (taken[i + j] || tokens[i + j] !== phrase.tokens[j]) continue outer
    return i
  }
  return -1
}

export function interpretText(text: string, lexicon: Lexicon): Interpretation {
  const tokens = searchTokens(text, lexicon.affixes)
  const taken = tokens.map(() => false)
  // The longest phrase found names what was meant; every other way of saying
  // the same thing is taken out too, so "ALS, motor neurone disease" leaves no stray words.
  const recognise = (list: readonly Phrase[]): string | null => {
    let found: string | null = null
    for (const phrase of list) {
      // A second treatment named is left as words: a provider must then offer both.
      if (found !== null && phrase.id !== found) continue
      for (let at = findPhrase(tokens, taken, phrase); at >= 0; at = findPhrase(tokens, taken, phrase)) {
        for (let j = 0; j < phrase.tokens.length; j++) taken[at + j] = true
        found = phrase.id
      }
    }
    return found
  }
  const treatment = recognise(lexicon.treatments)
  const condition = recognise(lexicon.conditions)
  const country = recognise(lexicon.countries)
  // Words like "therapy", "pour" or "في" carry no meaning for matching.
  const rest = tokens.filter((w, i) => !taken[i] && !lexicon.filler.has(w)).join(' ')
  const topics: Topic[] = treatment === 'stem-cells' ? ['stem-cells'] : []
  return { topics, treatment, condition, country, rest }
}
