import { COUNT_AHEAD, PAGE_SIZE, type SearchQuery, type Sort } from './search-query.ts'
import { firstAtOrAfter, type WordGroup } from './spelling.ts'

// The provider search, answered in memory from the rows of provider_listing
// (ADR 0077). provider_listing is derived data: one row per provider with
// public offers, rebuilt from the policy's verdicts, so an index built from it
// alone can never find a withheld offer. The shell keeps one index per
// runtime and throws it away on every listing change.

/** One row of provider_listing, as the shell reads it. */
export type ListingRow = {
  providerId: string
  slug: string
  name: string
  kind: string
  countryCode: string
  city: string
  /** `lower(city)` as the database computed it. */
  cityLower: string
  isDemo: boolean
  /** Microseconds since 1970, the database's own precision, so ties and order are the database's. */
  lastVerifiedMicros: number | null
  languages: readonly string[]
  conditionIds: readonly string[]
  treatmentIds: readonly string[]
  pathways: readonly string[]
  accreditors: readonly string[]
  verifiedAccreditations: number
  offerCount: number
  minPriceUsdCents: number | null
  maxPriceUsdCents: number | null
  /** Each public offer as `treatment|pathway|condition`, its prices at the same place in the next two. */
  offerKeys: readonly string[]
  offerMinUsdCents: readonly (number | null)[]
  offerMaxUsdCents: readonly (number | null)[]
  /** The lexemes of search_vector. */
  words: readonly string[]
  /** The lexemes of name_vector (the name and city). */
  nameWords: readonly string[]
}

export type SearchFilters = SearchQuery & {
  /** The words, spell-corrected already: every group must match. Null for none. */
  words: readonly WordGroup[] | null
  /** Any of these treatments, when the text named a treatment or a group of them and no filter did. */
  treatmentAny: readonly string[] | null
  usdPerViewerUnit: number
}

export type ProviderHit = {
  id: string
  slug: string
  name: string
  kind: string
  countryCode: string
  city: string
  isDemo: boolean
  lastVerifiedAt: Date | null
  offerCount: number
  minPriceUsdCents: number | null
  verifiedAccreditations: number
  /** 1 when the words matched the name or city (best match first), else 0. */
  score: number
}

export type SearchResult = {
  /** Exact up to COUNT_AHEAD past the page; `moreThan` when there are more still. */
  total: number
  moreThan: boolean
  hits: ProviderHit[]
}

/** A word → the listings that have it, ascending. */
type Words = { sorted: readonly string[]; postings: readonly Uint32Array[] }

export type ListingIndex = {
  size: number
  rows: readonly ListingRow[]
  words: Words
  nameWords: Words
  /** A filter value → the listings that have it, ascending. */
  byCondition: ReadonlyMap<string, Uint32Array>
  byTreatment: ReadonlyMap<string, Uint32Array>
  byPathway: ReadonlyMap<string, Uint32Array>
  byCountry: ReadonlyMap<string, Uint32Array>
  byCity: ReadonlyMap<string, Uint32Array>
  byLanguage: ReadonlyMap<string, Uint32Array>
  byAccreditor: ReadonlyMap<string, Uint32Array>
  verified: Uint32Array
  /** Listing prices, NaN for none (so every comparison fails, as NULL's do in SQL). */
  minPrice: Float64Array
  maxPrice: Float64Array
  /** The offers of listing i are at offerStart[i] … offerStart[i + 1] - 1. */
  offerStart: Uint32Array
  offerTreatment: Int32Array
  offerPathway: Int32Array
  offerCondition: Int32Array
  offerLo: Float64Array
  offerHi: Float64Array
  /** Interned treatment, pathway and condition ids of the offers. */
  codes: ReadonlyMap<string, number>
  /** For each sort: listing → its place in that order (ties by name). */
  place: Readonly<Record<Sort, Uint32Array>>
  /** For each sort: place → listing. */
  at: Readonly<Record<Sort, Uint32Array>>
}

const NONE = Number.NaN
const orNaN = (v: number | null | undefined) => (v === null || v === undefined ? NONE : v)

function postingsOf(rows: readonly ListingRow[], valuesOf: (r: ListingRow) => Iterable<string>) {
  const lists = new Map<string, number[]>()
  rows.forEach((row, id) => {
    for (const value of new Set(valuesOf(row))) {
      let list = lists.get(value)
      if (!list) lists.set(value, (list = []))
      list.push(id)
    }
  })
  return new Map([...lists].map(([value, ids]) => [value, Uint32Array.from(ids)]))
}

