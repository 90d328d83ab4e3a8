import { describe, expect, test } from 'vitest'
import file from '../../content/search/lexicon.json' with { type: 'json' }
import { interpretText, withinOneEdit } from './interpret-text.ts'
import { compileLexicon } from './lexicon.ts'

// Country names as the app adds them from Intl (en, fr, ar), as well as the lexicon's own.
const lexicon = compileLexicon(file, {
  countryNames: { IN: ['India', 'Inde', 'الهند'], DE: ['Germany', 'Allemagne', 'ألمانيا'] },
  countries: ['IN', 'DE', 'TH'],
})

const read = (text: string) => {
  const { treatment, condition, country, rest } = interpretText(text, lexicon)
  return { treatment, condition, country, rest }
}

describe('"stem cells for ALS in India" in every language', () => {
  const expected = { treatment: 'stem-cells', condition: 'als', country: 'IN', rest: '' }
  test.each([
    ['English', 'stem cells for ALS in India'],
    ['English, short', 'stem cell ALS India'],
    ['French', 'cellules souches pour la SLA en Inde'],
    ['French, Charcot', 'Cellules souches maladie de Charcot Inde'],
    ['French, no accents, capitals', 'CELLULES SOUCHES SCLEROSE LATERALE AMYOTROPHIQUE INDE'],
    ['Arabic', 'الخلايا الجذعية للتصلب الجانبي الضموري في الهند'],
    ['Arabic, with a treatment word and prefixes', 'علاج التصلب الجانبي الضموري بالخلايا الجذعية في الهند'],
    ['Arabic, short name', 'الخلايا الجذعية للتصلب الجانبي بالهند'],
    ['Arabic, with diacritics and tatweel', 'الخَلايا الجذعيّة لِلتَّصلُّب الجانبـــي الضموري في الهند'],
  ])('%s: %s', (_, text) => expect(read(text)).toEqual(expected))
})

describe('interpretText', () => {
  const cases: [string, string, ReturnType<typeof read>][] = [
    [
      'a condition alone',
      'motor neurone disease',
      { treatment: null, condition: 'als', country: null, rest: '' },
    ],
    [
      'a treatment in French',
      'kinésithérapie',
      { treatment: 'rehab', condition: null, country: null, rest: '' },
    ],
    [
      'a treatment in Arabic',
      'العلاج الطبيعي',
      { treatment: 'rehab', condition: null, country: null, rest: '' },
    ],
    [
      'words left for matching',
      'breathing support Bengaluru',
      { treatment: 'niv', condition: null, country: null, rest: 'bengaluru' },
    ],
    [
      'a country the catalogue lacks is a word',
      'rehab Mexico',
      { treatment: 'rehab', condition: null, country: null, rest: 'mexico' },
    ],
    [
      'a second treatment stays as words',
      'riluzole feeding tube',
      { treatment: 'gastrostomy', condition: null, country: null, rest: 'riluzole' },
    ],
    [
      'filler words go',
      'the best treatment in Germany',
      { treatment: null, condition: null, country: 'DE', rest: '' },
    ],
    [
      'a provider name',
      'Lotus Neuro',
      { treatment: null, condition: null, country: null, rest: 'lotus neuro' },
    ],
    ['nothing', '', { treatment: null, condition: null, country: null, rest: '' }],
  ]
  test.each(cases)('%s: %s', (_, text, expected) => expect(read(text)).toEqual(expected))

  test('stem cells bring the guide on the topic', () => {
    expect(interpretText('الخلايا الجذعية', lexicon).topics).toEqual(['stem-cells'])
    expect(interpretText('riluzole', lexicon).topics).toEqual([])
  })
})

describe('words typed with a slip, or not finished', () => {
  test.each([
    [
      'letters swapped and a word not finished',
      'stem cel ALS Indai',
      { treatment: 'stem-cells', condition: 'als', country: 'IN', rest: '' },
    ],
    [
      'a wrong letter',
      'amyotrophic lateral sclerosys',
      { treatment: null, condition: 'als', country: null, rest: '' },
    ],
    [
      'a letter missing',
      'stem cells Germny',
      { treatment: 'stem-cells', condition: null, country: 'DE', rest: '' },
    ],
    [
      'French, a letter missing',
      'cellules souches SLA Inde',
      { treatment: 'stem-cells', condition: 'als', country: 'IN', rest: '' },
    ],
    [
      'the last word begun',
      'breathing support Ger',
      { treatment: 'niv', condition: null, country: 'DE', rest: '' },
    ],
  ])('%s: %s', (_, text, expected) => expect(read(text)).toEqual(expected))

  test.each([
    ['a city that is not a slip of a country', 'Indore', 'indore'],
    ['short words are taken as typed', 'rehab Inda', 'inda'],
    ['a begun word that is not the last is a word', 'ger rehab', 'ger'],
    ['a provider name', 'Lotus Neuro', 'lotus neuro'],
  ])('%s: %s', (_, text, rest) => {
    const meaning = read(text)
    expect(meaning.rest).toBe(rest)
    expect(meaning.country).toBeNull()
  })

  test.each([
    ['india', 'indai', true],
    ['india', 'inda', true],
    ['india', 'indiaa', true],
    ['india', 'imdia', true],
    ['india', 'idnai', false],
    ['india', 'indore', false],
    ['germany', 'gremany', true],
    ['germany', 'grmany', true],
    ['abc', 'abc', true],
  ])('%s and %s are one slip apart: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected)
    expect(withinOneEdit(b, a)).toBe(expected)
  })
})

describe('a city named in another language', () => {
  test.each([
    ['German', 'Rehabilitation Köln', 'cologne'],
    ['German, without the umlaut', 'koeln', 'cologne'],
    ['an older English name', 'Bangalore', 'bengaluru'],
    ['Arabic', 'العلاج الطبيعي في اسطنبول', 'istanbul'],
    ['Arabic, two words', 'نيو دلهي', 'new delhi'],
    ['the catalogue’s own name', 'Cologne', 'cologne'],
  ])('%s: %s is searched as the catalogue writes it', (_, text, rest) => {
    expect(read(text).rest).toBe(rest)
  })
})
