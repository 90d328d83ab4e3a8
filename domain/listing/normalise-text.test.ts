import { describe, expect, test } from 'vitest'
import { normaliseText } from './normalise-text.ts'

describe('text as the listing policy reads it', () => {
  test.each([
    ['bidi controls', '\u202Ecure\u202C \u2067als\u2069', 'cure als'],
    ['zero-width characters', 'cu\u200Bre, gu\u200Ce\u200Drir, \u2060cure\uFEFF', 'cure, guerir, cure'],
    ['soft hyphens', 'gué\u00ADrir', 'guerir'],
    ['full-width letters and digits', 'ＣＵＲＥ ９０％', 'cure 90%'],
    ['mathematical digits', '𝟗𝟎%', '90%'],
    ['Arabic-Indic digits and percent sign', '٩٠٪', '90%'],
    ['Persian digits', '۹۵', '95'],
    ['Devanagari digits', '९०', '90'],
    ['per cent in words', '90 per cent, 85 pour cent, ٩٠ بالمئة', '90%, 85%, 90%'],
    ['case and accents', 'GUÉRISON Réparer', 'guerison reparer'],
    [
      'Arabic diacritics, tatweel and letter forms',
      'الشِّفَاءُ عــلاج أمان إيقاف مرضى الخلية',
      'الشفاء علاج امان ايقاف مرضي الخليه',
    ],
    ['hyphens and dashes', 'FDA-approved risk‑free', 'fda approved risk free'],
    ['French elision', 'l’OMS n’aurez', "l' oms n' aurez"],
    ['thousands with a space', '9 000 €', '9000 €'],
    [
      'Cyrillic and Greek look-alikes inside a Latin word',
      'сure ALS, guérіr, rеvеrsαl',
      'cure als, guerir, reversal',
    ],
    ['a word wholly in Cyrillic is left alone', 'лечение', 'лечение'],
    ['letters spelt out one by one', 'we c u r e ALS, c.u.r.e', 'we cure als, cure'],
    [
      'a share written with a slash, but not a date',
      '9/10 patients on 12/10/2026',
      '9 out of 10 patients on 12/10/2026',
    ],
  ])('%s', (_what, text, read) => {
    expect(normaliseText(text)).toBe(read)
  })
})