function wordsOf(rows: readonly ListingRow[], valuesOf: (r: ListingRow) => Iterable<string>): Words {
  const lists = postingsOf(rows, valuesOf)
  const sorted = [...lists.keys()].sort()
  return { sorted, postings: sorted.map((w) => lists.get(w)!) }
}

/**
 * Builds the index. `rows` must come in the database's `order by name,
 * provider_id`: a row's place is its name's rank, so names order as the
 * database's collation orders them.
 */
export function buildListingIndex(rows: readonly ListingRow[]): ListingIndex {
  const size = rows.length
  const codes = new Map<string, number>()
  const code = (value: string) => {
    let c = codes.get(value)
    if (c === undefined) codes.set(value, (c = codes.size))
    return c
  }
  const offerStart = new Uint32Array(size + 1)
  let offers = 0
  rows.forEach((r, i) => {
    offerStart[i] = offers
    offers += r.offerKeys.length
  })
  offerStart[size] = offers
  const offerTreatment = new Int32Array(offers)
  const offerPathway = new Int32Array(offers)
  const offerCondition = new Int32Array(offers)
  const offerLo = new Float64Array(offers)
  const offerHi = new Float64Array(offers)
  const minPrice = new Float64Array(size)
  const maxPrice = new Float64Array(size)
  const lastVerified = new Float64Array(size)
  rows.forEach((r, i) => {
    minPrice[i] = orNaN(r.minPriceUsdCents)
    maxPrice[i] = orNaN(r.maxPriceUsdCents)
    lastVerified[i] = orNaN(r.lastVerifiedMicros)
    r.offerKeys.forEach((key, k) => {
      const j = offerStart[i]! + k
      const [t = '', p = '', c = ''] = key.split('|')
      offerTreatment[j] = code(t)
      offerPathway[j] = code(p)
      offerCondition[j] = code(c)
      offerLo[j] = orNaN(r.offerMinUsdCents[k])
      offerHi[j] = orNaN(r.offerMaxUsdCents[k])
    })
  })
  // Each sort order, ties by name (the row's place), nulls last.
  const nullsLast = (a: number, b: number, dir: 1 | -1) =>
    Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : dir * (a - b)
  const comparators: Record<Sort, (a: number, b: number) => number> = {
    relevance: (a, b) => rows[b]!.verifiedAccreditations - rows[a]!.verifiedAccreditations || a - b,
    'price-low': (a, b) => nullsLast(minPrice[a]!, minPrice[b]!, 1) || a - b,
    'price-high': (a, b) => nullsLast(minPrice[a]!, minPrice[b]!, -1) || a - b,
    verified: (a, b) => nullsLast(lastVerified[a]!, lastVerified[b]!, -1) || a - b,
  }
  const place = {} as Record<Sort, Uint32Array>
  const at = {} as Record<Sort, Uint32Array>
  for (const [sort, compare] of Object.entries(comparators) as [Sort, (a: number, b: number) => number][]) {
    const order = Uint32Array.from({ length: size }, (_, i) => i).sort(compare)
    const places = new Uint32Array(size)
    order.forEach((id, p) => (places[id] = p))
    at[sort] = order
    place[sort] = places
  }
  return {
    size,
    rows,
    words: wordsOf(rows, (r) => r.words),
    nameWords: wordsOf(rows, (r) => r.nameWords),
    byCondition: postingsOf(rows, (r) => r.conditionIds),
    byTreatment: postingsOf(rows, (r) => r.treatmentIds),
    byPathway: postingsOf(rows, (r) => r.pathways),
    byCountry: postingsOf(rows, (r) => [r.countryCode]),
    byCity: postingsOf(rows, (r) => [r.cityLower]),
    byLanguage: postingsOf(rows, (r) => r.languages),
    byAccreditor: postingsOf(rows, (r) => r.accreditors),
    verified: Uint32Array.from(rows.flatMap((r, i) => (r.verifiedAccreditations > 0 ? [i] : []))),
    minPrice,
    maxPrice,
    offerStart,
    offerTreatment,
    offerPathway,
    offerCondition,
    offerLo,
    offerHi,
    codes,
    place,
    at,
  }
}

/** Listings that satisfy one condition: those in any of `postings`. */
type Clause = { postings: readonly Uint32Array[]; size: number }

const EMPTY = new Uint32Array(0)
const clause = (postings: readonly Uint32Array[]): Clause => ({
  postings,
  size: postings.reduce((n, p) => n + p.length, 0),
})

