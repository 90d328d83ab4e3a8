import { describe, expect, test } from 'vitest'
import {
  buildSpellingIndex,
  corrections,
  similarity,
  spellCorrectedWords,
  trigramsOf,
  type WordGroup,
} from './spelling.ts'

const index = buildSpellingIndex([
  'rehabilitation',
  'rehab',
  'breathing',
  'support',
  'bengaluru',
  'hospital',
  'تصلب',
])

describe('trigrams as pg_trgm makes them', () => {
  test('padded with two spaces before and one after', () => {
    expect([...trigramsOf('cat')]).toEqual(['  c', ' ca', 'cat', 'at '])
  })
  test('similarity is shared over all trigrams', () => {
    expect(similarity(trigramsOf('word'), trigramsOf('word'))).toBe(1)
    // pg_trgm: select similarity('support', 'suport') = 0.6666667
    expect(similarity(trigramsOf('support'), trigramsOf('suport'))).toBeCloseTo(2 / 3, 5)
  })
})

describe('corrections', () => {
  const cases: [string, string[]][] = [
    ['rehabilitaton', ['rehabilitation']],
    ['suport', ['support']],
    ['bengalore', ['bengaluru']],
    ['hospitl', ['hospital']],
    ['zzzz', []],
  ]
  test.each(cases)('%s → %j', (token, expected) => expect(corrections(index, token)).toEqual(expected))
})

describe('spellCorrectedWords', () => {
  const cases: [string[], WordGroup[] | null][] = [
    [
      ['breathing', 'support'],
      [
        { exact: ['breathing'], prefixes: [] },
        { exact: ['support'], prefixes: [] },
      ],
    ],
    [['suport'], [{ exact: ['support'], prefixes: [] }]],
    // A beginning matches every word it begins, and its own corrections.
    [['rehabi'], [{ exact: ['rehab', 'rehabilitation'], prefixes: ['rehabi'] }]],
    [['تصلب'], [{ exact: ['تصلب'], prefixes: [] }]],
    [['breathing', 'zzzz'], null],
    [[], null],
    [["o'brien"], null],
  ]
  test.each(cases)('%j → %j', (words, expected) =>
    expect(spellCorrectedWords(index, words)).toEqual(expected),
  )
})
