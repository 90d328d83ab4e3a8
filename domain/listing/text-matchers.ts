import { normaliseText } from './normalise-text.ts'
import { phraseLists, type PhraseListLanguage, type SignalCode } from './phrase-lists.ts'
import { compileAnyPhrase, numberPattern } from './phrase-pattern.ts'

// The reviewed phrase lists of every language, compiled once and merged: an
// offer may mix languages, so every text is read with all of them (another
// language's phrase counting half, screen-text.ts). Also how a
// match is read in its sentence: negated ("no treatment can cure ALS") or
// quoted in a warning ("beware of clinics that promise a cure"), unless the
// provider speaks for itself between the two ("unlike other clinics, we cure").

const numbers = numberPattern(phraseLists.flatMap((l) => l.numberWords))
const compiled = (phrases: readonly string[]) => compileAnyPhrase(phrases, numbers)
const merged = (
  key:
    | 'negators'
    | 'notNegating'
    | 'warningCues'
    | 'firstPerson'
    | 'bloodDisorders'
    | 'transplants'
    | 'cellProducts'
    | 'researchContext',
) => compiled(phraseLists.flatMap((l) => l[key]))

export type SignalPattern = { res: RegExp[]; weight: 1 | 0.5; fixed: boolean; language: PhraseListLanguage }

export const matchers = {
  negators: merged('negators'),
  notNegating: merged('notNegating'),
  warningCues: merged('warningCues'),
  firstPerson: merged('firstPerson'),
  bloodDisorders: merged('bloodDisorders'),
  transplants: merged('transplants'),
  cellProducts: merged('cellProducts'),
  researchContext: merged('researchContext'),
  conditions: (() => {
    const byId = new Map<string, string[]>()
    for (const l of phraseLists)
      for (const [id, phrases] of Object.entries(l.conditions))
        byId.set(id, [...(byId.get(id) ?? []), ...phrases])
    return new Map([...byId].map(([id, phrases]) => [id, compiled(phrases)]))
  })(),
  signals: (() => {
    const byCode = new Map<
      SignalCode,
      { sourceId: string; patterns: SignalPattern[]; mitigators: RegExp[] }
    >()
    for (const code of new Set(phraseLists.flatMap((l) => l.signals.map((s) => s.code)))) {
      const entry = { sourceId: '', patterns: [] as SignalPattern[], mitigators: [] as RegExp[] }
      for (const l of phraseLists)
        for (const s of l.signals.filter((x) => x.code === code)) {
          entry.sourceId ||= s.sourceId
          const language = l.language
          entry.patterns.push(
            { res: compiled(s.phrases), weight: 1, fixed: false, language },
            { res: compiled(s.fixedPhrases ?? []), weight: 1, fixed: true, language },
            { res: compiled(s.weakPhrases ?? []), weight: 0.5, fixed: false, language },
          )
          entry.mitigators.push(...compiled(s.mitigators ?? []))
        }
      byCode.set(code, entry)
    }
    return byCode
  })(),
  stopwords: phraseLists.map((l) => ({ language: l.language, res: compiled(l.stopwords) })),
}

/** An amount of money: a currency sign or name beside a number. */
export const moneyAmount =
  /\p{Sc}\s?\d|\d[\d,.]*\s?(?:\p{Sc}|usd|eur|inr|rs|dollars?|euros?|rupees?|roupies?|دولار|يورو|روبيه)(?![\p{L}])/u

/**
 * The language a sentence is most likely written in, by its script and its
 * commonest words; null when it cannot tell (then every list counts fully).
 */
export function languageOf(sentence: string): PhraseListLanguage | null {
  const arabicLetters = (sentence.match(/[\u0621-\u064a]/g) ?? []).length
  const latinLetters = (sentence.match(/[a-z]/g) ?? []).length
  if (arabicLetters > latinLetters) return 'ar'
  const counts = matchers.stopwords
    .filter((s) => s.language !== 'ar')
    .map((s) => ({ language: s.language, n: matchesOf(s.res, sentence).length }))
    .sort((a, b) => b.n - a.n)
  const [first, second] = counts
  return first && first.n > (second?.n ?? 0) ? first.language : null
}

export type Found = { index: number; end: number; text: string }

export function matchesOf(patterns: readonly RegExp[], text: string): Found[] {
  const found: Found[] = []
  for (const re of patterns)
    for (const m of text.matchAll(re)) found.push({ index: m.index, end: m.index + m[0].length, text: m[0] })
  return found.sort((a, b) => a.index - b.index)
}

export const mentions = (patterns: readonly RegExp[], text: string) => matchesOf(patterns, text).length > 0

/** A text as the policy reads it: normalised, in sentences. */
export function sentencesOf(text: string | null | undefined): string[] {
  if (!text) return []
  return normaliseText(text)
    .split(/[.!?;\n]+(?=\s|$)/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/**
 * Whether the words at `index` are cancelled by what comes before them in
 * their sentence: a negation in the four words before, within the clause, or
 * a warning cue anywhere before; either one undone by the provider's own voice
 * ("we", "notre", "نحن") between it and the words.
 */
export function cancelledAt(sentence: string, index: number): 'negated' | 'warned' | null {
  const before = sentence.slice(0, index)
  const cue = matchesOf(matchers.warningCues, before).at(-1)
  if (cue && !mentions(matchers.firstPerson, before.slice(cue.end))) return 'warned'
  const clause = before.split(/[,:]/).at(-1) ?? ''
  const window = clause.trimEnd().split(' ').slice(-4).join(' ')
  if (mentions(matchers.notNegating, window)) return null
  const negation = matchesOf(matchers.negators, window).at(-1)
  if (negation && !mentions(matchers.firstPerson, window.slice(negation.end))) return 'negated'
  return null
}

export function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30)
  return text.slice(start, index + length + 30).trim()
}
