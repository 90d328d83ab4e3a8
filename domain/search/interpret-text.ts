// Free text such as "stem cell ALS India" names a topic, a condition and a
// country. Recognising them lets search answer honestly: it shows the guide
// on the topic and filters by what was meant, instead of matching words.
export type Topic = 'stem-cells'

export type Synonyms = {
  /** condition id → words that mean it, in every supported language */
  conditions: Record<string, readonly string[]>
  /** ISO country code → names, in every supported language */
  countries: Record<string, readonly string[]>
}

const stemCellWords = [
  'stem cell',
  'stem cells',
  'stemcell',
  'cellule souche',
  'cellules souches',
  'الخلايا الجذعية',
  'خلايا جذعية',
  'msc',
  'mesenchymal',
]

export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents and Arabic short vowels
    .replace(/\u0640/g, '') // tatweel
    .replace(/[إأآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function takePhrase(haystack: string, phrase: string): string | null {
  const p = normaliseForMatch(phrase)
  if (!p) return null
  const re = new RegExp(`(^| )${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`)
  return re.test(haystack) ? haystack.replace(re, ' ').replace(/\s+/g, ' ').trim() : null
}

export type Interpretation = {
  topics: Topic[]
  condition: string | null
  country: string | null
  rest: string
}

export function interpretText(text: string, synonyms: Synonyms): Interpretation {
  let rest = normaliseForMatch(text)
  const topics: Topic[] = []
  for (const w of [...stemCellWords].sort((a, b) => b.length - a.length)) {
    const left = takePhrase(rest, w)
    if (left !== null) {
      rest = left
      if (!topics.includes('stem-cells')) topics.push('stem-cells')
    }
  }
  const find = (table: Record<string, readonly string[]>): string | null => {
    const entries = Object.entries(table).flatMap(([id, words]) => words.map((w) => [id, w] as const))
    entries.sort((a, b) => b[1].length - a[1].length)
    for (const [id, word] of entries) {
      const left = takePhrase(rest, word)
      if (left !== null) {
        rest = left
        return id
      }
    }
    return null
  }
  const condition = find(synonyms.conditions)
  const country = find(synonyms.countries)
  // Words like "therapy", "treatment" or "in" carry no meaning for matching.
  const filler = new Set([
    'therapy',
    'therapie',
    'treatment',
    'traitement',
    'in',
    'en',
    'for',
    'pour',
    'de',
    'the',
    'le',
    'la',
    'علاج',
    'في',
  ])
  rest = rest
    .split(' ')
    .filter((w) => w && !filler.has(w))
    .join(' ')
  return { topics, condition, country, rest }
}
