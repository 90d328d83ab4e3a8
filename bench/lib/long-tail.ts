// The long tail of searches: many distinct questions, each asked once, as real
// visitors ask them — words in English, French and Arabic, with typos and
// without accents, filters, sorts and later pages. Deterministic: the same
// seed always gives the same list, so two runs measure the same work.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// What people type: treatments, conditions, places and kinds of provider, in
// the three languages the site speaks. Provider names come from the catalogue.
const phrases = [
  'stem cells',
  'stem cell als india',
  'stem cells for als in india',
  'cellules souches',
  'cellules souches pour la SLA en Inde',
  'الخلايا الجذعية',
  'الخلايا الجذعية للتصلب الجانبي الضموري في الهند',
  'علاج التصلب الجانبي بالخلايا الجذعية',
  'breathing support',
  'ventilation non invasive',
  'assistance respiratoire',
  'دعم التنفس',
  'feeding tube',
  'gastrostomie',
  'rehabilitation',
  'physiotherapy',
  'rééducation',
  'kinésithérapie',
  'العلاج الطبيعي',
  'multidisciplinary care',
  'riluzole',
  'edaravone',
  'tofersen',
  'motor neurone disease',
  'maladie de Charcot',
  'sclérose latérale amyotrophique',
  'التصلب الجانبي',
  'als',
  'hospital',
  'clinic',
  'neuro',
  'clinique',
  'hôpital',
  'مستشفى',
]
const places = [
  'Bengaluru',
  'Chennai',
  'New Delhi',
  'Mumbai',
  'Hyderabad',
  'Kochi',
  'Seoul',
  'Busan',
  'Cologne',
  'Berlin',
  'Munich',
  'Hamburg',
  'Guadalajara',
  'Monterrey',
  'Bangkok',
  'Chiang Mai',
  'Istanbul',
  'Ankara',
  'India',
  'Inde',
  'الهند',
  'بالهند',
  'Germany',
  'Allemagne',
  'ألمانيا',
  'Thailand',
  'Thaïlande',
  'تايلاند',
  'Turkey',
  'Turquie',
  'تركيا',
  'Korea',
  'Corée du Sud',
  'Mexico',
  'Mexique',
]
const nameSyllables = [
  'lo',
  'tus',
  'ha',
  'na',
  'ri',
  'vel',
  'mar',
  'sun',
  'ka',
  'de',
  'mi',
  'ra',
  'so',
  'bel',
  'tan',
  'or',
]
const countries = ['IN', 'KR', 'DE', 'MX', 'TH', 'TR']
const treatments = [
  'niv',
  'gastrostomy',
  'mdt-care',
  'rehab',
  'riluzole',
  'msc-ntf',
  'bm-mnc',
  'lenzumestrocel',
]
const languages = ['en', 'ar', 'fr', 'ru', 'hi', 'de', 'es', 'tr']
const currencies = ['EUR', 'INR', 'GBP', 'AED']
const sorts = ['price-low', 'price-high', 'verified']

/** One typo of the kinds people make: a letter dropped, doubled, swapped or replaced. */
export function typo(word: string, rand: () => number): string {
  const letters = [...word]
  if (letters.length < 4) return word
  const i = 1 + Math.floor(rand() * (letters.length - 2))
  const kind = Math.floor(rand() * 4)
  if (kind === 0) letters.splice(i, 1)
  else if (kind === 1) letters.splice(i, 0, letters[i]!)
  else if (kind === 2) [letters[i], letters[i + 1]] = [letters[i + 1] ?? letters[i]!, letters[i]!]
  else letters[i] = 'aeiourstn'[Math.floor(rand() * 9)]!
  return letters.join('')
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '')

/**
 * `count` distinct query strings for /providers (without the `?`). About half
 * carry words (a third of those with a typo), most carry a filter, some a sort
 * and a later page.
 */
export function longTailQueries(count: number, seed = 20261202): string[] {
  const rand = mulberry32(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const seen = new Set<string>()
  const out: string[] = []
  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const p = new URLSearchParams()
    const kind = rand()
    let words: string[] = []
    if (kind < 0.3) words = [pick(phrases)]
    else if (kind < 0.45) words = [pick(phrases), pick(places)]
    else if (kind < 0.55) words = [pick(places)]
    else if (kind < 0.65)
      // A provider's name, or part of it, as remembered.
      words = [`${pick(nameSyllables)}${pick(nameSyllables)}${pick(nameSyllables)}`]
    if (words.length) {
      let text = words.join(' ')
      if (rand() < 0.35)
        text = text
          .split(' ')
          .map((w) => (rand() < 0.5 ? typo(w, rand) : w))
          .join(' ')
      if (rand() < 0.3) text = stripAccents(text)
      if (rand() < 0.2) text = text.toUpperCase()
      p.set('q', text)
    }
    if (rand() < 0.35) p.set('country', pick(countries))
    if (rand() < 0.25) p.set('treatment', pick(treatments))
    if (rand() < 0.1) p.set('condition', 'als')
    if (rand() < 0.12) p.set('pathway', rand() < 0.5 ? 'registered-trial' : 'standard-care')
    if (rand() < 0.15) p.set('language', pick(languages))
    if (rand() < 0.05) p.set('accreditation', 'JCI')
    if (rand() < 0.1) p.set('verified', 'yes')
    if (rand() < 0.15) {
      if (rand() < 0.5) p.set('currency', pick(currencies))
      if (rand() < 0.7) p.set('max', String(1000 * (1 + Math.floor(rand() * 20))))
      if (rand() < 0.3) p.set('min', String(500 * (1 + Math.floor(rand() * 10))))
    }
    if (rand() < 0.35) p.set('sort', pick(sorts))
    const r = rand()
    if (r < 0.25) p.set('page', String(2 + Math.floor(rand() * 4)))
    else if (r < 0.3) p.set('page', String(6 + Math.floor(rand() * 40)))
    const q = p.toString()
    if (seen.has(q)) continue
    seen.add(q)
    out.push(q)
  }
  return out
}
