// A number as people type it in a form, in any of our languages: "15000.50",
// "15,000.50", "15 000,50" (French, with a space or a no-break space),
// "15.000.000" or "1'500". Before this, forms dropped every comma, so a
// French budget of "15000,50" became 1,500,050. An Arabic keyboard types
// "٧٨" and "٧٨٫٥": its digits are folded to 0–9, its decimal mark (٫) read as
// one and its group mark (٬) dropped.
import { asciiDigits } from './digits.ts'

const groupMarks = /[\s\u00a0\u202f'’\u066c]/g

/**
 * The number in plain digits with a dot for decimals ("15000.50"), or null
 * when the text is not a plain positive number. A lone comma or dot is the
 * decimal mark unless it is followed by exactly three digits in a run of
 * groups ("1,500,000"); with both marks, the last one is the decimal mark.
 */
export function parseTypedNumber(text: string): string | null {
  const t = asciiDigits(text).trim().replace(groupMarks, '').replaceAll('\u066b', '.')
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return null
  const comma = t.lastIndexOf(',')
  const dot = t.lastIndexOf('.')
  if (comma !== -1 && dot !== -1) {
    const decimal = comma > dot ? ',' : '.'
    const group = decimal === ',' ? '.' : ','
    const [whole, fraction, ...rest] = t.split(decimal)
    if (rest.length > 0 || !fraction || /[.,]/.test(fraction)) return null
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`).test(whole!)) return null
    return `${whole!.replaceAll(group, '')}.${fraction}`
  }
  const mark = comma !== -1 ? ',' : dot !== -1 ? '.' : null
  if (!mark) return t
  const parts = t.split(mark)
  if (parts.length === 2 && !(mark === ',' && parts[1]!.length === 3)) return `${parts[0]}.${parts[1]}`
  // Groups of three after the first: "1,500" or "15.000.000".
  if (/^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p))) return parts.join('')
  return null
}