/** The listings having any word of the group: its exact words, and every word a prefix begins. */
function wordClause(words: Words, group: WordGroup): Clause {
  const postings: Uint32Array[] = []
  for (const w of group.exact) {
    const i = firstAtOrAfter(words.sorted, w)
    if (words.sorted[i] === w) postings.push(words.postings[i]!)
  }
  for (const prefix of group.prefixes)
    for (let i = firstAtOrAfter(words.sorted, prefix); i < words.sorted.length; i++) {
      if (!words.sorted[i]!.startsWith(prefix)) break
      postings.push(words.postings[i]!)
    }
  return clause(postings)
}

function bitsetOf(size: number, c: Clause): Uint32Array {
  const bits = new Uint32Array((size + 31) >>> 5)
  for (const p of c.postings) for (let k = 0; k < p.length; k++) bits[p[k]! >>> 5]! |= 1 << (p[k]! & 31)
  return bits
}

const has = (bits: Uint32Array, id: number) => (bits[id >>> 5]! & (1 << (id & 31))) !== 0

function contains(posting: Uint32Array, id: number): boolean {
  let lo = 0
  let hi = posting.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (posting[mid]! < id) lo = mid + 1
    else hi = mid
  }
  return posting[lo] === id
}

/** A test of membership in a clause: binary search for a few candidates, a bitset for many. */
function membership(size: number, c: Clause, candidates: number): (id: number) => boolean {
  if (c.postings.length === 1 && candidates * 16 < c.size + (size >>> 5)) {
    const p = c.postings[0]!
    return (id) => contains(p, id)
  }
  const bits = bitsetOf(size, c)
  return (id) => has(bits, id)
}

/** Whether one offer of the index passes the offer-level filters. */
type OfferTest = (j: number) => boolean

function offerTest(index: ListingIndex, f: SearchFilters, minUsd: number | null, maxUsd: number | null) {
  const codeOf = (v: string) => index.codes.get(v) ?? -1
  const treatments = f.treatment ? [f.treatment] : f.treatmentAny?.length ? f.treatmentAny : null
  if (!treatments && !f.pathway && !f.condition && minUsd === null && maxUsd === null) return null
  const t = treatments ? new Set(treatments.map(codeOf)) : null
  const p = f.pathway ? codeOf(f.pathway) : null
  const c = f.condition ? codeOf(f.condition) : null
  // An offer without a price (a trial that charges nothing) is outside any price range asked for,
  // as NULL comparisons are in SQL: NaN compares false.
  const test: OfferTest = (j) =>
    (t === null || t.has(index.offerTreatment[j]!)) &&
    (p === null || index.offerPathway[j] === p) &&
    (c === null || index.offerCondition[j] === c) &&
    (minUsd === null || index.offerHi[j]! >= minUsd) &&
    (maxUsd === null || index.offerLo[j]! <= maxUsd)
  return test
}

/**
 * The provider search. Ranking: words matched in the name or city first,
 * then the order asked for (verified accreditations by default), nulls
 * last, then name. Never payment. The count is exact up to COUNT_AHEAD past
 * the page; the offers shown are counted against the filters exactly.
 */
