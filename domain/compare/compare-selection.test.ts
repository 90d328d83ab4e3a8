import { expect, test } from 'vitest'
import { compareSelection } from './compare-selection.ts'

test('keeps up to four distinct, well-formed ids in the order chosen', () => {
  expect(compareSelection(['b', 'a,b', 'c', '<script>', 'd', 'e'])).toEqual({
    ids: ['b', 'a', 'c', 'd'],
    truncated: true,
  })
  expect(compareSelection([])).toEqual({ ids: [], truncated: false })
  expect(compareSelection(['x'.repeat(81)])).toEqual({ ids: [], truncated: false })
})
