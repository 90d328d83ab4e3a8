import type { SignalCode } from './phrase-lists.ts'
import { policyReason } from './reason.ts'
import { citeSource, policySources } from './sources.ts'
import {
  cancelledAt,
  excerptAround,
  languageOf,
  matchers,
  matchesOf,
  mentions,
  moneyAmount,
  sentencesOf,
} from './text-matchers.ts'
import { reasonCodes, type Reason, type Severity, type SourceRef } from './types.ts'

// Red flags in a provider's words, scored rather than matched: in each
// sentence a signal scores its strongest phrase that is not negated or quoted
// in a warning (a full phrase 1, a weak one ½), and the sentences' scores add
// up. A score of 1 or more raises the flag; less is "unsure", which sends the
// offer to a reviewer rather than letting it through. A phrase of another
// language than the sentence's counts half: "une cure d'injections" is a
// course of injections in French, not an English cure claim.

const severityOf: Record<SignalCode, Severity> = {
  'claim.cure': 'block',
  'claim.success-rate': 'block',
  'claim.no-risk': 'warn',
  'claim.testimonials': 'warn',
  'claim.autologous-exempt': 'warn',
  'claim.stop-approved-care': 'warn',
  'claim.pay-for-investigational': 'warn',
  'claim.registered-with-regulator': 'warn',
  'claim.consent-as-justification': 'warn',
}

const signalOrder = reasonCodes.filter((c): c is SignalCode => c in severityOf)

/** Distinct unrelated conditions named at once: the "same cells for many diseases" sign. */
const manyDiseases = 3

export type ScreenOptions = {
  /** Signals that do not apply to this offer (a trial whose regulator's permission is verified may name its regulator). */
  ignore?: readonly SignalCode[]
}

export function screenTexts(
  texts: readonly (string | null | undefined)[],
  options: ScreenOptions = {},
): Reason[] {
  const sentences = texts.flatMap(sentencesOf)
  const languages = sentences.map(languageOf)
  const reasons: Reason[] = []
  const unsure: { excerpt: string; source: SourceRef }[] = []
  for (const code of signalOrder) {
    if (options.ignore?.includes(code)) continue
    const signal = matchers.signals.get(code)
    if (!signal) continue
    let score = 0
    let strongest: { weight: number; excerpt: string } | null = null
    for (const [i, sentence] of sentences.entries()) {
      const mitigated = mentions(signal.mitigators, sentence)
      // "The sponsor covers all costs of the trial" is no fee, unless an amount is named.
      if (mitigated && code === 'claim.pay-for-investigational' && !moneyAmount.test(sentence)) continue
      const language = languages[i]
      let best: { weight: number; excerpt: string } | null = null
      for (const p of signal.patterns) {
        for (const m of matchesOf(p.res, sentence)) {
          if (!p.fixed && cancelledAt(sentence, m.index)) continue
          // Another language's phrase, or one beside a mitigating word ("placebo", "free"), is unsure.
          const foreign = language !== null && p.language !== language
          const weight = mitigated || foreign ? Math.min(p.weight, 0.5) : p.weight
          if (!best || weight > best.weight)
            best = { weight, excerpt: excerptAround(sentence, m.index, m.text.length) }
          break
        }
      }
      if (!best) continue
      score += best.weight
      if (!strongest || best.weight > strongest.weight) strongest = best
    }
    if (!strongest) continue
    const source = citeSource(signal.sourceId)
    if (score >= 1)
      reasons.push(
        policyReason({ code, severity: severityOf[code], basis: { source }, excerpt: strongest.excerpt }),
      )
    else unsure.push({ excerpt: strongest.excerpt, source })
  }
  // One reason for everything the screen is unsure of: a reviewer reads the offer once.
  if (unsure[0]) {
    const words = [...new Set(unsure.map((u) => u.excerpt))].join(' … ').slice(0, 240)
    reasons.push(
      policyReason({
        code: 'review.unclear-wording',
        severity: 'review',
        basis: { source: unsure[0].source },
        values: { text: words },
        excerpt: words,
      }),
    )
  }
  const named = [...matchers.conditions.values()].filter((patterns) =>
    sentences.some((s) => matchesOf(patterns, s).length > 0),
  ).length
  if (named >= manyDiseases) {
    reasons.push(
      policyReason({ code: 'claim.many-diseases', severity: 'warn', basis: { source: policySources.isscr } }),
    )
  }
  return reasons
}
