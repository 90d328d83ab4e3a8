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
// Arabic or Hebrew out right to left itself. A right-to-left run with no
// letters (a lone bracket or dash) is one the shaper would lay out left to
// right, so it is reversed here. (DejaVu Sans has no `rtlm` feature, so the
// brackets are not mirrored twice.)

export type VisualRun = { text: string; rightToLeft: boolean }
export type Direction = 'ltr' | 'rtl'

const bidi = bidiFactory()
const strongRightToLeft =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/**
 * A paragraph's direction, from its first letter with a direction (rules
 * P2–P3). Without one (a date, a number, a dash) it takes the surrounding
 * text's, as UAX #9 leaves to the document: "… – 2027-04-01" in an Arabic
 * summary reads from the right.
 */
export function paragraphDirection(paragraph: string, otherwise: Direction = 'ltr'): Direction {
  if (!/\p{L}/u.test(paragraph)) return otherwise
  return (bidi.getEmbeddingLevels(paragraph).paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr'
}

/** The line's runs, left to right as they are to be drawn; the direction is the line's own unless given. */
export function visualRuns(line: string, direction: Direction = paragraphDirection(line)): VisualRun[] {
  if (line === '') return []
  const { levels } = bidi.getEmbeddingLevels(line, direction)
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

  return runs.map(({ text, level }) => {
    const rightToLeft = level % 2 === 1
    const shaperReverses = strongRightToLeft.test(text)
    return { text: rightToLeft && !shaperReverses ? [...text].reverse().join('') : text, rightToLeft }
  })
}
