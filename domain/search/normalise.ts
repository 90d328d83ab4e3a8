// One normalisation for everything search compares: what a person types, the
// words it recognises (content/search/lexicon.json) and the text indexed in
// provider_listing. Whatever it does to one side it does to the other, so a
// word matches however it was written: case, French accents, Arabic short
// vowels, tatweel, the forms of alef, ya and ta marbuta, and the prefixes
// Arabic writes onto a word ("للتصلب" is "ل" + "ال" + "تصلب").

/** How Arabic words are stemmed: light stemming, prefixes and suffixes only, never roots. */
export type ArabicAffixes = {
  /** The article with what may precede it (وال، بال، لل، ال…), longest first is not required. */
  prefixes: readonly string[]
  /** One-letter conjunctions and prepositions (و، ف، ب، ك، ل), stripped only from long enough words. */
  singleLetterPrefixes: readonly string[]
  /** Common suffixes (pronouns, plurals, nisba); stripped once, leaving at least three letters. */
  suffixes: readonly string[]
}

export const noArabicAffixes: ArabicAffixes = { prefixes: [], singleLetterPrefixes: [], suffixes: [] }

const ARABIC_LETTER = /[\u0621-\u064a]/
const arabicIndicDigits = /[\u0660-\u0669\u06f0-\u06f9]/g

/**
 * Text folded for comparison, before any stemming: NFKC, lower case, accents
 * and Arabic diacritics removed, Arabic letter forms unified, digits in Latin
 * form, everything that is not a letter or a digit turned into one space.
 */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Decomposing splits accents from Latin letters and hamza from alef, waw and ya.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\u0640/g, '') // tatweel
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
      .replace(/\u0629/g, '\u0647') // ة → ه
      .replace(/\u0649/g, '\u064a') // ى → ي
      .replace(/\u06cc/g, '\u064a') // Persian ya → ي
      .replace(/\u06a9/g, '\u0643') // Persian kaf → ك
      .replace(/\u0624/g, '\u0648') // ؤ → و (when not decomposed)
      .replace(/\u0626/g, '\u064a') // ئ → ي
      .replace(arabicIndicDigits, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
      .replace(/ß/g, 'ss')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  )
}

/** A folded Arabic word without its prefixes and one common suffix; any other word unchanged. */
export function stemArabic(word: string, affixes: ArabicAffixes): string {
  if (!ARABIC_LETTER.test(word)) return word
  let w = word
  const article = (s: string) =>
    affixes.prefixes
      .filter((p) => s.startsWith(p) && [...s].length - [...p].length >= 2)
      .sort((a, b) => b.length - a.length)[0]
  let found = article(w)
  if (found) w = w.slice(found.length)
  else {
    // A one-letter prefix only on a word long enough to carry one ("لعلاج", not "لبن").
    const single = affixes.singleLetterPrefixes.find((p) => w.startsWith(p) && [...w].length >= 4)
    if (single) {
      w = w.slice(single.length)
      found = article(w)
      if (found) w = w.slice(found.length)
    }
  }
  const suffix = affixes.suffixes
    .filter((s) => w.endsWith(s) && [...w].length - [...s].length >= 3)
    .sort((a, b) => b.length - a.length)[0]
  if (suffix) w = w.slice(0, w.length - suffix.length)
  return w
}

/** The words of a text as search compares them: folded, then each Arabic word stemmed. */
export function searchTokens(text: string, affixes: ArabicAffixes): string[] {
  const folded = foldText(text)
  if (!folded) return []
  return folded.split(' ').map((w) => stemArabic(w, affixes))
}

/** `searchTokens` joined by single spaces. */
export function normaliseForSearch(text: string, affixes: ArabicAffixes): string {
  return searchTokens(text, affixes).join(' ')
}