export function searchListings(index: ListingIndex, f: SearchFilters): SearchResult {
  const { size } = index
  const offset = (f.page - 1) * PAGE_SIZE
  const countTo = offset + COUNT_AHEAD
  const words = f.words?.length ? f.words : null
  // Prices are typed in the viewer's currency and compared in US cents.
  const minUsd = f.priceMin !== null ? Math.floor(f.priceMin * f.usdPerViewerUnit * 100) : null
  const maxUsd = f.priceMax !== null ? Math.ceil(f.priceMax * f.usdPerViewerUnit * 100) : null

  const value = (map: ReadonlyMap<string, Uint32Array>, v: string) => clause([map.get(v) ?? EMPTY])
  const clauses: Clause[] = []
  if (f.condition) clauses.push(value(index.byCondition, f.condition))
  if (f.treatment) clauses.push(value(index.byTreatment, f.treatment))
  else if (f.treatmentAny?.length)
    clauses.push(clause(f.treatmentAny.flatMap((t) => index.byTreatment.get(t) ?? [])))
  if (f.pathway) clauses.push(value(index.byPathway, f.pathway))
  if (f.country) clauses.push(value(index.byCountry, f.country))
  if (f.city) clauses.push(value(index.byCity, f.city.toLowerCase()))
  if (f.language) clauses.push(value(index.byLanguage, f.language))
  if (f.accreditation) clauses.push(value(index.byAccreditor, f.accreditation))
  if (f.verifiedOnly) clauses.push(clause([index.verified]))
  for (const group of words ?? []) clauses.push(wordClause(index.words, group))

  // The rarest condition gives the candidates; the others are tested on them.
  clauses.sort((a, b) => a.size - b.size)
  let candidates: Uint32Array | null = null
  const first = clauses.shift()
  if (first) {
    if (first.postings.length === 1) candidates = first.postings[0]!
    else {
      const bits = bitsetOf(size, first)
      const ids: number[] = []
      for (let w = 0; w < bits.length; w++)
        for (let word = bits[w]!; word !== 0; word &= word - 1)
          ids.push((w << 5) | (31 - Math.clz32(word & -word)))
      candidates = Uint32Array.from(ids)
    }
  }
  const count = candidates ? candidates.length : size
  const tests: ((id: number) => boolean)[] = []
  for (const c of clauses) {
    if (count === 0) break
    tests.push(membership(size, c, count))
  }
  if (minUsd !== null) tests.push((id) => index.maxPrice[id]! >= minUsd)
  if (maxUsd !== null) tests.push((id) => index.minPrice[id]! <= maxUsd)
  const offerOk = offerTest(index, f, minUsd, maxUsd)
  // Price together with a treatment, pathway or condition must hold for one and the same offer.
  if (
    offerOk &&
    (minUsd !== null || maxUsd !== null) &&
    (f.treatment || f.treatmentAny?.length || f.pathway || f.condition)
  )
    tests.push((id) => {
      for (let j = index.offerStart[id]!; j < index.offerStart[id + 1]!; j++) if (offerOk(j)) return true
      return false
    })

  // Best match with words: those whose name or city has every word come first.
  let named: ((id: number) => boolean) | null = null
  if (words && f.sort === 'relevance') {
    const nameTests = words.map((g) => membership(size, wordClause(index.nameWords, g), count))
    named = (id) => nameTests.every((t) => t(id))
  }

  // Each match is marked at its place in the order asked for (name matches
  // in the first half), so the page is read off in order without sorting.
  const place = index.place[f.sort]
  const marks = new Uint32Array((2 * size + 31) >>> 5)
  let matches = 0
  const consider = (id: number) => {
    for (let t = 0; t < tests.length; t++) if (!tests[t]!(id)) return
    matches++
    const key = place[id]! + (named === null || named(id) ? 0 : size)
    marks[key >>> 5]! |= 1 << (key & 31)
  }
  if (candidates) for (let k = 0; k < candidates.length; k++) consider(candidates[k]!)
  else for (let id = 0; id < size; id++) consider(id)

  const hits: ProviderHit[] = []
  const at = index.at[f.sort]
  let seen = 0
  for (let w = 0; w < marks.length && hits.length < PAGE_SIZE; w++) {
    let word = marks[w]!
    const n = popcount(word)
    if (seen + n <= offset) {
      seen += n
      continue
    }
    for (; word !== 0 && hits.length < PAGE_SIZE; word &= word - 1) {
      if (seen++ < offset) continue
      const key = (w << 5) | (31 - Math.clz32(word & -word))
      const id = at[key >= size ? key - size : key]!
      hits.push(hitOf(index, id, named !== null && key < size ? 1 : 0, offerOk))
    }
  }
  return { total: Math.min(matches, countTo), moreThan: matches > countTo, hits }
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function hitOf(index: ListingIndex, id: number, score: number, offerOk: OfferTest | null): ProviderHit {
  const r = index.rows[id]!
  let offerCount = r.offerCount
  let minPrice = r.minPriceUsdCents
  // For the page shown, count exactly the offers that match the filters.
  if (offerOk) {
    offerCount = 0
    minPrice = null
    for (let j = index.offerStart[id]!; j < index.offerStart[id + 1]!; j++) {
      if (!offerOk(j)) continue
      offerCount++
      const lo = index.offerLo[j]!
      if (!Number.isNaN(lo) && (minPrice === null || lo < minPrice)) minPrice = lo
    }
  }
  return {
    id: r.providerId,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    countryCode: r.countryCode,
    city: r.city,
    isDemo: r.isDemo,
    lastVerifiedAt: r.lastVerifiedMicros === null ? null : new Date(Math.floor(r.lastVerifiedMicros / 1000)),
    offerCount,
    minPriceUsdCents: minPrice,
    verifiedAccreditations: r.verifiedAccreditations,
    score,
  }
}
