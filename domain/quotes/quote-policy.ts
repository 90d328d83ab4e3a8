import { isInvestigational } from '../listing/evidence-standing.ts'
import { screenClaims } from '../listing/red-flags.ts'
import type { Verdict } from '../listing/types.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { QuoteLine } from './quote-line.ts'

// The listing policy applied to a quote before it is sent (issue 15): the
// catalogue's rules hold for what a clinic writes to one family as much as
// for what it publishes. Nothing is quoted for an offer the policy blocks; an
// investigational product is not charged for (patients in a trial do not pay
// for the product under test, FDA 2021 in content/sources.json); the text may
// not make a claim the policy blocks (a cure, a success rate), nor wording the
// screen cannot tell from one (it is rephrased, as nobody reviews a quote before
// the family reads it). Lesser claims
// and an investigational treatment become warnings the family reads beside
// the quote.

/** The offer the referral is about, as the listing policy judged it. */
export type QuotedOffer = {
  verdict: Verdict
  pathway: 'standard-care' | 'registered-trial'
  evidenceStanding: string | null
  /** The price range the listing shows; null is shown as "No charge to take part". */
  listedPrice: { minMinor: number; maxMinor: number; currency: string } | null
}

/** A text the clinic wrote, with the field it was written in. */
export type QuoteText = { field: string; text: string }

export type QuotePolicyProblem =
  | { code: 'quote.offer-blocked'; field: 'form' }
  | { code: 'quote.investigational-charge'; line: number; field: `lines.${number}.unitPrice` }
  | { code: 'quote.red-flag-claim'; claim: string; field: string }
  /** The screen is unsure the words are a claim: a quote cannot wait for a reviewer, so the clinic rephrases. */
  | { code: 'quote.unclear-wording'; field: string }

export type QuoteWarning =
  'evidence.investigational' | 'quote.listed-without-charge' | 'quote.above-listed-price' | `claim.${string}`

// What the family's own travel costs: a listing's price speaks of the care, so
// only the care's lines are held against it.
const journeyCategories: ReadonlySet<QuoteLine['category']> = new Set([
  'accommodation',
  'transport',
  'attendant',
  'interpreter',
])

export function checkQuotePolicy(input: {
  offer: QuotedOffer | null
  texts: readonly QuoteText[]
  /** The clinic's lines, in the order the form had them. */
  lines: readonly QuoteLine[]
}): Result<{ warnings: QuoteWarning[] }, QuotePolicyProblem[]> {
  const problems: QuotePolicyProblem[] = []
  const warnings = new Set<QuoteWarning>()
  if (input.offer?.verdict === 'blocked') problems.push({ code: 'quote.offer-blocked', field: 'form' })
  const investigational =
    input.offer !== null &&
    (input.offer.pathway === 'registered-trial' || isInvestigational(input.offer.evidenceStanding))
  if (investigational) {
    warnings.add('evidence.investigational')
    input.lines.forEach((line, i) => {
      // The product or cells themselves: care around them (stay, tests, travel) may still be charged.
      if (line.category === 'procedure' && line.total.minor > 0)
        problems.push({ code: 'quote.investigational-charge', line: i, field: `lines.${i}.unitPrice` })
    })
  }
  for (const warning of againstListedPrice(input.offer, input.lines)) warnings.add(warning)
  for (const { field, text } of input.texts) {
    if (text.trim() === '') continue
    for (const reason of screenClaims(text)) {
      if (reason.severity === 'block')
        problems.push({ code: 'quote.red-flag-claim', claim: reason.code, field })
      else if (reason.severity === 'review') problems.push({ code: 'quote.unclear-wording', field })
      else warnings.add(reason.code as QuoteWarning)
    }
  }
  return problems.length > 0 ? err(problems) : ok({ warnings: [...warnings] })
}

/**
 * The quote held against the price the family saw on the listing: care
 * charged for where the listing says taking part costs nothing, or a care
 * total above the listed range (in the listing's currency only; no rate is
 * guessed here). Warnings, not refusals: a plan may rightly need more than the
 * listing foresaw, but the family should ask why before accepting.
 */
function againstListedPrice(offer: QuotedOffer | null, lines: readonly QuoteLine[]): QuoteWarning[] {
  if (!offer) return []
  const care = lines.filter((l) => !journeyCategories.has(l.category) && l.category !== 'waypoint-fee')
  const careMinor = care.reduce((sum, l) => sum + l.total.minor, 0)
  if (careMinor <= 0) return []
  const listed = offer.listedPrice
  if (!listed) return ['quote.listed-without-charge']
  const currency = care[0]!.total.currency
  return currency === listed.currency && careMinor > listed.maxMinor ? ['quote.above-listed-price'] : []
}
