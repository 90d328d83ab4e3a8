// The listing policy reads a provider's words the way spam and moderation
// filters do: after folding away everything that changes how text looks but
// not what it says. Hidden characters inside a word ("cu\u200Bre"), letters in
// other forms ("ＣＵＲＥ", "guérir", "أ/ا"), digits of another script ("٩٠")
// and percent signs ("٪", "％") all read as their plain form. The phrase lists
// are folded by the same function, so both sides always agree.

const digitZero = new Map<number, number>()

/** The ASCII digit of any Unicode decimal digit (\p{Nd}): digits come in runs of ten from zero. */
function asciiDigit(char: string): string {
  const cp = char.codePointAt(0)!
  let zero = digitZero.get(cp)
  if (zero === undefined) {
    zero = cp
    while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--
    digitZero.set(cp, zero)
  }
  return String((cp - zero) % 10)
}

// Cyrillic and Greek letters that look like Latin ones. A word that mixes them
// with Latin letters ("сure" with a Cyrillic с) is read in Latin; a word wholly
// in Cyrillic or Greek is left as it is.
const confusables: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
}
const mixedWord = /[a-z\u0370-\u04ff]*(?:[a-z][\u0370-\u04ff]|[\u0370-\u04ff][a-z])[a-z\u0370-\u04ff]*/g

export function normaliseText(text: string): string {
  return (
    text
      .normalize('NFKC')
      // Format characters: bidi controls, zero-width (non-)joiners and spaces, soft hyphens, BOMs.
      .replace(/\p{Cf}/gu, '')
      .replace(/\p{Nd}/gu, asciiDigit)
      .toLowerCase()
      // Decomposing splits accents from Latin letters and hamza and madda from Arabic letters.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(mixedWord, (w) => [...w].map((c) => confusables[c] ?? c).join(''))
      .replace(/\u0640/g, '') // tatweel
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
      .replace(/\u0629/g, '\u0647') // ة → ه
      .replace(/[\u0649\u06cc\u0626]/g, '\u064a') // ى, Persian ya, ئ → ي
      .replace(/\u06a9/g, '\u0643') // Persian kaf → ك
      .replace(/[\u06be\u06c1\u06d5]/g, '\u0647') // Urdu and Kurdish forms of ha → ه
      .replace(/\u0624/g, '\u0648') // ؤ → و
      .replace(/[\u066a\u2052]/g, '%') // Arabic percent sign, commercial minus-percent
      .replace(/(\d)\s*(?:per ?cent|pour ?cent|بالميه|بالمايه|في الميه|في المايه)(?![\p{L}])/gu, '$1%')
      .replace(/[\u066b]/g, '.') // Arabic decimal separator
      .replace(/[\u066c]/g, ',') // Arabic thousands separator
      .replace(/[\u060c]/g, ',') // Arabic comma
      .replace(/[\u061f]/g, '?') // Arabic question mark
      .replace(/[\u061b]/g, ';') // Arabic semicolon
      .replace(/[’‘`´ʼ]/g, "'")
      .replace(/[“”«»„]/g, '"')
      // French elision is its own word ("l'OMS" reads "l' oms", "n'aurez" "n' aurez").
      .replace(/(?<![\p{L}])([ldjnmtsc]|qu)'(?=\p{L})/gu, "$1' ")
      // A dash between words ends a clause, as a comma does; a hyphen inside a
      // word separates its parts as a space does ("risk-free", "FDA-approved").
      .replace(/\s[-\u2012-\u2015\u2212]+\s|[\u2013-\u2015]/g, ', ')
      .replace(/[-\u2010-\u2015\u2212_]/g, ' ')
      .replace(/\s+/g, ' ')
      // Letters spelt out one by one ("c u r e", "c.u.r.e") are a word.
      .replace(/(?<![a-z])[a-z](?:[ .*][a-z]){3,}(?![a-z])/g, (run) => run.replace(/[ .*]/g, ''))
      // A share of ten or a hundred written with a slash ("9/10") is "9 out of 10".
      .replace(/(?<![\d/])(\d{1,3}) ?\/ ?(10|100)(?![\d/])/g, '$1 out of $2')
      // Thousands written with a space ("9 000 €") are one number.
      .replace(/(\d) (?=\d{3}(?!\d))/g, '$1')
      .trim()
  )
}
