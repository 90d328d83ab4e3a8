// The whole provider search lives in the URL, so it can be shared and
// bookmarked. Parsing never fails: an unknown or out-of-range value is
// dropped (or clamped) and reported, so the page can say what it ignored.
export const sorts = ['relevance', 'price-low', 'price-high', 'verified'] as const
export type Sort = (typeof sorts)[number]
export const pathways = ['standard-care', 'registered-trial'] as const
export type Pathway = (typeof pathways)[number]

export const PAGE_SIZE = 10
export const MAX_PAGE = 500
export const MAX_QUERY_LENGTH = 200
/**
 * Matches are counted up to this many past the current page, not all: the
 * count is the one part of a search whose cost grows with the catalogue.
 * Beyond it the page says "more than N" (ADR 0030).
 */
export const COUNT_AHEAD = 100

export type SearchQuery = {
  text: string
  condition: string | null
  treatment: string | null
  pathway: Pathway | null
  country: string | null
  city: string | null
  accreditation: string | null
  language: string | null
  priceMin: number | null
  priceMax: number | null
  currency: string
  verifiedOnly: boolean
  sort: Sort
  page: number
}

export type Ignored = { field: string; reason: 'unknown' | 'out-of-range' | 'too-long' }

export type SearchVocabulary = {
  conditions: readonly string[]
  treatments: readonly string[]
  countries: readonly string[]
  accreditors: readonly string[]
  languages: readonly string[]
  currencies: readonly string[]
}

type Params = { get(name: string): string | null }

const clean = (v: string | null) =>
  (v ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()

function pick<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null
}

/** Whole currency units typed by a person (e.g. "5000" or "5,000") → a non-negative integer, or null. */
function amount(value: string): number | null | 'bad' {
  if (!value) return null
  const digits = value.replace(/[\s,._']/g, '')
  if (!/^\d{1,9}$/.test(digits)) return 'bad'
  return Number(digits)
}

export function parseSearchQuery(params: Params, vocabulary: SearchVocabulary, defaultCurrency = 'USD') {
  const ignored: Ignored[] = []
  const choose = <T extends string>(field: string, allowed: readonly T[]): T | null => {
    const raw = clean(params.get(field))
    if (!raw) return null
    const value = pick(raw, allowed) ?? pick(raw.toLowerCase(), allowed) ?? pick(raw.toUpperCase(), allowed)
    if (value === null) ignored.push({ field, reason: 'unknown' })
    return value
  }

  let text = clean(params.get('q')).replace(/\s+/g, ' ')
  if (text.length > MAX_QUERY_LENGTH) {
    text = [...text].slice(0, MAX_QUERY_LENGTH).join('')
    ignored.push({ field: 'q', reason: 'too-long' })
  }

  const city = clean(params.get('city'))
  if (city.length > 80) ignored.push({ field: 'city', reason: 'too-long' })

  const prices: (number | null)[] = ['min', 'max'].map((field) => {
    const parsed = amount(clean(params.get(field)))
    if (parsed === 'bad') {
      ignored.push({ field, reason: 'out-of-range' })
      return null
    }
    return parsed
  })
  let [priceMin, priceMax] = prices as [number | null, number | null]
  if (priceMin !== null && priceMax !== null && priceMin > priceMax)
    [priceMin, priceMax] = [priceMax, priceMin]

  const rawPage = clean(params.get('page'))
  let page = 1
  if (rawPage) {
    const n = /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : NaN
    if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) ignored.push({ field: 'page', reason: 'out-of-range' })
    else page = n
  }

  const currency = choose('currency', vocabulary.currencies) ?? defaultCurrency
  const query: SearchQuery = {
    text,
    condition: choose('condition', vocabulary.conditions),
    treatment: choose('treatment', vocabulary.treatments),
    pathway: choose('pathway', pathways),
    country: choose('country', vocabulary.countries),
    city: city && city.length <= 80 ? city : null,
    accreditation: choose('accreditation', vocabulary.accreditors),
    language: choose('language', vocabulary.languages),
    priceMin,
    priceMax,
    currency,
    verifiedOnly: clean(params.get('verified')) === 'yes',
    sort: choose('sort', sorts) ?? 'relevance',
    page,
  }
  return { query, ignored }
}

/** The URL of a search, with only the values that differ from the defaults, in a stable order. */
export function searchHref(
  query: SearchQuery,
  changes: Partial<SearchQuery> = {},
  path = '/providers',
): string {
  const q = { ...query, ...changes }
  const params = new URLSearchParams()
  if (q.text) params.set('q', q.text)
  for (const key of [
    'condition',
    'treatment',
    'pathway',
    'country',
    'city',
    'accreditation',
    'language',
  ] as const) {
    const v = q[key]
    if (v) params.set(key, v)
  }
  if (q.priceMin !== null) params.set('min', String(q.priceMin))
  if (q.priceMax !== null) params.set('max', String(q.priceMax))
  if (q.currency !== 'USD') params.set('currency', q.currency)
  if (q.verifiedOnly) params.set('verified', 'yes')
  if (q.sort !== 'relevance') params.set('sort', q.sort)
  if (q.page !== 1) params.set('page', String(q.page))
  const s = params.toString()
  return s ? `${path}?${s}` : path
}

export function pageCount(total: number): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / PAGE_SIZE)))
}
