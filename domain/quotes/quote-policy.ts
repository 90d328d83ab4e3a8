import { isInvestigational } from '../listing/evidence-standing.ts'
import { namesCellProduct } from '../listing/judge-product.ts'
import { screenClaims } from '../listing/red-flags.ts'
import { holdsContactDetails } from '../referrals/contact-details.ts'
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
// the family reads it), nor a phone number or email address, as a clinic's
// questions may not (the conversation stays in Waypoint). Lesser claims
// and an investigational treatment become warnings the family reads beside
// the quote.
//
// A quote does not say which of the clinic's offers the family chose it
// answers, so the plan is also read for what it gives: a plan that names a
// cell product is investigational whatever the offers are, may not charge for
// it under any category, and is refused outright unless the family chose a
// registered trial at this clinic (a cell product sold as treatment is what
// the listing policy blocks).

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
  | { code: 'quote.cells-outside-trial'; field: string }
  | { code: 'quote.red-flag-claim'; claim: string; field: string }
  /** The screen is unsure the words are a claim: a quote cannot wait for a reviewer, so the clinic rephrases. */
  | { code: 'quote.unclear-wording'; field: string }
  /** A phone number or email address: families and clinics talk through Waypoint (contact-details.ts). */
  | { code: 'quote.contact-details'; field: string }
  /** Care many times the listing's highest price, not yet confirmed by the doctor sending it. */
  | { code: 'quote.confirm-far-above-listed-price'; field: 'confirmPrice' }

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
  /** The offers of this clinic the family chose; the quote answers one of them. */
  offers: readonly QuotedOffer[]
  texts: readonly QuoteText[]
  /** The clinic's lines, in the order the form had them. */
  lines: readonly QuoteLine[]
  /** The signing doctor checked amounts far above the listed price (FAR_ABOVE_LISTED). */
  confirmedPrice?: boolean
}): Result<{ warnings: QuoteWarning[] }, QuotePolicyProblem[]> {
  const problems: QuotePolicyProblem[] = []
  const warnings = new Set<QuoteWarning>()
  const { offers, lines } = input
  if (offers.length > 0 && offers.every((o) => o.verdict === 'blocked'))
    problems.push({ code: 'quote.offer-blocked', field: 'form' })
  // What the plan gives: an exclusion names what it does not.
  const cellsIn = input.texts
    .filter((t) => t.field !== 'exclusions' && namesCellProduct(t.text))
    .map((t) => t.field)
  const investigational =
    cellsIn.length > 0 ||
    (offers.length > 0 &&
      offers.every((o) => o.pathway === 'registered-trial' || isInvestigational(o.evidenceStanding)))
  if (cellsIn.length > 0 && !offers.some((o) => o.pathway === 'registered-trial' && o.verdict !== 'blocked'))
    problems.push({ code: 'quote.cells-outside-trial', field: cellsIn[0]! })
  if (investigational) {
    warnings.add('evidence.investigational')
    lines.forEach((line, i) => {
      // The product or cells themselves, in whatever category: care around them (stay, tests, travel) may still be charged.
      const product = line.category === 'procedure' || namesCellProduct(line.description)
      if (product && line.total.minor > 0)
        problems.push({ code: 'quote.investigational-charge', line: i, field: `lines.${i}.unitPrice` })
    })
  }
  const listed = againstListedPrice(offers, lines)
  for (const warning of listed.warnings) warnings.add(warning)
  for (const { field, text } of input.texts) {
    if (text.trim() === '') continue
    if (holdsContactDetails(text)) problems.push({ code: 'quote.contact-details', field })
    for (const reason of screenClaims(text)) {
      if (reason.severity === 'block')
        problems.push({ code: 'quote.red-flag-claim', claim: reason.code, field })
      else if (reason.severity === 'review') problems.push({ code: 'quote.unclear-wording', field })
      else warnings.add(reason.code as QuoteWarning)
    }
  }
  // Asked last, once nothing else is wrong: a confirmation is no problem to fix.
  if (problems.length === 0 && listed.ratio > FAR_ABOVE_LISTED && input.confirmedPrice !== true)
    problems.push({ code: 'quote.confirm-far-above-listed-price', field: 'confirmPrice' })
  return problems.length > 0 ? err(problems) : ok({ warnings: [...warnings] })
}

/**
 * The quote held against the prices the family saw on the listings: care
 * charged for where every offer says taking part costs nothing, or a care
 * total above the highest listed price (in the listings' currency only; no
 * rate is guessed here). Warnings, not refusals: a plan may rightly need more
 * than the listing foresaw, but the family should ask why before accepting.
 */
/**
 * Care more than this many times the listing's highest price is most often a
 * slipped digit (ten times over): the signing doctor confirms the amounts
 * before the family sees them. Less than that is a plan that needs more than
 * the listing foresaw, sent with the warning alone.
 */
export const FAR_ABOVE_LISTED = 3

function againstListedPrice(
  offers: readonly QuotedOffer[],
  lines: readonly QuoteLine[],
): { warnings: QuoteWarning[]; ratio: number } {
  const none = { warnings: [], ratio: 0 }
  if (offers.length === 0) return none
  const care = lines.filter((l) => !journeyCategories.has(l.category) && l.category !== 'waypoint-fee')
  const careMinor = care.reduce((sum, l) => sum + l.total.minor, 0)
  if (careMinor <= 0) return none
  const priced = offers.flatMap((o) => (o.listedPrice ? [o.listedPrice] : []))
  if (priced.length === 0) return { warnings: ['quote.listed-without-charge'], ratio: 0 }
  // Beside a free offer, the care is held against the priced ones.
  const currency = care[0]!.total.currency
  if (priced.some((p) => p.currency !== currency)) return none
  const top = Math.max(...priced.map((p) => p.maxMinor))
  // A listing priced at nothing is held to the warning alone: no multiple of nothing says "slipped digit".
  const ratio = top > 0 ? careMinor / top : 0
  return { warnings: careMinor > top ? ['quote.above-listed-price'] : [], ratio }
}
