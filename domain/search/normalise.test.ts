import { describe, expect, test } from 'vitest'
import file from '../../content/search/lexicon.json' with { type: 'json' }
import { foldText, noArabicAffixes, normaliseForSearch, stemArabic } from './normalise.ts'

const affixes = file.arabic

describe('foldText', () => {
  const cases: [string, string, string][] = [
    ['case', 'Stem CELLS', 'stem cells'],
    ['French accents', 'Sclérose latérale amyotrophique', 'sclerose laterale amyotrophique'],
    ['French ligature and cedilla', 'Œdème, Français', 'oedeme francais'],
    ['compatibility forms (NFKC)', 'ﬁbrose ＡＬＳ', 'fibrose als'],
    ['punctuation and spaces', '  non-invasive   ventilation (NIV)!  ', 'non invasive ventilation niv'],
    ['Arabic short vowels', 'الخَلايا الجِذْعِيَّة', 'الخلايا الجذعيه'],
    ['tatweel', 'الخلايــــا', 'الخلايا'],
    ['alef forms', 'أإآٱ', 'اااا'],
    ['ta marbuta and alef maksura', 'مستشفى الجذعية', 'مستشفي الجذعيه'],
    ['hamza on waw and ya', 'مؤسسة ضئيل', 'موسسه ضييل'],
    ['Arabic-Indic digits', '٢٠٢٦ ۳', '2026 3'],
  ]
  test.each(cases)('%s', (_, input, expected) => expect(foldText(input)).toBe(expected))
})

describe('stemArabic', () => {
  const cases: [string, string][] = [
    ['التصلب', 'تصلب'],
    ['للتصلب', 'تصلب'],
    ['بالهند', 'هند'],
    ['والهند', 'هند'],
    ['الهند', 'هند'],
    ['لعلاج', 'علاج'],
    ['وللخلايا', 'خلايا'],
    ['الجانبي', 'جانب'],
    ['الضموري', 'ضمور'],
    ['الجذعيه', 'جذع'],
    // Too short to carry a prefix or suffix: left alone.
    ['الم', 'الم'],
    ['لبن', 'لبن'],
    ['في', 'في'],
    // Latin words are never touched.
    ['ballet', 'ballet'],
  ]
  test.each(cases)('%s → %s', (input, expected) => expect(stemArabic(input, affixes)).toBe(expected))

  test('without affixes nothing is stripped', () => {
    expect(stemArabic('للتصلب', noArabicAffixes)).toBe('للتصلب')
  })
})

describe('normaliseForSearch', () => {
  test('every written form of the Arabic name for ALS reads the same', () => {
    const forms = [
      'التصلب الجانبي الضموري',
      'للتصلب الجانبي الضموري',
      'والتصلّب الجانبيّ الضموريّ',
      'بالتصلــب الجانبى الضمورى',
    ]
    const read = forms.map((f) => normaliseForSearch(f, affixes))
    expect(new Set(read)).toEqual(new Set(['تصلب جانب ضمور']))
  })

  test('French with or without accents reads the same', () => {
    expect(normaliseForSearch('Rééducation à Köln', affixes)).toBe(
      normaliseForSearch('reeducation a koln', affixes),
    )
  })
})
