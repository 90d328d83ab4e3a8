import { compileLexicon, type Lexicon, type LexiconFile } from '#domain/search/lexicon.ts'
import file from '../../../content/search/lexicon.json' with { type: 'json' }

// The words search recognises, as data (content/search/lexicon.json).
export const lexiconFile: LexiconFile = file

let plain: Lexicon | null = null

/** The lexicon without the catalogue's own names: for normalising listing text. */
export function plainLexicon(): Lexicon {
  return (plain ??= compileLexicon(lexiconFile))
}

/** A text array literal for a query parameter (`${pgTextArray(xs)}::text[]`). */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`
}
