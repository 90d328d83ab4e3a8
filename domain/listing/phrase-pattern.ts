import { normaliseText } from './normalise-text.ts'

// The small pattern language of the reviewed phrase lists
// (content/policy/red-flags.<lang>.json), compiled to regular expressions over
// normalised text:
//   word          the word, whole          a|b          one of these words
//   word*         the word with any ending  (a b|c d)    one of these word sequences
//   ...           up to eight words between  #            a number, in digits or words
//   %             a percent sign
// Arabic words also match with the prefixes and suffixes Arabic writes onto
// them ("والشفاء", "علاجنا"), and with or without the article.

// What counts as part of a word in normalised text. A plain class rather than
// \p{L}: hundreds of phrases compile far faster without Unicode property
// classes, and normalised text holds no capitals or accents.
const LETTER = '0-9a-z\\u00df-\\u024f\\u0370-\\u04ff\\u0620-\\u064a\\u066e-\\u06d3'
const LEFT = `(?<![${LETTER}])`
const RIGHT = `(?![${LETTER}])`
const SEP = '[\\s,"()]+'
const GAP = '(?:[\\s,"()]+[^\\s,"()]+){0,8}?[\\s,"()]+'
const ARABIC_PREFIX = '(?:[وف]?(?:[بلك]|س?[يتن])?(?:ال)?|[وف]?لل)?'
const ARABIC_SUFFIX = '(?:ه|ها|هم|هما|هن|نا|ي|ك|كم|ات|ان|ين|ون|يه|يا)?'
const arabic = /[\u0621-\u064a]/

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function splitTopLevel(s: string, by: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const ch of s) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (depth < 0) throw new Error(`unbalanced ")" in "${s}"`)
    if (ch === by && depth === 0) {
      parts.push(current)
      current = ''
    } else current += ch
  }
  if (depth !== 0) throw new Error(`unbalanced "(" in "${s}"`)
  parts.push(current)
  return parts
}

function word(raw: string): string {
  const star = raw.endsWith('*')
  let stem = normaliseText(star ? raw.slice(0, -1) : raw)
  if (!stem) throw new Error(`empty word in "${raw}"`)
  if (!/[\p{L}\p{N}]/u.test(stem)) return escape(stem) // a symbol such as "$" or "€"
  const tail = star ? `[${LETTER}']*` : ''
  const body = stem.split(' ').map(escape).join('\\s+')
  if (arabic.test(stem)) {
    if (stem.startsWith('ال') && [...stem].length > 4) stem = stem.slice(2)
    const arabicBody = stem.split(' ').map(escape).join('\\s+')
    return `${LEFT}${ARABIC_PREFIX}${arabicBody}${star ? tail : ARABIC_SUFFIX}${RIGHT}`
  }
  return `${LEFT}${body}${tail}${RIGHT}`
}

function token(raw: string, numberPattern: string): string {
  if (raw === '#') return numberPattern
  if (raw === '%') return '%'
  if (raw.startsWith('(')) {
    if (!raw.endsWith(')')) throw new Error(`a group must end with ")": "${raw}"`)
    const inner = raw.slice(1, -1)
    if (inner.includes('(')) throw new Error(`groups do not nest: "${raw}"`)
    return `(?:${inner
      .split('|')
      .map((alt) => sequence(alt, numberPattern))
      .join('|')})`
  }
  if (raw.includes('(') || raw.includes(')')) throw new Error(`a group must be a whole token: "${raw}"`)
  return `(?:${raw
    .split('|')
    .map((alt) => {
      if (!alt) throw new Error(`empty alternative in "${raw}"`)
      return alt === '#' ? numberPattern : word(alt)
    })
    .join('|')})`
}

function sequence(phrase: string, numberPattern: string): string {
  const tokens = splitTopLevel(phrase.trim(), ' ').filter((t) => t !== '')
  if (tokens.length === 0) throw new Error('an empty phrase')
  if (tokens[0] === '...' || tokens.at(-1) === '...')
    throw new Error(`"..." must stand between words: "${phrase}"`)
  let out = ''
  let gap = false
  tokens.forEach((t, i) => {
    if (t === '...') {
      gap = true
      return
    }
    if (i > 0) out += gap ? GAP : t === '%' ? '\\s?' : SEP
    gap = false
    out += token(t, numberPattern)
  })
  return out
}

/** The pattern for "#": digits (with separators) or a number written in words. */
export function numberPattern(numberWords: readonly string[]): string {
  const words = numberWords
    .map((w) => normaliseText(w))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(' ').map(escape).join('\\s+'))
  return `(?:${LEFT}\\d+(?:[.,]\\d+)*|${LEFT}(?:و)?(?:${words.join('|')})${RIGHT})`
}

/** A phrase as a global regular expression; throws with a readable message if it is malformed. */
export function compilePhrase(phrase: string, numbers: string): RegExp {
  return new RegExp(sequence(phrase, numbers), 'g')
}

/** Any of these phrases, as one global regular expression: one compiled pattern per list rather than hundreds. */
export function compileAnyPhrase(phrases: readonly string[], numbers: string): RegExp[] {
  if (phrases.length === 0) return []
  return [new RegExp(phrases.map((p) => `(?:${sequence(p, numbers)})`).join('|'), 'g')]
}
