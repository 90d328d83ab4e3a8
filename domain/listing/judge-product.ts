import { policyReason } from './reason.ts'
import { policySources } from './sources.ts'
import { cancelledAt, excerptAround, matchers, matchesOf, mentions, sentencesOf } from './text-matchers.ts'
import type { PolicyOffer, Reason, TreatmentClass } from './types.ts'

// What an offer is, by its own words as well as by the class the clinic
// picked: exosomes sold as a "medicine" or a stem cell package inside
// "rehabilitation" are judged as the cell-based interventions they are. The
// one lawful stem cell use the guidelines name, a blood-forming stem cell
// transplant for a blood disorder, is judged as the standard procedure it is
// (NGSCR 2017; NAC-SCRT), unless the offer also names another cell product or
// another disease.

export type ProductJudgement = { treatmentClass: TreatmentClass; reasons: Reason[] }

export function judgeProduct(
  offer: PolicyOffer,
  texts: readonly (string | null | undefined)[],
): ProductJudgement {
  const sentences = texts.flatMap(sentencesOf)
  const conditionSentences = [...sentences, ...sentencesOf(offer.conditionId)]
  const offered: string[] = []
  const possible: string[] = []
  let transplant = false
  for (const sentence of sentences) {
    // The words of a transplant are not read again as a cell product.
    let rest = sentence
    for (const t of matchesOf(matchers.transplants, sentence)) {
      transplant = true
      rest = rest.slice(0, t.index) + ' '.repeat(t.end - t.index) + rest.slice(t.end)
    }
    for (const m of matchesOf(matchers.cellProducts, rest)) {
      const words = excerptAround(sentence, m.index, m.text.length)
      const research = offer.pathway === 'standard-care' && mentions(matchers.researchContext, sentence)
      if (cancelledAt(sentence, m.index) === 'warned') continue
      ;(cancelledAt(sentence, m.index) || research ? possible : offered).push(words)
    }
  }
  const bloodDisorder = conditionSentences.some((s) => mentions(matchers.bloodDisorders, s))
  const otherDisease = [...matchers.conditions.values()].some((patterns) =>
    conditionSentences.some((s) => mentions(patterns, s)),
  )
  if (transplant && bloodDisorder && !otherDisease && offered.length === 0)
    return { treatmentClass: 'procedure', reasons: [] }
  if (offer.treatmentClass === 'cell-based-intervention')
    return { treatmentClass: offer.treatmentClass, reasons: [] }
  const named =
    offered[0] ?? (transplant ? sentences.find((s) => mentions(matchers.transplants, s)) : undefined)
  if (named) {
    return {
      treatmentClass: 'cell-based-intervention',
      reasons: [
        policyReason({
          code: 'offer.cell-product-in-text',
          severity: 'warn',
          basis: { source: policySources.fda2021 },
          values: { text: named.slice(0, 120) },
          excerpt: named,
        }),
      ],
    }
  }
  if (possible[0]) {
    return {
      treatmentClass: offer.treatmentClass,
      reasons: [
        policyReason({
          code: 'review.cell-product-named',
          severity: 'review',
          basis: { source: policySources.fda2021 },
          values: { text: possible[0].slice(0, 120) },
          excerpt: possible[0],
        }),
      ],
    }
  }
  return { treatmentClass: offer.treatmentClass, reasons: [] }
}

// The listing screen reads "free", "covered" and "reimbursed" as cancelling a
// claim (a sponsor paying is no charge). In a plan they say who pays, not
// whether cells are given: "Free stem cell infusion" still gives them.
const paymentWords =
  /\b(free|covered|reimbursed|sponsor pays|gratuit|gratuite|gratuitement|pris en charge|rembourse\w*)\b|مجانا|مجانية|مجاني|يتحملها|يتحمل/gu

/**
 * Whether a text names a cell product it offers (stem cells, exosomes, a
 * stem cell "transplant"), not one it warns against or rules out: how a
 * clinic's plan is read for what it gives, whatever category a line is in.
 */
export function namesCellProduct(text: string | null | undefined): boolean {
  return sentencesOf(text).some((sentence) =>
    [...matchesOf(matchers.cellProducts, sentence), ...matchesOf(matchers.transplants, sentence)].some(
      (m) => {
        const cancelled = cancelledAt(sentence, m.index)
        if (cancelled === null) return true
        if (cancelled === 'warned') return false
        // Ruled out only by a true negation: one word of payment does not take the cells away.
        const before = sentence.slice(0, m.index).replace(paymentWords, ' ')
        return cancelledAt(before + sentence.slice(m.index), before.length) === null
      },
    ),
  )
}
