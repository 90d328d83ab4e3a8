import bidiFactory from 'bidi-js'

// A PDF draws glyphs left to right, so a line that mixes directions (an
// Arabic name in an English summary, a case reference inside Arabic text) is
// cut into runs of one direction and the runs put in display order, by the
// Unicode Bidirectional Algorithm (UAX #9, via bidi-js). Text is wrapped into
// lines first, in reading order, then each line is reordered in its
// paragraph's direction: the algorithm reorders per line, and a wrapped line
// that happens to start with a Latin word is still part of an Arabic paragraph.
//
// A right-to-left run keeps its characters in reading order, with brackets
// mirrored: the font's shaper (fontkit) joins Arabic letters and lays a run of
// Arabic or Hebrew out right to left itself. Where the shaper's direction is
// not the run's (punctuation alone in a right-to-left run, Arabic-Indic
// digits in a left-to-right one), the run is reversed here first. (DejaVu
// Sans has no `rtlm` feature, so the brackets are not mirrored twice.)
//
// Levels are resolved per line, not per paragraph: a number or a bracket
// pair cut by a line break may resolve differently than in the whole
// paragraph, a small departure from UAX #9 that keeps lines independent.

export type VisualRun = { text: string; rightToLeft: boolean }

/**
 * The invisible marks that steer the algorithm (isolates, embeddings, LRM,
 * RLM, ALM): kept until the levels are resolved, so an amount formatted as
 * "⁦12,500.50 US$⁩" stays one left-to-right unit in an Arabic line, and left
 * out of the runs, as the font has no glyph for them.
 */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
export const isBidiControl = (ch: string) => /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/.test(ch)
export type Direction = 'ltr' | 'rtl'

const bidi = bidiFactory()
const rightToLeftScript =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const scriptless = /[\p{Script=Common}\p{Script=Inherited}]/u

/**
 * Whether fontkit lays this run out right to left: it goes by the first
 * character with a script, so Arabic-Indic digits (Arabic script, though
 * they read left to right) are reversed too.
 */
function shaperReverses(run: string): boolean {
  for (const ch of run) if (!scriptless.test(ch)) return rightToLeftScript.test(ch)
  return false
}

/**
 * bidi-js classifies UTF-16 units one by one, and reads half of an emoji as a
 * left-to-right letter. Characters beyond the BMP that DejaVu draws are
 * symbols, so each counts as two neutral units here.
 */
const forBidi = (text: string) => text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '\uFFFC\uFFFC')

/**
 * A paragraph's direction, from its first letter with a direction (rules
 * P2–P3). Without one (a date, a number, a dash) it takes the surrounding
 * text's, as UAX #9 leaves to the document: "… – 2027-04-01" in an Arabic
 * summary reads from the right.
 */
export function paragraphDirection(paragraph: string, otherwise: Direction = 'ltr'): Direction {
  if (!/\p{L}/u.test(paragraph)) return otherwise
  return (bidi.getEmbeddingLevels(forBidi(paragraph)).paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr'
}

/** The line's runs, left to right as they are to be drawn; the direction is the line's own unless given. */
export function visualRuns(line: string, direction: Direction = paragraphDirection(line)): VisualRun[] {
  if (line === '') return []
  const { levels } = bidi.getEmbeddingLevels(forBidi(line), direction)
  const units = line.split('') // UTF-16 units, as bidi-js indexes them
  for (const [i, mirror] of bidi.getMirroredCharactersMap(line, levels)) units[i] = mirror

  const runs: { text: string; level: number }[] = []
  for (let i = 0; i < units.length;) {
    let j = i + 1
    while (j < units.length && levels[j] === levels[i]) j++
    runs.push({ text: units.slice(i, j).join(''), level: levels[i]! })
    i = j
  }

  // Rule L2: from the highest level down to the lowest odd one, reverse every
  // stretch of runs at that level or above.
  const highest = Math.max(...runs.map((r) => r.level))
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)))
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++
        continue
      }
      let j = i
      while (j < runs.length && runs[j]!.level >= level) j++
      runs.splice(i, j - i, ...runs.slice(i, j).reverse())
      i = j
    }
  }

  // Handed to the shaper so that what it draws reads as it should: reversed
  // here when its own direction for the run is not the run's.
  return runs.flatMap(({ text: marked, level }) => {
    const text = marked.replace(bidiControls, '')
    if (text === '') return []
    const rightToLeft = level % 2 === 1
    return [{ text: rightToLeft !== shaperReverses(text) ? [...text].reverse().join('') : text, rightToLeft }]
  })
}
