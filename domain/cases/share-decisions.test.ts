import { describe, expect, test } from 'vitest'
import { decideShares, shareAnswersOf, shareStatusAfter } from './share-decisions.ts'

const answer = (
  providerId: string,
  decision: string | undefined,
  documentIds: string[] = [],
  sections: string[] = [],
) => ({
  providerId,
  decision,
  documentIds,
  sections,
})

describe('deciding shares for every chosen provider at once', () => {
  test('an undecided provider refuses the whole form, naming its field', () => {
    const result = decideShares([answer('p1', 'yes', [], ['about']), answer('p2', undefined)], [])
    expect(result).toEqual({
      ok: false,
      error: [{ code: 'sharing.undecided', providerId: 'p2', field: 'share-p2' }],
    })
  })

  test('sharing with nothing named is refused on the sections field', () => {
    expect(decideShares([answer('p1', 'yes')], [])).toEqual({
      ok: false,
      error: [{ code: 'sharing.nothing-chosen', providerId: 'p1', field: 'sections-p1' }],
    })
  })

  test('only the case’s available documents and known sections are kept', () => {
    const result = decideShares(
      [answer('p1', 'yes', ['d1', 'elsewhere', 'd1'], ['about', 'bank-details'])],
      ['d1'],
    )
    expect(result).toEqual({
      ok: true,
      value: [{ providerId: 'p1', share: true, documentIds: ['d1'], sections: ['about'] }],
    })
  })

  test('not sharing clears what was named', () => {
    const result = decideShares([answer('p1', 'no', ['d1'], ['about'])], ['d1'])
    expect(result).toEqual({
      ok: true,
      value: [{ providerId: 'p1', share: false, documentIds: [], sections: [] }],
    })
  })

  test('the form fields are read per provider', () => {
    expect(
      shareAnswersOf(['p1'], { 'share-p1': ['yes'], 'docs-p1': ['d1'], 'sections-p1': ['goals'] }),
    ).toEqual([answer('p1', 'yes', ['d1'], ['goals'])])
  })
})

test.each([
  [undefined, true, 'given'],
  [undefined, false, 'not-shared'],
  ['not-shared', false, 'not-shared'],
  ['given', false, 'withdrawn'],
  ['withdrawn', false, 'withdrawn'],
  ['withdrawn', true, 'given'],
] as const)('a share that was %s and is now share=%s becomes %s', (previous, share, next) => {
  expect(shareStatusAfter(previous, share)).toBe(next)
})
