import { describe, expect, test } from 'vitest'
import en from '../../content/policy/red-flags.en.json' with { type: 'json' }
import sources from '../../content/sources.json' with { type: 'json' }
import { phraseListIssues, phraseLists } from './phrase-lists.ts'

const known = sources.map((s) => s.id)

describe('the reviewed phrase lists', () => {
  test('there is one list per language the site speaks, each reviewed and sourced', () => {
    expect(phraseLists.map((l) => l.language)).toEqual(['en', 'fr', 'ar'])
    for (const l of phraseLists) {
      expect(phraseListIssues(l, known)).toEqual([])
      expect(l.sourceIds.length).toBeGreaterThan(0)
    }
  })

  test('every red flag has phrases in every language', () => {
    const codes = new Set(phraseLists[0]!.signals.map((s) => s.code))
    for (const l of phraseLists) expect(new Set(l.signals.map((s) => s.code))).toEqual(codes)
  })

  test.each([
    [{ reviewDate: '2026-02-30' }, 'en: reviewDate must be a real date like 2026-12-04'],
    [{ sourceIds: ['no-such-source'] }, 'en: sourceIds[0] "no-such-source" is not in content/sources.json'],
    [{ cellProducts: ['(stem cell'] }, 'en: cellProducts[0]: unbalanced "(" in "(stem cell"'],
    [{ negators: ['... not'] }, 'en: negators[0]: "..." must stand between words: "... not"'],
    [{ language: 'de' }, 'language must be one of en, fr, ar'],
  ])('a broken list is refused with a reason: %j', (change, issue) => {
    expect(phraseListIssues({ ...en, ...change }, known)).toContain(issue)
  })

  test('a signal must name a red flag and a known source', () => {
    const broken = { ...en, signals: [{ code: 'claim.made-up', sourceId: 'x', phrases: ['cure'] }] }
    expect(phraseListIssues(broken, known)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('signals[0].code must be one of'),
        'en: signals[0].sourceId "x" is not in content/sources.json',
      ]),
    )
  })
})
