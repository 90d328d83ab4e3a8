// What a quote's lines may be for (issue 15): the treatment itself, the stay
// and the journey, a contingency, and Waypoint's own fee, so families compare
// like with like and nothing is hidden in a lump sum. Adjunct therapies are
// physiotherapy, occupational therapy, nutrition and the like; the line's
// description says which.
export const quoteCategories = [
  'procedure',
  'sessions',
  'hospital-stay',
  'diagnostics',
  'medicines',
  'adjunct-therapy',
  'accommodation',
  'transport',
  'attendant',
  'interpreter',
  'contingency',
  'waypoint-fee',
] as const
export type QuoteCategory = (typeof quoteCategories)[number]

/**
 * How a category is counted: `whole` things (sessions, nights, tests, trips,
 * days), `measured` amounts that may have up to two decimals (interpreter
 * hours, medicine supplies), or `one` sum (the contingency, Waypoint's fee).
 */
export type QuantityRule = 'whole' | 'measured' | 'one'

export const quantityRules: Record<QuoteCategory, QuantityRule> = {
  procedure: 'whole',
  sessions: 'whole',
  'hospital-stay': 'whole',
  diagnostics: 'whole',
  medicines: 'measured',
  'adjunct-therapy': 'whole',
  accommodation: 'whole',
  transport: 'whole',
  attendant: 'whole',
  interpreter: 'measured',
  contingency: 'one',
  'waypoint-fee': 'one',
}

/** The categories a clinic writes; Waypoint's fee is Waypoint's to add. */
export const clinicCategories: readonly QuoteCategory[] = quoteCategories.filter((c) => c !== 'waypoint-fee')

export function isQuoteCategory(value: unknown): value is QuoteCategory {
  return typeof value === 'string' && (quoteCategories as readonly string[]).includes(value)
}
