import type { Locale } from '../i18n/locales.ts'
import { asciiDigits } from '../shared/digits.ts'

// Reading a non-negative decimal number as people type it in each of our
// languages, for prices and quantities. French groups thousands with spaces
// and marks decimals with a comma; Arabic may use Arabic-Indic digits with
// the Arabic decimal and thousands marks, or Western digits with . and ,.
// A mark that could be read either way ("1.500" in French) is not accepted,
// so a number is never read as a thousand times what was meant.
const notation: Record<Locale, { decimal: readonly string[]; group: readonly string[] }> = {
  en: { decimal: ['.'], group: [','] },
  fr: { decimal: [','], group: [] },
  ar: { decimal: ['\u066b', '.'], group: ['\u066c', ','] },
}

// Spaces are dropped in every language (French writes thousands with them).
const spaces = /[\s\u00a0\u202f\u2009]/g

// Groups of three ("1,234,567") or the Indian lakh and crore ("12,34,567"):
// the last group has three digits, the others two or three.
function ungroup(integer: string, group: readonly string[]): string | null {
  const used = group.filter((g) => integer.includes(g))
  if (used.length === 0) return /^\d+$/.test(integer) ? integer : null
  if (used.length > 1) return null
  const parts = integer.split(used[0]!)
  if (!/^\d{1,3}$/.test(parts[0]!) || !/^\d{3}$/.test(parts.at(-1)!)) return null
  if (!parts.slice(1, -1).every((p) => /^\d{2,3}$/.test(p))) return null
  return parts.join('')
}

export type DecimalText =
  | { kind: 'number'; integer: string; fraction: string }
  | { kind: 'missing' }
  | { kind: 'negative' }
  | { kind: 'not-a-number' }

/** The digits before and after the decimal mark ("1,234.50" → "1234" and "50"), or why there are none. */
export function readDecimal(text: string, locale: Locale): DecimalText {
  const { decimal, group } = notation[locale]
  const compact = asciiDigits(text.trim()).replace(spaces, '')
  if (compact === '') return { kind: 'missing' }
  if (/^[-\u2212]/.test(compact)) return { kind: 'negative' }
  const marks = decimal.filter((d) => compact.includes(d))
  if (marks.length > 1) return { kind: 'not-a-number' }
  const pieces = marks.length === 1 ? compact.split(marks[0]!) : [compact]
  if (pieces.length > 2) return { kind: 'not-a-number' }
  const [before, fraction = ''] = pieces as [string, string?]
  if (pieces.length === 2 && !/^\d+$/.test(fraction)) return { kind: 'not-a-number' }
  const integer = before === '' && fraction !== '' ? '0' : ungroup(before, group)
  if (integer === null) return { kind: 'not-a-number' }
  return { kind: 'number', integer, fraction }
}

/** The number scaled to an integer with this many decimals, if it has no more than that. */
export function scaled(n: { integer: string; fraction: string }, decimals: number): bigint | null {
  if (n.fraction.length > decimals) return null
  return BigInt(n.integer) * 10n ** BigInt(decimals) + BigInt(n.fraction.padEnd(decimals, '0') || '0')
}

/** A number held as "1500.50" written as this language's form reads it back ("1500,50" in French). */
export function typedDecimal(value: string, locale: Locale): string {
  const mark = notation[locale].decimal[0]!
  return mark === '.' ? value : value.replace('.', mark)
}
