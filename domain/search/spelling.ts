// Spelling correction against the dictionary of listing words, in memory.
// It asks what pg_trgm's `word % token or word like token || '%'` asked of the
// search_word table (similarity ≥ 0.35 over the same trigrams, best first,
// four at most) without a round trip to the database per search.

export const SIMILARITY_THRESHOLD = 0.35
export const MAX_CORRECTIONS = 4
/** At most this many completions are listed (the query itself uses a prefix match). */
export const MAX_PREFIX_WORDS = 8

export type SpellingIndex = {
  /** Sorted, distinct. */
  words: readonly string[]
  wordSet: ReadonlySet<string>
  trigrams: readonly ReadonlySet<string>[]
  /** trigram → indexes into words */
  postings: ReadonlyMap<string, readonly number[]>
}

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
export function trigramsOf(word: string): Set<string> {
  const chars = [' ', ' ', ...word, ' ']
  const out = new Set<string>()
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!)
  return out
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

export function buildSpellingIndex(dictionary: Iterable<string>): SpellingIndex {
  const words = [...new Set(dictionary)].filter((w) => w.length > 0).sort()
  const trigrams = words.map(trigramsOf)
  const postings = new Map<string, number[]>()
  trigrams.forEach((set, i) => {
    for (const t of set) {
      let list = postings.get(t)
      if (!list) postings.set(t, (list = []))
      list.push(i)
    }
  })
  return { words, wordSet: new Set(words), trigrams, postings }
}

/** Where `prefix` would stand in the sorted `words`: the first word at or after it. */
export function firstAtOrAfter(words: readonly string[], prefix: string): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid]! < prefix) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Dictionary words close to `token`: the word itself first when known, then by similarity. */
export function corrections(index: SpellingIndex, token: string): string[] {
  const mine = trigramsOf(token)
  const shared = new Map<number, number>()
  for (const t of mine) for (const i of index.postings.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1)
  const scored: { word: string; score: number }[] = []
  for (const [i, n] of shared) {
    const score = n / (mine.size + index.trigrams[i]!.size - n)
    if (score >= SIMILARITY_THRESHOLD) scored.push({ word: index.words[i]!, score })
  }
  scored.sort(
    (a, b) =>
      Number(b.word === token) - Number(a.word === token) || b.score - a.score || (a.word < b.word ? -1 : 1),
  )
  return scored.slice(0, MAX_CORRECTIONS).map((s) => s.word)
}

/** Dictionary words that begin with `prefix`, shortest first. */
export function completions(index: SpellingIndex, prefix: string): string[] {
  const out: string[] = []
  for (let i = firstAtOrAfter(index.words, prefix); i < index.words.length; i++) {
    const w = index.words[i]!
    if (!w.startsWith(prefix)) break
    out.push(w)
  }
  return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_WORDS)
}

/**
 * One typed word as the listing words it may be: any of `exact`, or any word
 * beginning with one of `prefixes`. A search's words are a list of these, and
 * a listing matches when it has a word of every group.
 */
export type WordGroup = { exact: string[]; prefixes: string[] }

/**
 * The words as groups (every word must match; each may be any of its
 * corrections or completions), or null when a word matches nothing in the
 * dictionary, so nothing can be found. Words are already normalised (letters
 * and digits only).
 */
export function spellCorrectedWords(index: SpellingIndex, words: readonly string[]): WordGroup[] | null {
  const groups: WordGroup[] = []
  for (const token of words) {
    if (index.wordSet.has(token)) {
      groups.push({ exact: [token], prefixes: [] })
      continue
    }
    // A typed beginning matches every word it begins ("rehab" → "rehabilitation").
    const prefixes = completions(index, token).length > 0 ? [token] : []
    const exact = corrections(index, token)
    if (prefixes.length === 0 && exact.length === 0) return null
    groups.push({ exact, prefixes })
  }
  return groups.length ? groups : null
}
